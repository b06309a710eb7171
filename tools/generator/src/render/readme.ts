import { PROJECT_ID } from "@hwcloud-tools/spec-model";
import type { OperationModel, ServiceModel } from "../model-types.js";
import { headerText } from "./header.js";

/** README.md of a service package: what it is, a runnable example built from the spec, the operation table. */
export function renderReadme(model: ServiceModel): string {
  const first = model.operations[0]!;
  const paginated = model.operations.find((operation) => operation.pagination !== undefined);
  const region = "cn-north-4" in model.regions ? "cn-north-4" : Object.keys(model.regions)[0]!;
  const typeNames = model.operations.flatMap(({ typeBaseName, pagination }) => [
    `${typeBaseName}Params`,
    `${typeBaseName}Response`,
    ...(pagination === undefined ? [] : [`${typeBaseName}Item`]),
  ]);
  return [
    `<!-- ${headerText(model.specPath)} -->`,
    ``,
    `# ${model.packageName}`,
    ``,
    `Typed client for Huawei Cloud ${model.productName}, generated from \`${model.specPath}\`.`,
    ...(model.description === undefined ? [] : [``, model.description]),
    ``,
    `The client is an [openapi-fetch](https://openapi-ts.dev/openapi-fetch/) client with one typed method per`,
    `operation. Signing (AK/SK, SDK-HMAC-SHA256), retries, timeouts, paging and waiting come from`,
    `\`@hwcloud/core\`. It runs unchanged in Node 20+, browsers and edge runtimes.`,
    ``,
    `## Install`,
    ``,
    `Not on the npm registry yet (\`npm install ${model.packageName}\` answers 404). Until it is, build the`,
    `tarballs in a clone of this repository:`,
    ``,
    "```sh",
    `pnpm install && pnpm pack:release`,
    "```",
    ``,
    `It writes every package to \`release-tarballs/\` and prints one \`npm install\` line per package; the one for`,
    `${model.packageName} installs \`${tarballName(model.packageName)}-<version>.tgz\` together with the`,
    `\`@hwcloud/core\` and \`@hwcloud/signer\` tarballs it depends on. Run it in your project.`,
    ``,
    `## Example`,
    ``,
    `Set \`HUAWEICLOUD_SDK_AK\`, \`HUAWEICLOUD_SDK_SK\` and \`HUAWEICLOUD_SDK_PROJECT_ID\`, then run this as an ES module:`,
    ``,
    "```ts",
    `import { ${model.factoryName}, HuaweiCloudError } from "${model.packageName}";`,
    ``,
    `const client = ${model.factoryName}({`,
    `  region: "${region}",`,
    `  projectId: process.env.HUAWEICLOUD_SDK_PROJECT_ID,`,
    `  credentials: { ak: process.env.HUAWEICLOUD_SDK_AK!, sk: process.env.HUAWEICLOUD_SDK_SK! },`,
    `});`,
    ``,
    `try {`,
    `  const result = await client.${first.methodName}(${exampleParams(first)});`,
    `  console.log(result);`,
    ...(paginated === undefined
      ? []
      : [
          ``,
          `  // Every item of \`${paginated.pagination!.items}\`, fetching further pages as the loop advances.`,
          `  for await (const item of client.paginate.${paginated.methodName}(${exampleParams(paginated)})) {`,
          `    console.log(item);`,
          `  }`,
        ]),
    `} catch (error) {`,
    `  if (!(error instanceof HuaweiCloudError)) throw error;`,
    `  console.error(error.status, error.errorCode, error.errorMsg, error.requestId);`,
    `}`,
    "```",
    ``,
    `\`endpoint\` wins over \`region\`; \`credentials\` may also be an async function returning \`{ ak, sk, securityToken }\`.`,
    `\`client.GET(path, { params })\` and the rest of openapi-fetch work too, signed the same way (\`path.project_id\``,
    `may be left out: the client fills it from \`projectId\`). For a browser bundle that only calls operations,`,
    `\`${model.factoryName.replace(/Client$/, "OperationsClient")}(options)\` gives the same operation methods without openapi-fetch, paginators and`,
    `waiters, so none of their code ships.`,
    `In a browser page a permanent AK/SK is refused unless \`dangerouslyAllowBrowser\` is set: use temporary`,
    `credentials (with \`securityToken\`), or point \`endpoint\` at a signing proxy with \`credentials: "none"\`.`,
    ...model.waiters.flatMap((waiter) => [
      ``,
      `\`client.${waiter.name}(${waiter.idArgument})\` polls \`${waiter.descriptor.operation}\` until \`${waiter.descriptor.statusField}\` is ${waiter.descriptor.success.join(" or ")}.`,
      `It rejects with a \`WaiterError\` on ${waiter.descriptor.failure.join(" or ")}, or when \`options.maxWaitTime\` (default 10 minutes) passes first.`,
    ]),
    ``,
    `## Operations`,
    ``,
    `| Method | Operation | Request | Notes |`,
    `| --- | --- | --- | --- |`,
    ...model.operations.map(
      (operation) =>
        `| \`${operation.methodName}\` | ${operation.operationId} | \`${operation.method} ${operation.path}\` | ${notes(operation, model)} |`,
    ),
    ``,
    `Types: ${typeNames.map((name) => `\`${name}\``).join(", ")}, and \`paths\`, \`components\`, \`operations\` from the spec.`,
    ``,
    `## Regions`,
    ``,
    `| Region | Endpoint |`,
    `| --- | --- |`,
    ...Object.entries(model.regions).map(([id, origin]) => `| \`${id}\` | ${origin} |`),
    ``,
  ].join("\n");
}

/** The smallest params literal a call needs: required parameters, with their spec examples when given. */
function exampleParams(operation: OperationModel): string {
  const groups = (["path", "query", "header"] as const)
    .map((location) => {
      const entries = operation.parameters
        .filter(
          (parameter) => parameter.in === location && parameter.required && parameter.name !== PROJECT_ID,
        )
        .map((parameter) => {
          const value = parameter.example ?? `<${parameter.name}>`;
          return `${JSON.stringify(parameter.name)}: ${JSON.stringify(value)}`;
        });
      return entries.length === 0 ? undefined : `${location}: { ${entries.join(", ")} }`;
    })
    .filter((group) => group !== undefined);
  return groups.length === 0 ? "" : `{ ${groups.join(", ")} }`;
}

function notes(operation: OperationModel, model: ServiceModel): string {
  const parts: string[] = [];
  if (operation.summary !== undefined) parts.push(operation.summary.replaceAll("|", "\\|"));
  if (operation.pagination !== undefined) parts.push(`pages with \`paginate.${operation.methodName}\``);
  const timeKeys = Object.keys(operation.timeFormats);
  if (timeKeys.length > 0)
    parts.push(
      `${timeKeys.map((key) => `\`${key}\``).join(", ")} accept${timeKeys.length === 1 ? "s" : ""} a \`Date\``,
    );
  for (const waiter of model.waiters) {
    if (waiter.descriptor.operation === operation.methodName) parts.push(`polled by \`${waiter.name}\``);
  }
  return parts.join("; ");
}

/** The file name `pnpm pack` gives a package's tarball, without the version: @hwcloud/dcs -> hwcloud-dcs. */
function tarballName(packageName: string): string {
  return packageName.replace(/^@/, "").replace("/", "-");
}
