import { describe, expect, it } from "vitest";
import { isWebAddress, postCardProblems, postMediaNote } from "../../src/lib/post-card";
import { POST_KINDS } from "../../src/lib/schema";

const base = {
  account: "Netflix Italia",
  kind: "media" as const,
  media: "Una scena.",
  image: false,
};

describe("postMediaNote", () => {
  it("calls a missing picture a picture and a missing video a video", () => {
    expect(postMediaNote("image", false)).toMatch(/^Immagine non disponibile/);
    expect(postMediaNote("video", false)).toMatch(/^Video non disponibile/);
  });
  it("claims neither when the form of the media is unknown", () => {
    expect(postMediaNote("media", false)).not.toMatch(/Immagine|Video/);
    for (const kind of POST_KINDS)
      expect(postMediaNote(kind, false)).toMatch(/Che cosa mostrava:$/);
  });
  it("says nothing when the screenshot is there", () => {
    for (const kind of POST_KINDS) expect(postMediaNote(kind, true)).toBe("");
  });
});

describe("postCardProblems", () => {
  it("accepts a card with what it needs", () => {
    expect(postCardProblems(base)).toEqual([]);
    expect(postCardProblems({ account: "Zoom", kind: "text", image: false })).toEqual([]);
  });
  it("wants what a post showed unless it was only words", () => {
    expect(postCardProblems({ ...base, media: undefined })[0]).toMatch(
      /PostCard di Netflix Italia: manca `media`/,
    );
  });
  it("wants a description beside a screenshot", () => {
    expect(postCardProblems({ ...base, image: true })[0]).toMatch(/`image` senza `alt`/);
  });
  it("refuses addresses that are not web addresses, and malformed handles", () => {
    expect(postCardProblems({ ...base, url: "javascript:alert(1)" })[0]).toMatch(/`url` è/);
    expect(postCardProblems({ ...base, accountUrl: "/marchi/netflix/" })[0]).toMatch(
      /`accountUrl` è/,
    );
    expect(postCardProblems({ ...base, handle: "NetflixIT" })[0]).toMatch(/`handle` è «NetflixIT»/);
    expect(postCardProblems({ ...base, handle: "@NetflixIT" })).toEqual([]);
  });
});

describe("isWebAddress", () => {
  it("takes http and https only", () => {
    expect(isWebAddress("https://twitter.com/netflixit")).toBe(true);
    expect(isWebAddress("http://example.org/")).toBe(true);
    expect(isWebAddress("data:text/html,hi")).toBe(false);
    expect(isWebAddress("not a url")).toBe(false);
  });
});
