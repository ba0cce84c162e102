import { describe, expect, it } from "vitest";
import { emojiFile, emojiFileNames } from "../../src/og/emoji";
import { loadFonts } from "../../src/og/fonts";
import { checkText, codePointLabel, coverageOf } from "../../src/og/glyphs";

const fonts = await loadFonts();
const covered = coverageOf(fonts);
const hasEmoji = (grapheme: string) => emojiFile(grapheme) !== undefined;

describe("the bundled fonts", () => {
  it("are static-weight WOFF files, latin and latin-ext, loaded once", async () => {
    expect(fonts.map((font) => `${font.name} ${font.weight}`)).toEqual([
      "Source Serif 4 400",
      "Source Serif 4 Ext 400",
      "Source Serif 4 600",
      "Source Serif 4 Ext 600",
      "Source Sans 3 400",
      "Source Sans 3 Ext 400",
      "Source Sans 3 600",
      "Source Sans 3 Ext 600",
    ]);
    for (const font of fonts) expect(font.data.subarray(0, 4).toString("latin1")).toBe("wOFF");
    expect(await loadFonts()).toBe(await loadFonts());
  });

  it("cover Italian accents, typographic quotes, guillemets, dashes, # and @", () => {
    for (const char of "àèéìòùÈÉÀÒÙÌ“”‘’«»–—#@…·€") {
      expect(covered.has(char.codePointAt(0)!), `${char} ${codePointLabel(char)}`).toBe(true);
    }
  });

  it("cover the wider Latin alphabet through latin-ext", () => {
    for (const char of "ŁłőŐșțčšžĞğ") expect(covered.has(char.codePointAt(0)!), char).toBe(true);
  });
});

describe("checkText", () => {
  it("keeps an accented, quoted and dashed headline whole", () => {
    const text = "“È” l’ultima volta — «disse» – àèéìòù: #NetflixDown @netflixit";
    expect(checkText(text, covered, hasEmoji)).toEqual({ text, missing: [], emoji: [] });
  });

  it("sends emoji to the emoji package", () => {
    const text = "Netflix ❤️ Instagram 😀 🇮🇹";
    expect(checkText(text, covered, hasEmoji)).toEqual({
      text,
      missing: [],
      emoji: ["❤️", "😀", "🇮🇹"],
    });
  });

  it("leaves out, once each, the characters nothing can draw", () => {
    const result = checkText("Il guasto 中 di 中文 ∰ oggi", covered, hasEmoji);
    expect(result.missing).toEqual(["中", "文", "∰"]);
    expect(result.text).toBe("Il guasto di oggi");
  });

  it("labels characters by code point", () => {
    expect(codePointLabel("中")).toBe("U+4E2D");
    expect(codePointLabel("😀")).toBe("U+1F600");
  });
});

describe("emoji files", () => {
  it("follow Twemoji's names: no U+FE0F unless the sequence has a joiner", () => {
    expect(emojiFileNames("😀")).toEqual(["1f600"]);
    expect(emojiFileNames("❤️")).toEqual(["2764", "2764-fe0f"]);
    expect(emojiFileNames("🏃🏻‍♀️")[0]).toBe("1f3c3-1f3fb-200d-2640-fe0f");
  });

  it("are found in the local package, never fetched", () => {
    expect(emojiFile("😀")).toMatch(/node_modules\/@twemoji\/svg\/1f600\.svg$/);
    expect(emojiFile("❤️")).toMatch(/2764\.svg$/);
    expect(emojiFile("🏃🏻‍♀️")).toMatch(/1f3c3-1f3fb-200d-2640-fe0f\.svg$/);
    expect(emojiFile("中")).toBeUndefined();
  });
});
