import { createDcsClient } from "@hwcloud/dcs";
import { createDwsClient } from "@hwcloud/dws";
import { createGaussdbMysqlClient } from "@hwcloud/gaussdb-mysql";
import { createKafkaClient } from "@hwcloud/kafka";
import { DEMO_PROJECT_ID, type RunningMockCloud } from "@hwcloud/mock-cloud";

export const DEMO_CLUSTER = "9b7ff56b-47b3-4d00-a1fd-4c023d34404b";
export const DEMO_INSTANCE = "c7a2e1d4-8f3b-4e6a-9d1c-5b0f2a7e3c91";

/** The four real clients, pointed at a running mock cloud. */
export function mockClients(cloud: RunningMockCloud) {
  const options = {
    endpoint: cloud.url,
    projectId: DEMO_PROJECT_ID,
    credentials: cloud.credentials,
    maxRetries: 0,
  };
  return {
    dcs: createDcsClient(options),
    dws: createDwsClient(options),
    gaussdb: createGaussdbMysqlClient(options),
    kafka: createKafkaClient(options),
  };
}
