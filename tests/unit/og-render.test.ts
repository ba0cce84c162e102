import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import type { ShareImage, ShareImageProps } from "../../src/share-images/share-image-plan.ts";
import type { SatoriNode as LaidOut } from "satori";
import { cacheFile, drawImages, problemLine } from "../../src/share-images/cache.ts";
import { emojiFile, getRenderer, RESVG_OPTIONS } from "../../src/share-images/draw.ts";
import { pngSize } from "../support/links.ts";

const renderer = await getRenderer();
const netflix = { name: "Netflix", color: "#E50914" };
const site = { siteName: "Schermo Nero" };

function outage(title: string): ShareImageProps {
  return {
    template: "outage",
    ...site,
    kicker: "Blackout",
    title,
    hashtag: "#NetflixDown",
    brand: netflix,
    when: "11 giugno 2018, in serata",
  };
}

/** Every laid-out box of an image. */
async function layout(props: ShareImageProps): Promise<LaidOut[]> {
  const nodes: LaidOut[] = [];
  await renderer.svg(props, { onNode: (node) => nodes.push(node) });
  return nodes;
}

/** Every run of text as laid out: satori's `<text>` elements when fonts are not embedded. */
async function texts(props: ShareImageProps) {
  const { svg } = await renderer.svg(props, { embedFont: false });
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*>([^<]*)</g)].map(
    (m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), text: m[4] }),
  );
}

/** Asserts that nothing is laid out outside the canvas, nor text outside the margins. */
async function expectInside(props: ShareImageProps) {
  for (const node of await layout(props)) {
    expect(node.left).toBeGreaterThanOrEqual(0);
    expect(node.top).toBeGreaterThanOrEqual(0);
    expect(node.left + node.width).toBeLessThanOrEqual(1200);
    expect(node.top + node.height).toBeLessThanOrEqual(630);
  }
  for (const run of await texts(props)) {
    expect(run.x, run.text).toBeGreaterThanOrEqual(72);
    expect(run.x + run.width, run.text).toBeLessThanOrEqual(1128 + 0.5);
    expect(run.y, run.text).toBeLessThanOrEqual(630 - 56);
  }
}

const EVERY_TEMPLATE: ShareImageProps[] = [
  outage("#NetflixDown: la sera in cui lo schermo di Netflix è diventato nero"),
  {
    template: "case",
    ...site,
    kicker: "Instant marketing",
    title: "L’abbraccio di Netflix a Instagram, con una scena di Narcos",
    brand: netflix,
    platform: "Twitter",
    trigger: "In risposta a #Instagramdown",
    when: "12 giugno 2018",
  },
  {
    template: "dossier",
    ...site,
    kicker: "Dossier",
    title: "Ventiquattro ore, tre schermi neri",
    brands: [netflix, { name: "Rai", color: "#0B4EA2" }],
    when: "28 novembre 2026",
  },
  {
    template: "brand",
    ...site,
    kicker: "Marchio",
    name: "Netflix",
    color: "#E50914",
    kind: "Servizio di streaming",
    tally: "1 blackout",
  },
  {
    template: "section",
    ...site,
    title: "Blackout",
    standfirst: "Quando un servizio digitale si spegne.",
    tally: "3 blackout",
    brands: [netflix],
  },
  {
    template: "home",
    ...site,
    title: "Schermo Nero",
    tagline: "Blackout digitali e l’instant marketing che li segue",
    tally: "3 blackout",
    brands: [netflix],
    address: "schermonero.it",
  },
  {
    template: "default",
    ...site,
    title: "Schermo Nero",
    tagline: "Blackout digitali e l’instant marketing che li segue",
    sections: "Blackout · Instant marketing · Marchi",
    address: "schermonero.it",
  },
];

// Satori's first drawing loads its layout engine and HarfBuzz: done once, before any test's
// clock starts, so a busy machine cannot push a test past its time limit.
await renderer.draw(EVERY_TEMPLATE[0]);

describe("the share-image renderer", { timeout: 20_000 }, () => {
  it.each(EVERY_TEMPLATE.map((props) => [props.template, props] as const))(
    "draws the %s template as a 1200×630 PNG inside the canvas",
    async (_template, props) => {
      const drawn = await renderer.draw(props);
      expect(pngSize(drawn.png)).toEqual({ width: 1200, height: 630 });
      await expectInside(props);
    },
  );

  it("draws an accented, quoted and dashed headline without a missing glyph", async () => {
    const title = "“È” l’ultima volta — «disse» il portavoce – àèéìòù, #NetflixDown @netflixit";
    // Satori asks `loadAdditionalAsset` for any character no font has: none was left out.
    expect((await renderer.svg(outage(title))).leftOut).toEqual([]);
    const nodes = await layout(outage(title));
    expect(nodes.map((node) => node.textContent)).toContain(title);
    const { svg } = await renderer.svg(outage(title), { embedFont: false });
    expect(svg).not.toContain("<image");
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join("");
    for (const char of "“È”’—«»–àèéìòù#@") expect(words, char).toContain(char);
  });

  it("draws letters beyond Italian from the latin-ext files", async () => {
    const title = "Il guasto di Łódź e di Timișoara, più Ősz";
    expect((await renderer.svg(outage(title))).leftOut).toEqual([]);
    const nodes = await layout(outage(title));
    expect(nodes.map((node) => node.textContent)).toContain(title);
  });

  it("draws an emoji from the local Twemoji package", async () => {
    const { svg } = await renderer.svg(outage("Netflix abbraccia Instagram 🤗 dopo il blackout"));
    const image = svg.match(/<image[^>]+href="data:image\/svg\+xml;base64,([^"]+)"/);
    expect(image, "an <image> with the emoji").not.toBeNull();
    const expected = await readFile(emojiFile("🤗")!);
    expect(Buffer.from(image![1], "base64").equals(expected)).toBe(true);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it("leaves out a character no font can draw instead of drawing a box", async () => {
    const props = outage("Il blackout 中 del servizio");
    expect((await renderer.svg(props)).leftOut).toEqual(["中"]);
    const nodes = await layout(props);
    expect(nodes.map((node) => node.textContent)).toContain("Il blackout del servizio");
  });

  it("keeps a 160-character headline inside the canvas and above the footer", async () => {
    const title = (
      "Un titolo lunghissimo, “con virgolette” — e trattini – che continua a scorrere " +
      "parola dopo parola finché non supera di parecchio ciò che un titolo dovrebbe essere"
    )
      .padEnd(160, "!")
      .slice(0, 160);
    expect(title).toHaveLength(160);
    const nodes = await layout(outage(title));
    const headline = nodes.find((node) => node.textContent === title)!;
    const footerRule = nodes.find((node) => node.height === 2 && node.width === 1056)!;
    expect(headline.left).toBeGreaterThanOrEqual(72);
    expect(headline.left + headline.width).toBeLessThanOrEqual(1200 - 72);
    expect(headline.top + headline.height).toBeLessThanOrEqual(footerRule.top);
    await expectInside(outage(title));
  });

  it("keeps words longer than any line inside the margins", async () => {
    const word = "Supercalifragilistichespiralidoso".repeat(3);
    const brand = { name: `Un marchio dal nome lunghissimo ${word}`, color: "#FFD700" };
    await expectInside({
      template: "outage",
      ...site,
      kicker: "Blackout",
      title: `Il titolo ${word} continua`,
      hashtag: `#${word}`,
      brand,
      when: "12 giugno 2018",
    });
    await expectInside({
      template: "case",
      ...site,
      kicker: "Instant marketing",
      title: `${word} `.repeat(6),
      brand,
      platform: "social network",
      trigger: `Lo spunto: ${word} e ancora ${word}`,
      when: "12 giugno 2018",
    });
    await expectInside({
      template: "brand",
      ...site,
      kicker: "Marchio",
      name: word,
      color: "#FFFFFF",
      kind: "Marchio",
      tally: "1 blackout",
    });
  });

  it("draws the same pixels without resvg's crop copy", async () => {
    for (const props of [EVERY_TEMPLATE[0], EVERY_TEMPLATE[1], EVERY_TEMPLATE[5]]) {
      const { svg } = await renderer.svg(props);
      const plain = { font: { loadSystemFonts: false }, fitTo: { mode: "original" as const } };
      const before = new Resvg(svg, plain).render();
      const after = new Resvg(svg, RESVG_OPTIONS).render();
      expect([after.width, after.height]).toEqual([1200, 630]);
      expect(after.pixels.equals(before.pixels), props.template).toBe(true);
    }
  });

  it("clamps a headline far too long with an ellipsis", async () => {
    const title = "Parola ".repeat(120).trim();
    const nodes = await layout(outage(title));
    const headline = nodes.find((node) => node.textContent === title)!;
    const footerRule = nodes.find((node) => node.height === 2 && node.width === 1056)!;
    expect(headline.top + headline.height).toBeLessThanOrEqual(footerRule.top);
    const { svg } = await renderer.svg(outage(title), { embedFont: false });
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join("");
    expect(words).toMatch(/Parola…/);
    expect(words.length).toBeLessThan(title.length);
  });
});

describe("a batch of share images", { timeout: 20_000 }, () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  async function emptyCache() {
    const dir = await mkdtemp(join(tmpdir(), "og-cache-"));
    dirs.push(dir);
    return dir;
  }

  const image = (
    slug: string,
    title: string,
    source = `content/outages/${slug}.mdx`,
  ): ShareImage => ({
    slug: `blackout/${slug}`,
    props: outage(title),
    alt: title,
    source,
  });

  it("reports an undrawable character with the content file, drawn or reused", async () => {
    const cache = await emptyCache();
    const images = [image("guasto", "Il guasto ∰ di 中 oggi\u2028e domani"), image("b", "Pulito")];
    const problems = [
      {
        source: "content/outages/guasto.mdx",
        slug: "blackout/guasto",
        leftOut: ["∰", "中", "\u2028"],
      },
    ];
    expect(await drawImages(images, cache)).toMatchObject({ drawn: 2, problems });
    expect(await drawImages(images, cache)).toMatchObject({ reused: 2, problems });
    expect(problemLine(problems[0], "/og/blackout/guasto.png")).toBe(
      'share images: content/outages/guasto.mdx: "∰" (U+2230), "中" (U+4E2D) cannot be drawn ' +
        "by the bundled fonts or emoji; left out of /og/blackout/guasto.png; U+2028: a space " +
        "no bundled font has, drawn as a plain space in /og/blackout/guasto.png",
    );
  });

  it("draws each image once, then reuses it from the cache", async () => {
    const cache = await emptyCache();
    const images = [image("a", "Primo"), image("b", "Secondo")];
    expect(await drawImages(images, cache)).toMatchObject({ drawn: 2, reused: 0 });
    expect(await drawImages(images, cache)).toMatchObject({ drawn: 0, reused: 2 });
    const changed = [image("a", "Primo, con un titolo nuovo"), image("b", "Secondo")];
    expect(await drawImages(changed, cache)).toMatchObject({ drawn: 1, reused: 1 });
  });

  it("keys each image by what it shows, and keeps the PNG in the cache", async () => {
    const cache = await emptyCache();
    const images = [image("a", "Un blackout di prova, àèìòù"), image("b", "Secondo")];
    const { keys } = await drawImages(images, cache);
    expect(Object.keys(keys)).toEqual(["blackout/a", "blackout/b"]);
    expect(keys["blackout/a"]).not.toBe(keys["blackout/b"]);
    for (const key of Object.values(keys)) {
      expect(pngSize(await readFile(cacheFile(cache, key)))).toEqual({ width: 1200, height: 630 });
    }
  });
});
