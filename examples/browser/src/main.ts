import { directConnection } from "./connection.ts";
import { renderOutcomes } from "./render.ts";
import { listAllTasks } from "./task-sources.ts";

const form = document.querySelector<HTMLFormElement>("#connect")!;
const table = document.querySelector<HTMLTableSectionElement>("#tasks tbody")!;
const summary = document.querySelector<HTMLElement>("#summary")!;

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const field = (name: string) => String(new FormData(form).get(name) ?? "").trim();
  const connection = directConnection({
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
