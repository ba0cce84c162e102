/**
 * The smallest element factory satori needs: templates are plain functions that return
 * `{ type, props }` trees, so they run under Astro, vitest and plain Node alike (no JSX,
 * no React).
 */

/** CSS properties as satori reads them: camelCase names, numbers in pixels. */
export type Style = Record<string, string | number | undefined>;

export interface OgElement {
  type: string;
  props: { style?: Style; children?: OgChild | OgChild[]; [attribute: string]: unknown };
}
export type OgChild = OgElement | string | false | null | undefined;

/** `h("div", { fontSize: 32 }, "text", h(...))` */
export function h(type: string, style: Style, ...children: OgChild[]): OgElement {
  const kept = children.filter((child) => child !== false && child !== null && child !== undefined);
  return {
    type,
    props: { style, children: kept.length === 1 ? kept[0] : kept },
  };
}

/** A box: satori lays out every `div` with flexbox and needs `display: flex` on parents. */
export function box(style: Style, ...children: OgChild[]): OgElement {
  return h("div", { display: "flex", ...style }, ...children);
}
