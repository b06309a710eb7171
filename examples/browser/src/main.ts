import { directConnection, proxyConnection, type Connection } from "./connection.ts";
import { renderOutcomes } from "./render.ts";
import { listAllTasks } from "./task-sources.ts";

const form = document.querySelector<HTMLFormElement>("#connect")!;
const table = document.querySelector<HTMLTableSectionElement>("#tasks tbody")!;
const summary = document.querySelector<HTMLElement>("#summary")!;

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const field = (name: string) => String(new FormData(form).get(name) ?? "").trim();
  if (field("mode") === "direct" && (!field("ak") || !field("sk"))) {
    summary.textContent = "Signing in the page needs an AK and an SK; or connect through the signing proxy.";
    document.body.dataset.state = "failed";
    return;
  }
  const connection: Connection =
    field("mode") === "proxy"
      ? proxyConnection({ proxyUrl: field("proxyUrl"), projectId: field("projectId") })
      : directConnection({
          endpoint: field("endpoint"),
          region: field("region"),
          projectId: field("projectId"),
          ak: field("ak"),
          sk: field("sk"),
          securityToken: field("securityToken"),
          allowPermanentKey: field("allowPermanentKey") === "on",
        });
  document.body.dataset.state = "loading";
  listAllTasks(connection, { dwsClusterId: field("dwsClusterId"), kafkaInstanceId: field("kafkaInstanceId") })
    .then((outcomes) => {
      renderOutcomes(outcomes, table, summary);
      document.body.dataset.state = "done";
    })
    .catch((error: unknown) => {
      summary.textContent = error instanceof Error ? error.message : String(error);
      document.body.dataset.state = "failed";
    });
});
