/**
 * The part of harfbuzzjs (HarfBuzz compiled to WebAssembly) that `./outlines.ts` uses: the
 * module exports a promise of `HarfBuzz`.
 */
declare module "harfbuzzjs" {
  export interface HbBlob {
    destroy(): void;
  }
  export interface HbFace {
    upem: number;
    destroy(): void;
  }
  export interface HbFont {
    setScale(x: number, y: number): void;
    /** The glyph's outline in font units, y up: `M`, `L`, `Q`, `C` and `Z` commands. */
    glyphToJson(glyph: number): Array<{ type: "M" | "L" | "Q" | "C" | "Z"; values: number[] }>;
  }
  export interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    /** Shaped glyphs: id, cluster, advance and offsets, in the font's scale. */
    json(): Array<{ g: number; cl: number; ax: number; ay: number; dx: number; dy: number }>;
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    /** `features`: comma-separated, as `hb_feature_from_string` reads them (`-liga,-clig`). */
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
}
