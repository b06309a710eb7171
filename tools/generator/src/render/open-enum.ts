import type ts from "typescript";
import { loadTypescript } from "./commonjs.js";

/** The spec extension listing the values a response string is known to take, without closing the set. */
export const OPEN_ENUM = "x-hwcloud-open-enum";

/**
 * The type of a string schema carrying `x-hwcloud-open-enum`: its known values as literals, for autocompletion,
 * joined with `(string & {})`, which keeps any other string assignable without the union collapsing to
 * `string` (the idiom AWS SDK v3 and Stainless SDKs use for values a service may extend). `null` stays when the
 * schema admits it. Anything else is left to openapi-typescript.
 */
export function openEnumType(schema: Readonly<Record<string, unknown>>): ts.TypeNode | undefined {
  const known = schema[OPEN_ENUM];
  if (!Array.isArray(known)) return undefined;
  const { factory, SyntaxKind } = loadTypescript();
  const types = ([] as unknown[]).concat(schema.type);
  const literals = known.map((value) =>
    factory.createLiteralTypeNode(factory.createStringLiteral(String(value))),
  );
  const anyOtherString = factory.createParenthesizedType(
    factory.createIntersectionTypeNode([
      factory.createKeywordTypeNode(SyntaxKind.StringKeyword),
      factory.createTypeLiteralNode([]),
    ]),
  );
  const nullType = types.includes("null") ? [factory.createLiteralTypeNode(factory.createNull())] : [];
  return factory.createUnionTypeNode([...literals, anyOtherString, ...nullType]);
}
