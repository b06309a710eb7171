// Runs verdaccio in its own process so its logger and sockets never leak into the test worker.
// Usage: node verdaccio-server.cjs <config.yaml>; prints {"url": "..."} once listening; exits when stdin closes.
const { runServer } = require("verdaccio");

async function main() {
  const app = await runServer(process.argv[2]);
  const server = app.listen(0, "127.0.0.1", () => {
    const { port } = server.address();
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}/` })}\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.stdin.on("end", stop);
  process.stdin.resume();
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
