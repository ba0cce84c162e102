import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BACKGROUNDS,
  GRAPHIC_CONTRAST,
  brandStyle,
  contrastRatio,
  mix,
  themedColor,
  withContrast,
} from "../../src/styles/brand-color.ts";

describe("contrastRatio", () => {
  it("follows WCAG: black on white is 21, a colour on itself is 1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21);
    expect(contrastRatio("#E50914", "#E50914")).toBe(1);
  });
});

describe("mix", () => {
  it("moves a colour towards another", () => {
    expect(mix("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mix("#123456", "#ffffff", 0)).toBe("#123456");
  });
});

describe("withContrast", () => {
  it("keeps a colour that already stands out", () => {
    expect(withContrast("#0B4EA2", BACKGROUNDS.light)).toBe("#0b4ea2");
  });

  it("lightens a dark brand colour on the dark theme until it reaches 3:1", () => {
    const shade = withContrast("#0B4EA2", BACKGROUNDS.dark);
    expect(shade).not.toBe("#0b4ea2");
    expect(contrastRatio(shade, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
  });

  it("gives every brand of the site a readable shade in both themes", () => {
    for (const color of ["#E50914", "#C13584", "#0B4EA2", "#FFFF00"]) {
      const { light, dark } = themedColor(color);
      expect(contrastRatio(light, BACKGROUNDS.light), color).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(dark, BACKGROUNDS.dark), color).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("brandStyle", () => {
  it("sets each theme's shade, Rai's blue lightened to 3:1 on the dark page", () => {
    const style = brandStyle("#0B4EA2");
    const [, light] = /--brand:(#[0-9a-f]{6})/.exec(style)!;
    const [, dark] = /--brand-dark:(#[0-9a-f]{6})/.exec(style)!;
    expect(contrastRatio("#0B4EA2", BACKGROUNDS.dark)).toBeLessThan(3);
    expect(contrastRatio(light, BACKGROUNDS.light)).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
    expect(contrastRatio(dark, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
  });
});

describe("BACKGROUNDS", () => {
  it("are the theme colours of the stylesheet", () => {
    const css = readFileSync(new URL("../../src/styles/global.css", import.meta.url), "utf8");
    expect(css).toContain(`--color-paper: ${BACKGROUNDS.light};`);
    expect(css).toContain(`--color-night: ${BACKGROUNDS.dark};`);
    // The black screen of reconstructions and post cards uses the dark shades too.
    expect(css).toContain(`--color-screen: ${BACKGROUNDS.dark};`);
  });
});
