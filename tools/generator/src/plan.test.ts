import { describe, expect, it } from "vitest";
import { fixtureLayout } from "../test/layout.js";
import { planGeneration } from "./plan.js";

describe("planGeneration", () => {
  it("writes only the three generated files, straight into <packages>/<service>/, for a generated-only layout", async () => {
    const plan = await planGeneration({ ...fixtureLayout("/out"), generatedOnly: true });
    expect(plan.files.map((file) => file.path)).toEqual([
      "/out/widgets/schema.ts",
      "/out/widgets/descriptor.ts",
      "/out/widgets/client.ts",
    ]);
    expect(plan.generatedDirs).toEqual(["/out/widgets"]);
  });
});
