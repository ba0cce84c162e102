import { describe, expect, it } from "vitest";
import { shareImagePath } from "../../src/lib/share-images";

describe("the share image of a page", () => {
  it("sits under /og/ with the page's path and no trailing slash", () => {
    expect(shareImagePath("/instant-marketing/netflix-e-la-festa-del-papa/", "/")).toBe(
      "/og/instant-marketing/netflix-e-la-festa-del-papa.png",
    );
    expect(shareImagePath("/marchi/", "/")).toBe("/og/marchi.png");
    expect(shareImagePath("/", "/")).toBe("/og/index.png");
  });

  it("follows the base path the site is served under", () => {
    expect(shareImagePath("/schermo/blackout/rai/", "/schermo/")).toBe(
      "/schermo/og/blackout/rai.png",
    );
    expect(shareImagePath("/schermo/", "/schermo/")).toBe("/schermo/og/index.png");
  });
});
