/**
 * One template per kind of page, each a small function from its props to the element tree
 * satori lays out. Trees are plain `{ type, props }` objects (no JSX, no React), so templates
 * run under Astro, vitest and plain Node alike. Every image shares one frame: the black
 * screen, a colour band along the top edge, a kicker line, the body, and a footer with the
 * date (or a tally) and the site's name.
 */
import type { BrandMark, PropsOf, ShareImageProps } from "../lib/share-image-plan.ts";
import {
  BAND_HEIGHT,
  CANVAS,
  COLORS,
  FONTS,
  MARGIN,
  TEST_CARD_BARS,
  TEST_CARD_HEIGHT,
  TEXT_WIDTH,
  fitText,
  textOn,
} from "./theme.ts";

/** CSS properties as satori reads them: camelCase names, numbers in pixels. */
type Style = Record<string, string | number | undefined>;
interface OgElement {
  type: string;
  props: { style?: Style; children?: OgChild | OgChild[] };
}
type OgChild = OgElement | string | false | null | undefined;

/** `h("div", { fontSize: 32 }, "text", h(...))` */
function h(type: string, style: Style, ...children: OgChild[]): OgElement {
  const kept = children.filter((child) => child !== false && child !== null && child !== undefined);
  return { type, props: { style, children: kept.length === 1 ? kept[0] : kept } };
}

/** A box: satori lays out every `div` with flexbox and needs `display: flex` on parents. */
function box(style: Style, ...children: OgChild[]): OgElement {
  return h("div", { display: "flex", ...style }, ...children);
}

const column = (gap: number, ...children: OgChild[]) =>
  box({ flexDirection: "column", gap }, ...children);

/**
 * A switched-off screen on its stand, drawn with filled boxes only: borders, masks and
 * `overflow: hidden` make satori emit masks that cost resvg a full-canvas layer each.
 */
function screen(scale: number): OgElement {
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

/** Text on one line, cut with an ellipsis when its row has no room left. */
function oneLine(text: string, style: Style = {}): OgElement {
  return h("div", { display: "block", lineClamp: 1, flexShrink: 1, minWidth: 0, ...style }, text);
}

/** A dot in a brand's colour and its name. */
function brandChip(brand: BrandMark, label = brand.name): OgElement {
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

/** A dot between kicker items. */
const separator = h("span", { color: COLORS.muted, margin: "0 4px", flexShrink: 0 }, "·");

/** Muted text of two lines at most, in the serif: a tagline or a standfirst. */
function standfirst(text: string, fontSize = 40, lineHeight = 1.25, maxWidth = TEXT_WIDTH) {
  const font = { fontFamily: FONTS.serif, fontWeight: 400, fontSize, lineHeight };
  return h("div", { display: "block", lineClamp: 2, maxWidth, ...font, color: COLORS.muted }, text);
}

/**
 * A headline set in the serif, clamped to `lines` lines with an ellipsis so that nothing a
 * writer types can push it out of the canvas.
 */
function headline(text: string, fontSize: number, lines: number, letterSpacing?: number) {
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
      letterSpacing: letterSpacing ?? (fontSize >= 64 ? -0.5 : 0),
      color: COLORS.ink,
    },
    text,
  );
}

/** An article's headline, as large as its length allows. */
function fittedHeadline(text: string, sizes: number[], width?: number, lines = 4) {
  return headline(text, fitText(text, { sizes, maxLines: lines, width }).fontSize, lines);
}

const ARTICLE_SIZES = [72, 64, 56, 50, 46];

interface Frame {
  /** The band's colours, left to right, in equal parts; none gives the neutral band. */
  band: string[];
  /** The small line above the body. */
  kicker?: OgChild[];
  /** Footer, left: the date or a tally. */
  meta: string;
  siteName: string;
  /** Footer, right, instead of the site's mark: the address (home and default show the name large). */
  signature?: string;
}

/** The frame around `body`; `props` are the image's, with the parts the frame shows. */
function frame(props: Frame, ...body: OgChild[]): OgElement {
  const band = props.band.length > 0 ? props.band : [COLORS.neutral];
  const strip = (colors: readonly string[], height: number, edge: Style) =>
    box(
      { position: "absolute", ...edge, left: 0, width: CANVAS.width, height },
      ...colors.map((color) => box({ flexGrow: 1, height, backgroundColor: color })),
    );
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
    strip(band, BAND_HEIGHT, { top: 0 }),
    // The site's signature along the bottom edge, as under its header.
    strip(TEST_CARD_BARS, TEST_CARD_HEIGHT, { bottom: 0 }),
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
      oneLine(props.meta),
      props.signature === undefined
        ? box(
            { alignItems: "center", gap: 14, flexShrink: 0 },
            screen(1),
            h(
              "span",
              { fontFamily: FONTS.serif, fontWeight: 600, fontSize: 30, color: COLORS.ink },
              props.siteName,
            ),
          )
        : h("span", { color: COLORS.ink, fontWeight: 600 }, props.signature),
    ),
  );
}

const colors = (brands: BrandMark[]) => brands.map((brand) => brand.color);

const TEMPLATES: { [T in ShareImageProps["template"]]: (props: PropsOf<T>) => OgElement } = {
  /** An outage: its hashtag on the brand's colour, the headline, when it began. */
  outage: (props) =>
    frame(
      {
        ...props,
        band: [props.brand.color],
        kicker: [props.kicker, separator, brandChip(props.brand)],
        meta: props.when,
      },
      column(
        26,
        box(
          {
            alignSelf: "flex-start",
            maxWidth: TEXT_WIDTH,
            backgroundColor: props.brand.color,
            color: textOn(props.brand.color),
            fontFamily: FONTS.sans,
            fontWeight: 600,
            fontSize: 34,
            lineHeight: 1.2,
            padding: "6px 18px 8px",
            borderRadius: 6,
          },
          oneLine(props.hashtag),
        ),
        fittedHeadline(props.title, ARTICLE_SIZES),
      ),
    ),

  /** A case of instant marketing: who posted where, what triggered it, the headline, when. */
  case: (props) =>
    frame(
      {
        ...props,
        band: [props.brand.color],
        kicker: [
          props.kicker,
          separator,
          brandChip(props.brand, `${props.brand.name} su ${props.platform}`),
        ],
        meta: props.when,
      },
      column(
        26,
        props.trigger &&
          box(
            { alignItems: "center", gap: 14, fontSize: 30, color: COLORS.muted },
            box({ width: 36, height: 4, flexShrink: 0, backgroundColor: props.brand.color }),
            oneLine(props.trigger),
          ),
        fittedHeadline(props.title, ARTICLE_SIZES),
      ),
    ),

  /** A dossier: the headline large, the brands it follows, when it was published. */
  dossier: (props) =>
    frame(
      { ...props, band: colors(props.brands), kicker: [props.kicker], meta: props.when },
      column(
        30,
        fittedHeadline(props.title, [84, 72, 64, 56, 50, 46]),
        props.brands.length > 0 &&
          box(
            { flexWrap: "wrap", gap: 28, fontSize: 28, fontWeight: 600 },
            ...props.brands.slice(0, 5).map((brand) => brandChip(brand)),
          ),
      ),
    ),

  /**
   * A brand: a switched-off screen under a band of its colour (the site's mark, as the
   * brand's), its name, what it is and what the site tells of it.
   */
  brand: (props) =>
    frame(
      { ...props, band: [props.color], kicker: [props.kicker], meta: props.tally },
      box(
        { alignItems: "center", gap: 56 },
        box(
          { flexDirection: "column", alignItems: "center", flexShrink: 0 },
          box(
            {
              flexDirection: "column",
              width: 220,
              height: 156,
              padding: 6,
              borderRadius: 14,
              backgroundColor: COLORS.ink,
            },
            box({ height: 22, borderRadius: "8px 8px 0 0", backgroundColor: props.color }),
            box({ flexGrow: 1, borderRadius: "0 0 8px 8px", backgroundColor: COLORS.screen }),
          ),
          box({ width: 84, height: 12, marginTop: 8, backgroundColor: COLORS.ink }),
        ),
        box(
          { flexDirection: "column", gap: 18, flexGrow: 1, flexShrink: 1, minWidth: 0 },
          fittedHeadline(props.name, [120, 100, 84, 72, 60], 760, 2),
          h(
            "span",
            { fontFamily: FONTS.sans, fontSize: 34, color: COLORS.muted, lineHeight: 1.2 },
            props.kind,
          ),
        ),
      ),
    ),

  /** A list page: the section's name, what it collects, how many entries it has. */
  section: (props) =>
    frame(
      { ...props, band: colors(props.brands), kicker: ["Sezione"], meta: props.tally },
      column(26, headline(props.title, 112, 1, -1.5), standfirst(props.standfirst, 38, 1.3, 960)),
    ),

  /** The home page: the site's name as a masthead, its tagline, what it holds. */
  home: (props) =>
    frame(
      { ...props, band: colors(props.brands), meta: props.tally, signature: props.address },
      column(28, headline(props.title, 136, 1, -2.5), standfirst(props.tagline)),
    ),

  /** The default image (404 and any page without its own): the site's name and tagline. */
  default: (props) =>
    frame(
      { ...props, band: [], meta: props.sections, signature: props.address },
      box(
        { flexDirection: "column", gap: 28, alignItems: "flex-start" },
        box({ marginBottom: 8 }, screen(2.4)),
        headline(props.title, 116, 1, -2),
        standfirst(props.tagline),
      ),
    ),
};

export function template(props: ShareImageProps): OgElement {
  return (TEMPLATES[props.template] as (props: ShareImageProps) => OgElement)(props);
}
