import { serviceNameOf } from "@hwcloud-tools/spec-model";
import { describe, expect, it } from "vitest";
import {
  argumentNameOf,
  clientInterfaceNameOf,
  factoryNameOf,
  methodNameOf,
  packageNameOf,
  typeBaseNameOf,
} from "./naming.js";

describe("names derived from a spec file", () => {
  it.each([
    ["dws.yaml", "dws", "@hwcloud/dws", "createDwsClient", "DwsClient"],
    ["dcs.yaml", "dcs", "@hwcloud/dcs", "createDcsClient", "DcsClient"],
    [
      "gaussdb-mysql.yaml",
      "gaussdb-mysql",
      "@hwcloud/gaussdb-mysql",
      "createGaussdbMysqlClient",
      "GaussdbMysqlClient",
    ],
    ["kafka.yaml", "kafka", "@hwcloud/kafka", "createKafkaClient", "KafkaClient"],
    ["widgets.yml", "widgets", "@hwcloud/widgets", "createWidgetsClient", "WidgetsClient"],
    ["cloud-eye2.yaml", "cloud-eye2", "@hwcloud/cloud-eye2", "createCloudEye2Client", "CloudEye2Client"],
  ])("%s gives service %s, package %s, factory %s, interface %s", (file, service, pkg, factory, client) => {
    expect(serviceNameOf(file)).toBe(service);
    expect(packageNameOf(service)).toBe(pkg);
    expect(factoryNameOf(service)).toBe(factory);
    expect(clientInterfaceNameOf(service)).toBe(client);
  });

  it.each([
    "DCS.yaml",
    "gaussdb_mysql.yaml",
    "-dcs.yaml",
    "dcs-.yaml",
    "dcs.json",
    "2dcs.yaml",
    "dcs--x.yaml",
  ])("rejects %s as a service name", (file) => {
    expect(serviceNameOf(file)).toBeUndefined();
  });
});

describe("names derived from an operationId", () => {
  it.each([
    ["ListLogicalClusterTasks", "listLogicalClusterTasks", "ListLogicalClusterTasks"],
    ["ListCenterTask", "listCenterTask", "ListCenterTask"],
    ["ShowJobInfo", "showJobInfo", "ShowJobInfo"],
    ["ListImmediateJobs", "listImmediateJobs", "ListImmediateJobs"],
    ["ListBackgroundTasks", "listBackgroundTasks", "ListBackgroundTasks"],
    ["IPAddresses", "ipAddresses", "IPAddresses"],
    ["ListAPIs", "listAPIs", "ListAPIs"],
    ["API", "api", "API"],
    ["list_center-task", "listCenterTask", "ListCenterTask"],
    ["showJob", "showJob", "ShowJob"],
  ])("%s becomes method %s and types %sParams/Response", (operationId, method, typeBase) => {
    expect(methodNameOf(operationId)).toBe(method);
    expect(typeBaseNameOf(operationId)).toBe(typeBase);
  });

  it.each([
    ["job_id", "jobId"],
    ["build_id", "buildId"],
    ["instance_id", "instanceId"],
  ])("waiter argument for %s is %s", (parameter, argument) => {
    expect(argumentNameOf(parameter)).toBe(argument);
  });
});
