import { main } from "./cli.js";

export function run(argv: string[], cwd: string): Promise<number> {
  return main(
    argv,
    cwd,
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  );
}
