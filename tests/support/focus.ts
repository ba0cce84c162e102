/**
 * What makes keyboard focus visible, read from computed styles. The browser suite records
 * each interactive element's look before it has focus and compares it with its look once
 * Tab reaches it: a focus style a reader can see changes at least one of these.
 */
export interface FocusLook {
  outlineStyle: string;
  /** In CSS pixels. */
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
  background: string;
  border: string;
  textDecoration: string;
  color: string;
  /** Position and size: a skip link moves from off-screen into view. */
  box: string;
}

/** Whether focus changed the look in a way a reader can see. */
export function focusIsVisible(before: FocusLook, after: FocusLook): boolean {
  const outline = (look: FocusLook) =>
    look.outlineStyle === "none" || look.outlineWidth <= 0
      ? "none"
      : `${look.outlineStyle} ${look.outlineWidth} ${look.outlineColor}`;
  if (outline(after) !== "none" && outline(after) !== outline(before)) return true;
  return (
    after.boxShadow !== before.boxShadow ||
    after.background !== before.background ||
    after.border !== before.border ||
    after.textDecoration !== before.textDecoration ||
    after.color !== before.color ||
    after.box !== before.box
  );
}

/** Selector of the elements a keyboard user can reach with Tab. */
export const INTERACTIVE =
  "a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), " +
  "select:not([disabled]), textarea:not([disabled]), summary, iframe, " +
  "[tabindex]:not([tabindex='-1']), [contenteditable='true']";
