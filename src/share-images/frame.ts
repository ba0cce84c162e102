/**
 * The frame every share image shares: the black screen, the colour band along the top
 * edge, a kicker line, the body, and a footer with the date (or a tally) and the site's name.
 */
import { box, h, type OgChild, type OgElement, type Style } from "./element.ts";
import {
  BAND_HEIGHT,
  CANVAS,
  COLORS,
  FONTS,
  MARGIN,
  TEST_CARD_BARS,
  TEST_CARD_HEIGHT,
  TEXT_WIDTH,
  textOn,
} from "./theme.ts";
import type { BrandMark } from "../lib/share-image-props.ts";

export interface FrameProps {
  /** The band's colours, left to right, in equal parts; none gives the neutral band. */
  band: string[];
  /** The small line above the body. */
  kicker?: OgChild[];
  /** Footer, left: the date or a tally. */
  meta?: string;
  siteName: string;
  /**
   * Footer, right: the site's mark, or this text instead (home and default images show the
   * name large already and give the address here).
   */
  signature?: string;
}

/**
 * A switched-off screen on its stand, drawn with filled boxes only: borders, masks and
 * `overflow: hidden` make satori emit masks that cost resvg a full-canvas layer each.
 */
export function screen(scale: number): OgElement {
  const px = (n: number) => Math.round(n * scale);
  return box(
    { flexDirection: "column", alignItems: "center" },
    box(
      {
        width: px(46),
        height: px(32),
        padding: px(3),
        borderRadius: px(5),
        backgroundColor: COLORS.ink,
      },
      box({ flexGrow: 1, borderRadius: px(2), backgroundColor: COLORS.screen }),
    ),
    box({ width: px(18), height: px(4), backgroundColor: COLORS.ink, marginTop: px(2) }),
  );
}

/** The site's mark: a small switched-off screen, then the name. */
function siteMark(name: string): OgElement {
  return box(
    { alignItems: "center", gap: 14, flexShrink: 0 },
    screen(1),
    h("span", { fontFamily: FONTS.serif, fontWeight: 600, fontSize: 30, color: COLORS.ink }, name),
  );
}

/** Text on one line, cut with an ellipsis when its row has no room left. */
export function oneLine(text: string, style: Style = {}): OgElement {
  return h("div", { display: "block", lineClamp: 1, flexShrink: 1, minWidth: 0, ...style }, text);
}

/** A dot in a brand's colour and its name. */
export function brandChip(brand: BrandMark, label = brand.name): OgElement {
  return box(
    { alignItems: "center", gap: 12, flexShrink: 1, minWidth: 0 },
    box(
      {
        width: 20,
        height: 20,
        flexShrink: 0,
        padding: 2,
        borderRadius: 10,
        backgroundColor: COLORS.ink,
      },
      box({ flexGrow: 1, borderRadius: 8, backgroundColor: brand.color }),
    ),
    oneLine(label, { color: COLORS.ink }),
  );
}

/** A label on a solid block of a brand's colour: the hashtag of an outage. One line at most. */
export function pill(text: string, color: string, style: Style = {}): OgElement {
  return box(
    {
      alignSelf: "flex-start",
      maxWidth: TEXT_WIDTH,
      backgroundColor: color,
      color: textOn(color),
      fontFamily: FONTS.sans,
      fontWeight: 600,
      fontSize: 34,
      lineHeight: 1.2,
      padding: "6px 18px 8px",
      borderRadius: 6,
      ...style,
    },
    oneLine(text),
  );
}

/** A dot between kicker items. */
export const separator = h("span", { color: COLORS.muted, margin: "0 4px", flexShrink: 0 }, "·");

/** The site's tagline under its name, in the muted serif, at most two lines. */
export function tagline(text: string): OgElement {
  return h(
    "div",
    {
      display: "block",
      lineClamp: 2,
      maxWidth: TEXT_WIDTH,
      fontFamily: FONTS.serif,
      fontWeight: 400,
      fontSize: 40,
      lineHeight: 1.25,
      color: COLORS.muted,
    },
    text,
  );
}

/**
 * A headline set in the serif, clamped to `lines` lines with an ellipsis so that nothing a
 * writer types can push it out of the canvas.
 */
export function headline(
  text: string,
  { fontSize, lines, style = {} }: { fontSize: number; lines: number; style?: Style },
): OgElement {
  const lineHeight = 1.14;
  return h(
    "div",
    {
      display: "block",
      lineClamp: lines,
      maxHeight: Math.ceil(fontSize * lineHeight * lines) + 4,
      width: "100%",
      fontFamily: FONTS.serif,
      fontWeight: 600,
      fontSize,
      lineHeight,
      letterSpacing: fontSize >= 64 ? -0.5 : 0,
      color: COLORS.ink,
      ...style,
    },
    text,
  );
}

export function frame(props: FrameProps, ...body: OgChild[]): OgElement {
  const band = props.band.length > 0 ? props.band : [COLORS.neutral];
  return box(
    {
      position: "relative",
      flexDirection: "column",
      width: CANVAS.width,
      height: CANVAS.height,
      boxSizing: "border-box",
      padding: `${MARGIN.top}px ${MARGIN.x}px ${MARGIN.bottom}px`,
      backgroundColor: COLORS.screen,
      color: COLORS.ink,
      fontFamily: FONTS.sans,
      fontWeight: 400,
      // A word wider than its column (a long hashtag or name) breaks instead of sticking out.
      overflowWrap: "break-word",
    },
    box(
      { position: "absolute", top: 0, left: 0, width: CANVAS.width, height: BAND_HEIGHT },
      ...band.map((color) => box({ flexGrow: 1, height: BAND_HEIGHT, backgroundColor: color })),
    ),
    // The site's signature along the bottom edge, as under its header.
    box(
      { position: "absolute", bottom: 0, left: 0, width: CANVAS.width, height: TEST_CARD_HEIGHT },
      ...TEST_CARD_BARS.map((color) =>
        box({ flexGrow: 1, height: TEST_CARD_HEIGHT, backgroundColor: color }),
      ),
    ),
    props.kicker &&
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
        // Labels keep their width; a brand chip gives way with an ellipsis.
        ...props.kicker.map((item) =>
          typeof item === "string" ? h("span", { flexShrink: 0 }, item) : item,
        ),
      ),
    box(
      {
        flexGrow: 1,
        flexShrink: 1,
        minHeight: 0,
        flexDirection: "column",
        justifyContent: "center",
      },
      ...body,
    ),
    box({ height: 2, flexShrink: 0, backgroundColor: COLORS.rule }),
    box(
      {
        justifyContent: "space-between",
        alignItems: "center",
        gap: 32,
        paddingTop: 22,
        fontSize: 26,
        color: COLORS.muted,
      },
      oneLine(props.meta ?? ""),
      props.signature === undefined
        ? siteMark(props.siteName)
        : h("span", { color: COLORS.ink, fontWeight: 600 }, props.signature),
    ),
  );
}
