import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildServiceSpec, loadSpecDocument, parseSpec, SpecModelError, specDocumentOf } from "./index.js";

/** An unfinished spec, as docs-check reads them: no x-hwcloud-regions, a parameter reached by two $refs. */
const draftText = `
openapi: 3.1.0
info: { title: Drafts, version: "1" }
paths:
  /v1/{project_id}/drafts:
    get:
      operationId: ListDrafts
      parameters:
        - $ref: "#/components/parameters/Limit"
          description: Page size of this operation.
          x-hwcloud-deviation: { kind: other, doc: none, reason: The page gives no bound. }
      responses:
        "200": { description: OK }
components:
  parameters:
    Limit:
      $ref: "#/components/parameters/PageSize"
    PageSize:
      name: limit
      in: query
      schema: { type: integer }
`;
const draft = () => parseSpec("drafts.yaml", draftText) as any;
const parameterPointer = "/paths/~1v1~1{project_id}~1drafts/get/parameters/0";

describe("loadSpecDocument reads specs that are not finished", () => {
  it("reads a spec whose x-hwcloud extensions the model would refuse, $refs resolved", async () => {
    const dir = await mkdtemp(join(tmpdir(), "spec-document-"));
    const file = join(dir, "drafts.yaml");
    await writeFile(file, draftText);
    await expect(buildServiceSpec("drafts", "drafts.yaml", draft())).rejects.toThrow(SpecModelError);

    const spec = await loadSpecDocument(file);
    expect(spec.file).toBe(file);
    expect(spec.doc).toEqual(draft());
    const parameter = (spec.doc as any).paths["/v1/{project_id}/drafts"].get.parameters[0];
    expect(spec.follow(parameter, parameterPointer).node).toEqual({
      name: "limit",
      in: "query",
      schema: { type: "integer" },
    });
  });

  it("refuses a document that is not a mapping, naming the file", async () => {
    await expect(specDocumentOf("specs/list.yaml", ["openapi"])).rejects.toThrow(
      /list\.yaml: must be a YAML mapping/,
    );
  });

  it("refuses a $ref to nothing when it is followed, naming the reference", async () => {
    const doc = draft();
    doc.components.parameters.Limit.$ref = "#/components/parameters/Gone";
    const spec = await specDocumentOf("drafts.yaml", doc);
    const parameter = doc.paths["/v1/{project_id}/drafts"].get.parameters[0];
    expect(() => spec.follow(parameter, parameterPointer)).toThrow(
      /drafts\.yaml: \$ref #\/components\/parameters\/Gone points at nothing/,
    );
  });

  it("follows the document it is given, so a test's changed copy is read as changed", async () => {
    const doc = draft();
    doc.components.parameters.PageSize.schema = { type: "string" };
    const spec = await specDocumentOf("drafts.yaml", doc);
    expect(spec.follow({ $ref: "#/components/parameters/Limit" }).node.schema).toEqual({ type: "string" });
  });
});

describe("follow returns the chain of objects it passed", () => {
  it("lists the referring object first, then each target, so notes beside a $ref stay visible", async () => {
    const spec = await specDocumentOf("drafts.yaml", draft());
    const parameter = (spec.doc as any).paths["/v1/{project_id}/drafts"].get.parameters[0];
    const { node, pointer, chain } = spec.follow(parameter, parameterPointer);
    expect(pointer).toBe("/components/parameters/PageSize");
    expect(chain).toHaveLength(3);
    expect(chain[0]).toBe(parameter);
    expect(chain[0]!["x-hwcloud-deviation"]).toMatchObject({ kind: "other" });
    expect(chain[1]).toEqual({ $ref: "#/components/parameters/PageSize" });
    expect(chain[2]).toBe(node);
  });

  it("is the value alone when it holds no $ref", async () => {
    const spec = await specDocumentOf("drafts.yaml", draft());
    const pageSize = (spec.doc as any).components.parameters.PageSize;
    expect(spec.follow(pageSize, "/components/parameters/PageSize")).toEqual({
      node: pageSize,
      pointer: "/components/parameters/PageSize",
      chain: [pageSize],
    });
  });
});
