/**
 * What `serve` tells the page about itself (example-config.json next to the page): that a signing proxy is
 * mounted on its own server, the project it serves, and resources that have tasks (the mock cloud's demo ones,
 * or those named in the server's environment). A page served by anything else has none and starts in direct mode.
 */
export interface ExampleConfig {
  readonly mode: "proxy";
  readonly proxyUrl: string;
  readonly projectId?: string;
  readonly upstream: string;
  readonly dwsClusterIds: readonly string[];
  readonly kafkaInstanceIds: readonly string[];
}

export async function loadExampleConfig(): Promise<ExampleConfig | undefined> {
  try {
    const answer = await fetch("./example-config.json");
    if (!answer.ok) return undefined;
    const config = (await answer.json()) as Partial<ExampleConfig>;
    if (config.mode !== "proxy" || typeof config.proxyUrl !== "string") return undefined;
    return {
      mode: "proxy",
      proxyUrl: config.proxyUrl,
      projectId: typeof config.projectId === "string" ? config.projectId : undefined,
      upstream: String(config.upstream ?? "the cloud"),
      dwsClusterIds: strings(config.dwsClusterIds),
      kafkaInstanceIds: strings(config.kafkaInstanceIds),
    };
  } catch {
    return undefined;
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
