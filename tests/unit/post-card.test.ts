import { describe, expect, it } from "vitest";
import {
  postMediaNote,
  postPlatformLine,
  postWordsLine,
} from "../../src/mdx-components/post-card.ts";
import { posterOn, platformName } from "../../src/content-model/labels.ts";
import { postCardProps } from "../../src/mdx-components/component-props.ts";
import { POST_KINDS } from "../../src/content-model/schema.ts";

describe("postMediaNote", () => {
  it("calls a missing picture a picture and a missing video a video", () => {
    expect(postMediaNote("image", false)).toMatch(/^Immagine non disponibile/);
    expect(postMediaNote("video", false)).toMatch(/^Video non disponibile/);
  });
  it("claims neither when the form of the media is unknown", () => {
    expect(postMediaNote("media", false)).not.toMatch(/Immagine|Video/);
    // A label on its own: the description that follows is a sentence of its own, capital and all.
    for (const kind of POST_KINDS) expect(postMediaNote(kind, false)).toMatch(/non disponibile$/);
  });
  it("says nothing when the screenshot is there", () => {
    for (const kind of POST_KINDS) expect(postMediaNote(kind, true)).toBe("");
  });
});

describe("postPlatformLine", () => {
  it("says where the account posted", () => {
    expect(postPlatformLine("Netflix", "twitter")).toBe("su Twitter (oggi X)");
    expect(postPlatformLine("Netflix", "x")).toBe("su X (ex Twitter)");
  });
  it("does not name the platform twice when the account is the platform", () => {
    expect(postPlatformLine("Twitter", "twitter")).not.toMatch(/Twitter/);
    expect(postPlatformLine("X", "x")).not.toMatch(/\bX\b/);
  });
  it("says in words that the platform is not known, never «su» a place that is none", () => {
    expect(postPlatformLine("Torino", "unknown")).toBe("piattaforma non nota");
    expect(posterOn("Torino", platformName("unknown"))).toBe("Torino");
    expect(posterOn("Torino", platformName("x"))).toBe("Torino su X");
  });
});

describe("postWordsLine", () => {
  const translation = { text: "Prova", by: "Corriere della Sera" };
  it("quotes the words as printed, or the translation as one when only that is known", () => {
    expect(postWordsLine({ text: "Testing", translation })).toBe("«Testing»");
    expect(postWordsLine({ translation })).toBe(
      "«Prova» (traduzione pubblicata da Corriere della Sera)",
    );
  });
  it("says whose post a repost shared, with its words when known", () => {
    const repost = { account: "Paris Hilton", translation };
    expect(postWordsLine({ repost })).toBe(
      "Ha condiviso il post di Paris Hilton: «Prova» (traduzione pubblicata da Corriere della Sera)",
    );
    expect(postWordsLine({})).toBeUndefined();
  });
});

describe("a PostCard's props in an article", () => {
  const base = {
    account: "Netflix Italia",
    platform: "twitter",
    date: "2018-06-12",
    media: "Una scena.",
  };
  const problems = (props: Record<string, unknown>) => {
    const result = postCardProps.safeParse(props);
    return result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("accepts a card with what it needs, and a text post without media", () => {
    expect(problems(base)).toEqual([]);
    expect(problems({ ...base, media: undefined, kind: "text", text: "hello" })).toEqual([]);
  });
  it("asks what the post showed unless it was text only", () => {
    expect(problems({ ...base, media: undefined })[0]).toMatch(/^media: .*kind="text"/);
  });
  it("links out only to web addresses, and names accounts as handles", () => {
    expect(problems({ ...base, url: "javascript:alert(1)" })[0]).toMatch(/^url: /);
    expect(problems({ ...base, accountUrl: "data:text/html,hi" })[0]).toMatch(/^accountUrl: /);
    expect(problems({ ...base, handle: "NetflixIT" })[0]).toMatch(/^handle: .*@NetflixIT/);
    expect(problems({ ...base, handle: "@NetflixIT" })).toEqual([]);
  });
  it("refuses a kind of post it cannot draw", () => {
    expect(problems({ ...base, kind: "reel" })[0]).toMatch(/^kind: .*text, image, video, media/);
  });
});
