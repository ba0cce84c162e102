/**
 * What a picture beside an article really is, read from its first bytes: the format its
 * bytes say (not its name) and its size in pixels. The content check refuses a file whose
 * bytes are not the format its extension names (an HTML page saved as `.png`), a picture too
 * large to publish, and SVG, which is a document that can carry scripts, not a picture.
 *
 * Only the header is read: a few bytes for PNG, GIF and WebP, the markers before the first
 * frame for JPEG, the boxes before the data for AVIF.
 */

import { isRemoteUrl } from "../content-model/safe-url.ts";

/** The raster formats an article may use, by extension. */
export const PICTURE_FORMATS = {
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
  webp: "webp",
  avif: "avif",
  gif: "gif",
} as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[keyof typeof PICTURE_FORMATS];

export const PICTURE_LIMITS = {
  /** Bytes on disk: a screenshot is far smaller; the site makes its own WebP copies. */
  bytes: 10 * 1024 * 1024,
  /** Pixels on the longer side: more than any screen, less than a decompression bomb. */
  side: 6000,
  /** Bytes read to find the size: a JPEG's frame header can follow long EXIF data. */
  headerBytes: 256 * 1024,
};

export interface PictureFacts {
  /** Bytes on disk. */
  bytes: number;
  /** The first bytes of the file, up to `PICTURE_LIMITS.headerBytes`. */
  head: Uint8Array;
}

export interface PictureHeader {
  format: PictureFormat;
  width: number;
  height: number;
}

/** The format an extension promises, or undefined for anything else (SVG included). */
export function pictureFormatOf(path: string): PictureFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? "";
  return Object.hasOwn(PICTURE_FORMATS, extension)
    ? PICTURE_FORMATS[extension as keyof typeof PICTURE_FORMATS]
    : undefined;
}

/** The extensions named to authors: `png, jpg, …`. */
export const PICTURE_EXTENSIONS = Object.keys(PICTURE_FORMATS);

/** Why a picture may not be published, in Italian, or undefined when it may. */
export function pictureProblem(path: string, facts: PictureFacts): string | undefined {
  const promised = pictureFormatOf(path);
  if (!promised)
    return `un’immagine ${PICTURE_EXTENSIONS.join(", ")} (SVG no: può eseguire codice)`;
  if (facts.bytes > PICTURE_LIMITS.bytes) {
    return `un’immagine di al massimo ${PICTURE_LIMITS.bytes / 1024 / 1024} MB (questa ne pesa ${(facts.bytes / 1024 / 1024).toFixed(1)})`;
  }
  const header = readPictureHeader(facts.head);
  if (!header) {
    return `un file che sia davvero un’immagine ${promised.toUpperCase()}: i suoi byte non lo sono`;
  }
  if (header.format !== promised) {
    return `un file ${promised.toUpperCase()} come dice l’estensione (i suoi byte sono ${header.format.toUpperCase()}: rinominalo)`;
  }
  if (header.width < 1 || header.height < 1) {
    return "un’immagine con larghezza e altezza";
  }
  if (Math.max(header.width, header.height) > PICTURE_LIMITS.side) {
    return `un’immagine di al massimo ${PICTURE_LIMITS.side} pixel per lato (questa è ${header.width}×${header.height})`;
  }
  return undefined;
}

/** A picture beside an article, by its path relative to the article's folder; undefined if none. */
export type PictureLookup = (relativePath: string) => PictureFacts | undefined;

/**
 * Why a picture may not be used, or undefined when it may: a raster file inside the
 * article's folder, named plainly (no `..`, `?`, `#`, `&`, `%`, so nothing reaches Vite's
 * `?raw`/`?url` loaders or another folder), whose bytes are what its extension says.
 * Markdown pictures, imported ones and frontmatter ones follow this one rule.
 */
export function picturePathProblem(path: string, picture: PictureLookup): string | undefined {
  if (isRemoteUrl(path)) {
    return "un’immagine salvata accanto all’articolo (./immagini/file.png): il sito non carica nulla da altri siti";
  }
  if (
    !/^(\.\/)?([A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(path) ||
    path.split("/").some((part) => part === ".." || (part.startsWith(".") && part !== "."))
  ) {
    return "il percorso di un’immagine nella cartella dell’articolo o in una sua sottocartella, fatto di lettere, cifre, punti, trattini e /, come ./immagini/post.png (niente .., ?, #, &, %)";
  }
  if (!pictureFormatOf(path)) {
    return `un’immagine ${PICTURE_EXTENSIONS.join(", ")} (SVG no: è un documento che può eseguire codice)`;
  }
  const facts = picture(path.replace(/^\.\//, ""));
  if (!facts) return `un file che esiste, accanto all’articolo (${path} non c’è)`;
  return pictureProblem(path, facts);
}

/** The format and size a header declares, or undefined when the bytes are no known picture. */
export function readPictureHeader(bytes: Uint8Array): PictureHeader | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number, length: number) =>
    at + length <= bytes.length ? String.fromCharCode(...bytes.subarray(at, at + length)) : "";
  if (ascii(0, 8) === "\x89PNG\r\n\x1a\n" && ascii(12, 4) === "IHDR" && bytes.length >= 24) {
    return { format: "png", width: view.getUint32(16), height: view.getUint32(20) };
  }
  if ((ascii(0, 6) === "GIF87a" || ascii(0, 6) === "GIF89a") && bytes.length >= 10) {
    return { format: "gif", width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  if (ascii(0, 4) === "RIFF" && ascii(8, 4) === "WEBP") return webp(bytes, view, ascii);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpeg(bytes, view);
  if (ascii(4, 4) === "ftyp") return avif(bytes, view, ascii);
  return undefined;
}

function webp(
  bytes: Uint8Array,
  view: DataView,
  ascii: (at: number, length: number) => string,
): PictureHeader | undefined {
  const chunk = ascii(12, 4);
  if (chunk === "VP8 " && bytes.length >= 30) {
    return {
      format: "webp",
      width: view.getUint16(26, true) & 0x3fff,
      height: view.getUint16(28, true) & 0x3fff,
    };
  }
  if (chunk === "VP8L" && bytes.length >= 25 && bytes[20] === 0x2f) {
    const bits = view.getUint32(21, true);
    return { format: "webp", width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X" && bytes.length >= 30) {
    const width = 1 + (bytes[24] | (bytes[25] << 8) | (bytes[26] << 16));
    const height = 1 + (bytes[27] | (bytes[28] << 8) | (bytes[29] << 16));
    return { format: "webp", width, height };
  }
  return undefined;
}

/** The first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC) holds the size. */
function jpeg(bytes: Uint8Array, view: DataView): PictureHeader | undefined {
  let at = 2;
  while (at + 8 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { format: "jpeg", height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    if (length < 2) return undefined;
    at += 2 + length;
  }
  return undefined;
}

/** AVIF: an ISO-BMFF `ftyp` with an AVIF brand, then `meta` › `iprp` › `ipco` › `ispe`. */
function avif(
  bytes: Uint8Array,
  view: DataView,
  ascii: (at: number, length: number) => string,
): PictureHeader | undefined {
  const ftypSize = view.getUint32(0);
  const brands = ascii(8, Math.max(0, Math.min(ftypSize, bytes.length) - 8));
  if (!/avif|avis/.test(brands)) return undefined;
  const find = (type: string, from: number, to: number, skip = 0): number | undefined => {
    for (let at = from + skip; at + 8 <= to;) {
      const size = view.getUint32(at);
      if (ascii(at + 4, 4) === type) return at;
      if (size < 8) return undefined;
      at += size;
    }
    return undefined;
  };
  const end = bytes.length;
  const meta = find("meta", ftypSize, end);
  if (meta === undefined) return undefined;
  const metaEnd = Math.min(end, meta + view.getUint32(meta));
  const iprp = find("iprp", meta + 12, metaEnd);
  if (iprp === undefined) return undefined;
  const ipco = find("ipco", iprp + 8, Math.min(metaEnd, iprp + view.getUint32(iprp)));
  if (ipco === undefined) return undefined;
  const ispe = find("ispe", ipco + 8, Math.min(metaEnd, ipco + view.getUint32(ipco)));
  if (ispe === undefined || ispe + 20 > end) return undefined;
  return { format: "avif", width: view.getUint32(ispe + 12), height: view.getUint32(ispe + 16) };
}
