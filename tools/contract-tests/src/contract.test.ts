import { describe, expect, test } from "vitest";
import {
  checkDocumentedResponses,
  checkInvalidRejected,
  checkPaginator,
  checkRequest,
  checkRequestProperty,
  exampleParameters,
} from "./checks.js";
import { loadSubject, specServices } from "./subjects.js";

// Every spec in specs/ with its generated package: a new spec gets these tests without new code.
const subjects = await Promise.all(specServices().map((service) => loadSubject(service)));

describe.each(subjects.map((subject) => [subject.service, subject] as const))("%s", (_, subject) => {
  describe.each(subject.operations.map((operation) => [operation.operationId, operation] as const))(
    "%s",
    (_, operation) => {
      test("the spec's example parameters are serialised as the spec says and accepted", async () => {
        expect(await checkRequest(subject, operation, exampleParameters(operation))).toEqual([]);
      });

      test("valid parameter sets generated from the spec reach the server as the spec says (fast-check)", async () => {
        expect(await checkRequestProperty(subject, operation)).toEqual([]);
      });

      test("invalid parameter values are rejected with 400 in the error shape", async () => {
        expect(await checkInvalidRejected(subject, operation)).toEqual([]);
      });

      if (operation.pagination) {
        test("the client's paginator walks a seeded list, every item once", async () => {
          expect(await checkPaginator(subject, operation)).toEqual([]);
        });
      }

      test("every documented response, errors included, parses into the result or a HuaweiCloudError and round-trips", async () => {
        expect(await checkDocumentedResponses(subject, operation)).toEqual([]);
      });
    },
  );
});
