import { describe, expect, it } from "vitest";
import type { ShareImageProps } from "../../src/share-images/share-image-plan.ts";
import { codePointLabel } from "../../src/share-images/cache.ts";
import { emojiFile, getRenderer } from "../../src/share-images/draw.ts";

const renderer = await getRenderer();

function outage(title: string): ShareImageProps {
  return {
    template: "outage",
    siteName: "Schermo Nero",
    kicker: "Blackout",
    title,
    hashtag: "#NetflixDown",
    brand: { name: "Netflix", color: "#E50914" },
    when: "11 giugno 2018, in serata",
  };
}

/** The headline as satori laid it out, and what was left out of the image. */
async function headline(title: string) {
  const texts: string[] = [];
  const { leftOut } = await renderer.svg(outage(title), {
    onNode: (node) => node.textContent !== undefined && texts.push(node.textContent),
  });
  // Every test title starts with a word of its own.
  return { text: texts.find((text) => text.startsWith(title.slice(0, 3))), leftOut };
}

describe("the bundled fonts", { timeout: 20_000 }, () => {
  it("are static-weight WOFF files, latin and latin-ext, loaded once", async () => {
    const { fonts } = renderer;
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
    expect((await getRenderer()).fonts).toBe(fonts);
  });

  it("draw Italian accents, typographic quotes, guillemets, dashes, # and @", async () => {
    const title = "“È” l’ultima volta — «disse» – àèéìòù ÈÉÀÒÙÌ … · € #NetflixDown @netflixit";
    expect(await headline(title)).toEqual({ text: title, leftOut: [] });
  });

  it("draw the wider Latin alphabet through latin-ext", async () => {
    const title = "Il guasto di Łódź e di Timișoara, più Ősz, čšž, Ğğ";
    expect(await headline(title)).toEqual({ text: title, leftOut: [] });
  });
});

describe("characters nothing can draw", { timeout: 20_000 }, () => {
  it("keeps emoji, drawn from the emoji package", async () => {
    const title = "Un ❤️ da Netflix a Instagram 😀 🇮🇹";
    expect(await headline(title)).toEqual({ text: title, leftOut: [] });
  });

  it("leaves out, once each, the characters no font or emoji can draw", async () => {
    expect(await headline("Il guasto 中 di 中文 ∰ oggi")).toEqual({
      text: "Il guasto di oggi",
      leftOut: ["中", "文", "∰"],
    });
  });

  it.each([
    ["U+2028", "\u2028"],
    ["U+2029", "\u2029"],
    ["U+202F", "\u202f"],
    ["U+2003", "\u2003"],
    ["U+205F", "\u205f"],
    ["U+3000", "\u3000"],
    ["U+000B", "\u000b"],
  ])("draws %s, a space no font has, as a plain space, and says so", async (label, space) => {
    const { text, leftOut } = await headline(`Il guasto${space}di ieri`);
    expect(text).toBe("Il guasto di ieri");
    expect(leftOut).toEqual([space]);
    expect(codePointLabel(space)).toBe(label);
  });

  it("labels characters by code point", () => {
    expect(codePointLabel("中")).toBe("U+4E2D");
    expect(codePointLabel("😀")).toBe("U+1F600");
  });
});

describe("emoji files", () => {
  // Twemoji's names: no U+FE0F unless the sequence has a joiner.
  it("are found in the local package under Twemoji's names, never fetched", () => {
    expect(emojiFile("😀")).toMatch(/node_modules\/@twemoji\/svg\/1f600\.svg$/);
    expect(emojiFile("❤️")).toMatch(/2764\.svg$/);
    expect(emojiFile("🏃🏻‍♀️")).toMatch(/1f3c3-1f3fb-200d-2640-fe0f\.svg$/);
    expect(emojiFile("中")).toBeUndefined();
  });
});
