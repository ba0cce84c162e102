import { describe, expect, it } from "vitest";
import { focusIsVisible, type FocusLook } from "../support/focus.ts";

const link: FocusLook = {
  outlineStyle: "none",
  outlineWidth: 0,
  outlineColor: "rgb(0, 0, 0)",
  boxShadow: "none",
  background: "rgba(0, 0, 0, 0)",
  border: "none 0px rgb(0, 0, 0)",
  textDecoration: "underline auto rgb(0, 0, 0)",
  color: "rgb(0, 0, 0)",
  box: "10,10,80x20",
};

describe("focusIsVisible", () => {
  it("sees an outline or a ring that focus adds", () => {
    expect(focusIsVisible(link, { ...link, outlineStyle: "solid", outlineWidth: 3 })).toBe(true);
    expect(focusIsVisible(link, { ...link, boxShadow: "0 0 0 3px rgb(0, 0, 255)" })).toBe(true);
  });

  it("sees a skip link that moves into view", () => {
    expect(focusIsVisible({ ...link, box: "0,0,1x1" }, link)).toBe(true);
  });

  it("sees nothing when focus changes nothing, or only sets an invisible outline", () => {
    expect(focusIsVisible(link, link)).toBe(false);
    expect(focusIsVisible(link, { ...link, outlineStyle: "solid", outlineWidth: 0 })).toBe(false);
    expect(focusIsVisible(link, { ...link, outlineStyle: "none", outlineWidth: 3 })).toBe(false);
  });

  it("does not count an outline the element always has", () => {
    const outlined = { ...link, outlineStyle: "solid", outlineWidth: 1 };
    expect(focusIsVisible(outlined, outlined)).toBe(false);
  });
});
