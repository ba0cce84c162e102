import { describe, expect, it } from "vitest";
import { loadFonts } from "../../src/og/fonts";
import { createOutline } from "../../src/og/outlines";

const outline = await createOutline(await loadFonts());

/** A `<text>` as satori writes it when fonts are not embedded. */
function text(content: string, extra = "", x = 72, width = 100) {
  return (
    `<text x="${x}" y="100" width="${width}" height="40" font-weight="400" font-style="normal" ` +
    `font-size="30" font-family="source sans 3,source sans 3 ext"${extra} fill="#fff">${content}</text>`
  );
}

describe("text as glyph outlines", () => {
  it("turns each run of text into one filled path and keeps the rest of the SVG", () => {
    const svg = `<svg><rect width="10" height="10"/>${text("Blackout")}${text(" ", "", 172, 6)}${text("Rai", "", 178, 40)}<image href="x"/></svg>`;
    const drawn = outline(svg);
    expect(drawn).not.toContain("<text");
    expect(drawn.match(/<path /g)).toHaveLength(1);
    expect(drawn).toMatch(
      /^<svg><rect width="10" height="10"\/><path fill="#fff" d="M[\d. mlqcz-]+"\/><image href="x"\/><\/svg>$/,
    );
  });

  it("draws the same word the same way wherever it is, moved by its position only", () => {
    const at = (x: number) => outline(text("Netflix", "", x)).match(/d="M([\d.]+) ([\d.]+)(.*)"/)!;
    const [, x1, y1, rest1] = at(72);
    const [, x2, y2, rest2] = at(172.5);
    expect(Number(x2) - Number(x1)).toBeCloseTo(100.5, 5);
    expect(y2).toBe(y1);
    expect(rest2).toBe(rest1);
  });

  it("draws letters beyond Italian from the latin-ext file, not as missing-glyph boxes", () => {
    const shape = (content: string) => outline(text(content)).match(/d="M[\d.]+ [\d.]+(.*)"/)![1];
    expect(shape("Ł")).not.toBe(shape("L"));
    expect(shape("ș")).not.toBe(shape("s"));
    // Only the latin-ext file has it: without that file in the list there is no glyph to draw.
    expect(() => outline(text("Ł").replace(",source sans 3 ext", ""))).toThrow(
      /no font draws U\+0141/,
    );
  });

  it("unescapes what satori escapes", () => {
    expect(outline(text("&amp;")).match(/<path /g)).toHaveLength(1);
    expect(outline(text("&amp;"))).toBe(outline(text("&#38;".replace("#38", "amp"))));
  });

  it("refuses text it cannot draw faithfully, naming what it met", () => {
    expect(() => outline(text("Rai", ' transform="matrix(1,0,0,1,5,0)"'))).toThrow(
      /cannot draw text with `transform`/,
    );
    expect(() => outline(text("Rai").replace('"normal"', '"italic"'))).toThrow(/italic/);
    expect(() => outline(text("Rai").replace('font-weight="400"', 'font-weight="700"'))).toThrow(
      /no font "source sans 3" at weight 700/,
    );
    expect(() => outline(text("Il 中"))).toThrow(/no font draws U\+4E2D/);
  });
});
