/**
 * The nodes of satteri's MDX tree that the body rules read, as far as they read them, and
 * how a problem line quotes the file.
 */

/** A piece of the file on one problem line: newlines shown as ↵, at most 60 characters. */
export function excerpt(text: string): string {
  const line = text.replace(/\r?\n/g, "↵");
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

export interface Place {
  line: number;
  column: number;
  offset?: number;
}
export interface PositionedNode {
  position?: { start: Place; end: Place };
}
export interface EsmNode extends PositionedNode {
  type: "mdxjsEsm";
  value: string;
  parseExpression(): unknown;
}
export interface ExpressionNode extends PositionedNode {
  value: string;
  parseExpression(): unknown;
}
export interface JsxAttribute {
  type: "mdxJsxAttribute";
  name: string;
  value?: string | null | { type: string; value: string };
}
export interface JsxNode extends PositionedNode {
  name: string | null;
  attributes: (JsxAttribute | { type: "mdxJsxExpressionAttribute"; value: string })[];
}
export interface ElementNode extends PositionedNode {
  tagName: string;
  properties?: Record<string, unknown>;
}
