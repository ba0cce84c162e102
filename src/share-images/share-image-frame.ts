/**
 * The frame every share image shares: a band of the page's brand colours along the top, a
 * kicker, the body its template gives, a footer with the site's mark, the colour bars along
 * the bottom; and the marks templates reuse (the switched-off screen, a brand's chip).
 */
import type { BrandMark } from "./share-image-plan.ts";
import { CANVAS, COLORS, FONTS, MARGIN, TEST_CARD_BARS } from "./share-image-tokens.ts";
import { box, fill, h, oneLine, type OgElement, type Style } from "./share-image-elements.ts";

/**
 * A switched-off screen on its stand, drawn with filled boxes only: borders, masks and
 * `overflow: hidden` make satori emit masks that cost resvg a full-canvas layer each.
 */
export function screen(scale: number): OgElement {
  const px = (n: number) => Math.round(n * scale);
  return box(
    { flexDirection: "column", alignItems: "center" },
    fill(
      COLORS.ink,
      { width: px(46), height: px(32), padding: px(3), borderRadius: px(5) },
      fill(COLORS.screen, { flexGrow: 1, borderRadius: px(2) }),
    ),
    fill(COLORS.ink, { width: px(18), height: px(4), marginTop: px(2) }),
  );
}

/** A dot in a brand's colour and its name. */
export function brandChip(brand: BrandMark, label = brand.name): OgElement {
  return box(
    { alignItems: "center", gap: 12, flexShrink: 1, minWidth: 0 },
    fill(
      COLORS.ink,
      { width: 20, height: 20, flexShrink: 0, padding: 2, borderRadius: 10 },
      fill(brand.color, { flexGrow: 1, borderRadius: 8 }),
    ),
    oneLine(label, { color: COLORS.ink }),
  );
}

/** What a template shows in the frame, top to bottom. */
export interface Frame {
  /** The top edge's colours, in equal parts; none gives the neutral band. */
  band: string[];
  /** The small line above the body, and a brand chip after it. */
  kicker?: string;
  chip?: OgElement;
  body: OgElement;
  /** Footer, left: the date or a tally. */
  meta: string;
  /** Footer, right, instead of the site's mark (home and default show the name large). */
  signature?: string;
}

export function frame({ band, kicker, chip, body, meta, signature }: Frame, siteName: string) {
  const strip = (colors: readonly string[], height: number, edge: Style) =>
    box(
      { position: "absolute", ...edge, left: 0, width: CANVAS.width, height },
      ...colors.map((color) => fill(color, { flexGrow: 1, height })),
    );
  return fill(
    COLORS.screen,
    {
      position: "relative",
      flexDirection: "column",
      ...CANVAS,
      boxSizing: "border-box",
      padding: `${MARGIN.top}px ${MARGIN.x}px ${MARGIN.bottom}px`,
      color: COLORS.ink,
      fontFamily: FONTS.sans,
      fontWeight: 400,
      // A word wider than its column (a long hashtag or name) breaks instead of sticking out.
      overflowWrap: "break-word",
    },
    strip(band.length > 0 ? band : [COLORS.neutral], 14, { top: 0 }),
    // The site's signature along the bottom edge, as under its header.
    strip(TEST_CARD_BARS, 8, { bottom: 0 }),
    kicker &&
      box(
        {
          alignItems: "center",
          gap: 14,
          fontSize: 24,
          fontWeight: 600,
          letterSpacing: 2.5,
          textTransform: "uppercase",
          color: COLORS.muted,
        },
        // The label keeps its width; a brand chip gives way with an ellipsis.
        h("span", { flexShrink: 0 }, kicker),
        chip && h("span", { color: COLORS.muted, margin: "0 4px", flexShrink: 0 }, "·"),
        chip,
      ),
    box(
      {
        flexGrow: 1,
        flexShrink: 1,
        minHeight: 0,
        flexDirection: "column",
        justifyContent: "center",
      },
      body,
    ),
    fill(COLORS.rule, { height: 2, flexShrink: 0 }),
    box(
      { justifyContent: "space-between", alignItems: "center", gap: 32, paddingTop: 22 },
      oneLine(meta, { fontSize: 26, color: COLORS.muted }),
      signature === undefined
        ? box(
            { alignItems: "center", gap: 14, flexShrink: 0 },
            screen(1),
            h("span", { fontFamily: FONTS.serif, fontWeight: 600, fontSize: 30 }, siteName),
          )
        : h("span", { fontSize: 26, fontWeight: 600 }, signature),
    ),
  );
}
