import { describe, expect, it } from "vitest";
import { buildFileFor, internalTarget, pngSize, relHas } from "../support/links.ts";

const root = { origin: "https://schermonero.it", base: "/" };
const project = { origin: "https://user.github.io", base: "/schermo-nero" };

describe("internalTarget", () => {
  it("resolves relative, root-relative and same-origin absolute URLs into the build", () => {
    expect(internalTarget("../x/#fonti", "/blackout/a/", root)).toEqual({
      path: "/blackout/x/",
      fragment: "fonti",
    });
    expect(internalTarget("/og/a.png", "/", root)).toEqual({ path: "/og/a.png", fragment: "" });
    expect(internalTarget("https://schermonero.it/blackout/", "/404.html", root)?.path).toBe(
      "/blackout/",
    );
    expect(internalTarget("#contenuto", "/blackout/a/", root)).toEqual({
      path: "/blackout/a/",
      fragment: "contenuto",
    });
  });

  it("leaves other origins and schemes alone", () => {
    expect(internalTarget("https://www.netflix.com/", "/", root)).toBeUndefined();
    expect(internalTarget("mailto:redazione@example.org", "/", root)).toBeUndefined();
  });

  it("removes the base path, and flags a link that forgot it", () => {
    expect(internalTarget("/schermo-nero/blackout/", "/", project)?.path).toBe("/blackout/");
    expect(internalTarget("../instant-marketing/", "/blackout/", project)?.path).toBe(
      "/instant-marketing/",
    );
    expect(internalTarget("/blackout/", "/", project)).toEqual({
      path: "/blackout/",
      fragment: "",
      outsideBase: true,
    });
    expect(internalTarget("/schermo-nero/blackout/", "/", project)?.outsideBase).toBeUndefined();
  });

  it("decodes accented paths and anchors", () => {
    expect(internalTarget("/tag/citt%C3%A0/#s%C3%AC", "/", root)).toEqual({
      path: "/tag/città/",
      fragment: "sì",
    });
  });
});

describe("buildFileFor", () => {
  it("serves folders through index.html and files as they are", () => {
    expect(buildFileFor("/blackout/")).toBe("/blackout/index.html");
    expect(buildFileFor("/rss.xml")).toBe("/rss.xml");
    expect(buildFileFor("/blackout")).toBe("/blackout");
  });
});

describe("relHas", () => {
  it("needs every token, in any order and case", () => {
    expect(relHas("noreferrer NoOpener", "noopener", "noreferrer")).toBe(true);
    expect(relHas("noopener", "noopener", "noreferrer")).toBe(false);
    expect(relHas(null, "noopener")).toBe(false);
  });
});

describe("pngSize", () => {
  it("reads width and height from the header", () => {
    const bytes = new Uint8Array(24);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(bytes.buffer);
    view.setUint32(16, 1200);
    view.setUint32(20, 630);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(new TextEncoder().encode("<svg></svg> not a png at all"))).toBeUndefined();
  });
});
