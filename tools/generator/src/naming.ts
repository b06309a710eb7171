/**
 * Every name the generator derives, in one place, so a new spec needs nothing but its file name and
 * operationIds: "gaussdb-mysql.yaml" -> @hwcloud/gaussdb-mysql, createGaussdbMysqlClient, GaussdbMysqlClient.
 */

export function packageNameOf(service: string): string {
  return `@hwcloud/${service}`;
}

/** "gaussdb-mysql" -> "GaussdbMysql". */
export function servicePascalName(service: string): string {
  return pascalCase(service);
}

export function clientInterfaceNameOf(service: string): string {
  return `${servicePascalName(service)}Client`;
}

export function factoryNameOf(service: string): string {
  return `create${servicePascalName(service)}Client`;
}

/** "ListCenterTask" -> "listCenterTask"; a leading acronym is lowered whole: "IPAddresses" -> "ipAddresses". */
export function methodNameOf(operationId: string): string {
  const pascal = pascalCase(operationId);
  const leadingCaps = /^[A-Z0-9]+(?=[A-Z][a-z]|$)|^[A-Z]/.exec(pascal)?.[0] ?? "";
  return leadingCaps.toLowerCase() + pascal.slice(leadingCaps.length);
}

/** "ListCenterTask" -> "ListCenterTask"; "list_center-task" -> "ListCenterTask". */
export function typeBaseNameOf(operationId: string): string {
  return pascalCase(operationId);
}

/** "job_id" -> "jobId". */
export function argumentNameOf(parameterName: string): string {
  return methodNameOf(parameterName);
}

function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
}

/** True when `name` can be written as a bare identifier in generated TypeScript. */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}
