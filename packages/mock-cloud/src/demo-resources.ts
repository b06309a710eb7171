/**
 * Resources the mock's seeded dataset has tasks for, to offer in demos instead of asking for ids (the mock
 * answers for any well-formed id; these are the ones the examples and the tasks CLI use).
 */
export const DEMO_RESOURCES = Object.freeze({
  /** DWS clusters (ListLogicalClusterTasks takes a UUID). */
  dwsClusterIds: Object.freeze(["9b7ff56b-47b3-4d00-a1fd-4c023d34404b"]),
  /** Kafka instances (ListBackgroundTasks). */
  kafkaInstanceIds: Object.freeze(["c7a2e1d4-8f3b-4e6a-9d1c-5b0f2a7e3c91"]),
});
