import { describe, expectTypeOf, it } from "vitest";
import {
  createWidgetsClient,
  type ListWidgetsItem,
  type ListWidgetsResponse,
  type ShowBuildJobResponse,
  type ShowWidgetResponse,
} from "./fixtures/packages/widgets/src/index.js";

/**
 * Mutual assignability. expect-type's toEqualTypeOf misreads the `(string & {})` member of an open value list,
 * so types holding one are compared with this, and `Lists` proves the known values are union members (which a
 * plain `string` would not have).
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Exclude, not NonNullable: NonNullable<T> is T & {}, which folds `(string & {})` back into string.
type Lists<T, Known extends string> = Same<Extract<Exclude<T, null | undefined>, Known>, Known>;

// The fixture service's generated package compiles and types what its spec says, with no hand-written code.
const widgets = createWidgetsClient({ endpoint: "http://127.0.0.1:1", credentials: { ak: "ak", sk: "sk" } });

describe("the generated widgets client", () => {
  it("requires the path parameter of a show operation", () => {
    void widgets.showWidget({ path: { widget_id: "w-1" } });
    // @ts-expect-error widget_id is required
    void widgets.showWidget({});
  });

  it("takes a POST's JSON body as params.body, typed by its schema and required as the spec says", () => {
    void widgets.createWidget({ body: { name: "w", description: null } });
    // @ts-expect-error the body is required
    void widgets.createWidget({});
    // @ts-expect-error name is required in the body
    void widgets.createWidget({ body: { description: "no name" } });
  });

  it("takes the enum, the time parameter as a Date and the optional header", () => {
    void widgets.listWidgets({ query: { status: "READY", created_after: new Date(), limit: 10 } });
    void widgets.showWidget({ path: { widget_id: "w-1" }, header: { "X-Language": "en-us" } });
    // @ts-expect-error not a widget state
    void widgets.listWidgets({ query: { status: "GONE" } });
  });

  it("keeps required, optional and nullable response fields apart", () => {
    expectTypeOf<ShowWidgetResponse["name"]>().toEqualTypeOf<string>();
    expectTypeOf<ShowWidgetResponse["description"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ShowBuildJobResponse["fail_reason"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ListWidgetsItem>().toEqualTypeOf<NonNullable<ListWidgetsResponse["widgets"]>[number]>();
  });

  it("types an open value list as its known values plus any other string, nullable when the schema is", () => {
    expectTypeOf<
      Same<ShowWidgetResponse["size"], "SMALL" | "LARGE" | (string & {}) | undefined>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Same<ShowWidgetResponse["colour"], "RED" | "BLUE" | (string & {}) | null | undefined>
    >().toEqualTypeOf<true>();
    // A value the service adds later type-checks, and the union keeps its literals (it is not widened to string).
    const addedLater: ShowWidgetResponse["size"] = "MEDIUM";
    void addedLater;
    expectTypeOf<Lists<ShowWidgetResponse["size"], "SMALL" | "LARGE">>().toEqualTypeOf<true>();
    expectTypeOf<Lists<ShowWidgetResponse["colour"], "RED" | "BLUE">>().toEqualTypeOf<true>();
    expectTypeOf<Lists<string | undefined, "SMALL">>().toEqualTypeOf<false>();
  });

  it("pages ListWidgets and waits for builds", () => {
    expectTypeOf(widgets.paginate.listWidgets()).toExtend<AsyncIterable<ListWidgetsItem>>();
    expectTypeOf(widgets.waitForBuild("b-1")).resolves.toEqualTypeOf<ShowBuildJobResponse>();
  });
});
