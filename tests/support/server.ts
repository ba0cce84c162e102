import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { headersFor, parseHeadersFile } from "./headers.ts";
import { distDir } from "./paths.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a build folder on 127.0.0.1 the way a static host does: `/x/` serves
 * `/x/index.html`, a missing file gets `404.html` with status 404, and the headers of the
 * build's `_headers` file (Netlify / Cloudflare Pages) are sent, CSP included.
 */
export async function serveStatic(root = distDir): Promise<StaticServer> {
  const rules = parseHeadersFile(await readFile(join(root, "_headers"), "utf8").catch(() => ""));
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
    if (path.endsWith("/")) path += "index.html";
    let file = join(root, path);
    let status = 200;
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) {
      file = join(root, "404.html");
      status = 404;
    }
    response.writeHead(status, {
      ...headersFor(rules, url.pathname),
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
