import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturesDir } from "../support/paths.ts";
import { startDevServer, type DevServer } from "../support/dev-server.ts";

let server: DevServer;
beforeAll(async () => {
  server = await startDevServer("dev-authoring", join(fixturesDir, "corpus-authoring"));
});
afterAll(() => server?.close());

async function open(path: string) {
  const response = await fetch(`${server.origin}${path}`);
  expect(response.status, `${path}\n${server.output().slice(-3000)}`).toBe(200);
  return parseHTML(await response.text()).document;
}

describe("npm run dev, as an author previews", () => {
  it("renders a draft with a banner that says so", async () => {
    const doc = await open("/instant-marketing/caso-in-bozza/");
    expect(doc.querySelector("h1")?.textContent?.trim()).toBe("Un caso in bozza");
    expect(doc.querySelector('[role="status"]')?.textContent).toContain("Bozza");
  });

  it("renders a scheduled page with the day it will go live", async () => {
    const doc = await open("/blackout/blackout-programmato/");
    expect(doc.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      "Programmato per il 1 gennaio 2999, 09:00: fino ad allora la pagina non è pubblicata.",
    );
    const published = await open("/instant-marketing/caso-pubblicato/");
    expect(published.querySelector('[role="status"]')).toBeNull();
  });

  it("shows every share image side by side, at its production URL, out of search engines", async () => {
    const doc = await open("/anteprima/");
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    const figures = [...doc.querySelectorAll("figure")].map((figure) => ({
      page: figure.querySelector("figcaption a")?.getAttribute("href"),
      image: figure.querySelector("img")?.getAttribute("src"),
    }));
    expect(figures).toEqual(
      expect.arrayContaining([
        { page: "/", image: "/og/home.png" },
        {
          page: "/instant-marketing/caso-pubblicato/",
          image: "/og/instant-marketing/caso-pubblicato.png",
        },
        {
          page: "/instant-marketing/caso-in-bozza/",
          image: "/og/instant-marketing/caso-in-bozza.png",
        },
        { page: "/blackout/blackout-programmato/", image: "/og/blackout/blackout-programmato.png" },
        { page: "/marchi/netflix/", image: "/og/marchi/netflix.png" },
      ]),
    );
    for (const { page, image } of figures) {
      expect((await fetch(`${server.origin}${page}`)).status, String(page)).toBe(200);
      const png = await fetch(`${server.origin}${image}`);
      expect(png.status, String(image)).toBe(200);
      expect(png.headers.get("content-type"), String(image)).toBe("image/png");
    }
  });
});
