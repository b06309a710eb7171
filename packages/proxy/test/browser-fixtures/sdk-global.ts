// Bundled for the browser test: puts a service client factory on the page so the test can call it.
import { createDcsClient } from "@hwcloud/dcs";

declare global {
  var hwcloud: { createDcsClient: typeof createDcsClient };
}

globalThis.hwcloud = { createDcsClient };
