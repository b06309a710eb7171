import { run } from "./run.js";

run({ env: process.env, out: process.stdout, err: process.stderr }).catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
