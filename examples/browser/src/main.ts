import { directConnection, proxyConnection, type Connection } from "./connection.ts";
import { loadExampleConfig, type ExampleConfig } from "./example-config.ts";
import { renderOutcomes } from "./render.ts";
import { listAllTasks } from "./task-sources.ts";

const form = document.querySelector<HTMLFormElement>("#connect")!;
const table = document.querySelector<HTMLTableSectionElement>("#tasks tbody")!;
const summary = document.querySelector<HTMLElement>("#summary")!;
const setup = document.querySelector<HTMLElement>("#setup")!;

const input = (name: string) => form.querySelector<HTMLInputElement>(`[name=${name}]`)!;
const field = (name: string) => String(new FormData(form).get(name) ?? "").trim();

/** Dims the fields the chosen mode does not use. */
function showMode(): void {
  form.className = field("mode");
}

/** Offers resources that have tasks, and fills in the first of each, so nobody has to invent an ID. */
function offer(list: string, name: string, ids: readonly string[]): void {
  document
    .querySelector(`#${list}`)!
    .replaceChildren(...ids.map((id) => Object.assign(document.createElement("option"), { value: id })));
  if (ids[0] && !input(name).value) input(name).value = ids[0];
}

function applyConfig(config: ExampleConfig): void {
  input("proxyUrl").value = config.proxyUrl;
  form.querySelector<HTMLInputElement>("[name=mode][value=proxy]")!.checked = true;
  if (config.projectId && !input("projectId").value) input("projectId").value = config.projectId;
  offer("dwsClusters", "dwsClusterId", config.dwsClusterIds);
  offer("kafkaInstances", "kafkaInstanceId", config.kafkaInstanceIds);
  setup.textContent = `Served with its signing proxy, forwarding to ${config.upstream}: press "List tasks".`;
}

form.addEventListener("change", showMode);
showMode();
const ready = loadExampleConfig().then((config) => {
  if (config) applyConfig(config);
  showMode();
  document.body.dataset.ready = config ? "proxy" : "direct";
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
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
  ready
    .then(() =>
      listAllTasks(connection, {
        dwsClusterId: field("dwsClusterId"),
        kafkaInstanceId: field("kafkaInstanceId"),
      }),
    )
    .then((outcomes) => {
      renderOutcomes(outcomes, table, summary);
      document.body.dataset.state = "done";
    })
    .catch((error: unknown) => {
      summary.textContent = error instanceof Error ? error.message : String(error);
      document.body.dataset.state = "failed";
    });
});
