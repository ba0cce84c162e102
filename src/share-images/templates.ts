/**
 * The look of the share images, and one template per kind of page telling the shared frame
 * what to show. Trees are plain `{ type, props }` objects, no JSX: they run anywhere.
 */
import { contrastRatio } from "../styles/brand-color.ts";
import type { BrandMark, PropsOf, ShareImageProps, Template } from "./share-image-plan.ts";

export const CANVAS = { width: 1200, height: 630 } as const;

/** The bundled faces (see `./draw.ts`); each family lists its latin-ext subset after latin. */
export const FACES = { serif: "Source Serif 4", sans: "Source Sans 3" } as const;
const FONTS = {
  serif: `${FACES.serif}, ${FACES.serif} Ext`,
  sans: `${FACES.sans}, ${FACES.sans} Ext`,
};

/** The site's palette: black as the signature, each brand's colour as the only accent. */
const COLORS = {
  /** "Lo schermo è diventato nero": the site's theme colour. */
  screen: "#0b0b0c",
  ink: "#f4f1ea",
  muted: "#b3ada3",
  rule: "#2e2d2b",
  /** The band of pages that belong to no brand. */
  neutral: "#f4f1ea",
} as const;

const MARGIN = { x: 72, top: 64, bottom: 56 } as const;

/** The width headlines are set in. */
const TEXT_WIDTH = CANVAS.width - 2 * MARGIN.x;

/** The site's colour bars: `--color-bar-*` in src/styles/global.css (a unit test compares). */
export const TEST_CARD_BARS = [
  "#c0c0c0",
  "#c0c000",
  "#00c0c0",
  "#00c000",
  "#c000c0",
  "#c00000",
  "#0000c0",
] as const;

/** The screen's black or white, whichever reads better on `hex` (judged against pure black). */
function textOn(hex: string): string {
  return contrastRatio(hex, "#000000") >= contrastRatio(hex, "#ffffff") ? COLORS.screen : "#ffffff";
}

/**
 * The largest of `sizes` (largest first) at which `text` should fit in `maxLines` lines of
 * `width` pixels, no word broken, else the smallest: the serif averages about half an em per
 * character, and the template clamps whatever the estimate misses with an ellipsis.
 */
export function fitText(
  text: string,
  { sizes, width = TEXT_WIDTH, maxLines }: { sizes: number[]; width?: number; maxLines: number },
): number {
  const words = text.split(/\s+/).flatMap((word) => (word ? [[...word].length] : []));
  const fits = (fontSize: number) => {
    const perLine = Math.floor(width / (fontSize * 0.5));
    let [lines, used] = [1, 0];
    for (const length of words) {
      if (length > perLine) return false;
      const next = used === 0 ? length : used + 1 + length;
      if (next <= perLine) used = next;
      else [lines, used] = [lines + 1, length];
    }
    return lines <= maxLines;
  };
  return sizes.find(fits) ?? sizes[sizes.length - 1];
}

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

/** A box filled with `color`. */
function fill(color: string, style: Style, ...children: OgChild[]): OgElement {
  return box({ ...style, backgroundColor: color }, ...children);
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
    fill(
      COLORS.ink,
      { width: px(46), height: px(32), padding: px(3), borderRadius: px(5) },
      fill(COLORS.screen, { flexGrow: 1, borderRadius: px(2) }),
    ),
    fill(COLORS.ink, { width: px(18), height: px(4), marginTop: px(2) }),
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
    fill(
      COLORS.ink,
      { width: 20, height: 20, flexShrink: 0, padding: 2, borderRadius: 10 },
      fill(brand.color, { flexGrow: 1, borderRadius: 8 }),
    ),
    oneLine(label, { color: COLORS.ink }),
  );
}

/** Muted text of two lines at most, in the serif: a tagline or a standfirst. */
function standfirst(text: string, fontSize = 40, lineHeight = 1.25, maxWidth = TEXT_WIDTH) {
  const font = { fontFamily: FONTS.serif, fontWeight: 400, fontSize, lineHeight };
  return h("div", { display: "block", lineClamp: 2, maxWidth, ...font, color: COLORS.muted }, text);
}

/**
 * A headline in the serif, as large as `fitText` allows, clamped to `lines` lines with an
 * ellipsis so that nothing a writer types can push it out of the canvas.
 */
function headline(
  text: string,
  sizes: number[],
  { lines = 1, letterSpacing, width }: { lines?: number; letterSpacing?: number; width?: number },
) {
  const fontSize = fitText(text, { sizes, maxLines: lines, width });
  const lineHeight = 1.14;
  const font = { fontFamily: FONTS.serif, fontWeight: 600, fontSize, lineHeight };
  return h(
    "div",
    {
      display: "block",
      lineClamp: lines,
      maxHeight: Math.ceil(fontSize * lineHeight * lines) + 4,
      width: "100%",
      ...font,
      letterSpacing: letterSpacing ?? (fontSize >= 64 ? -0.5 : 0),
      color: COLORS.ink,
    },
    text,
  );
}

const ARTICLE_SIZES = [72, 64, 56, 50, 46];

/** What a template shows in the frame, top to bottom. */
interface Frame {
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

function frame({ band, kicker, chip, body, meta, signature }: Frame, siteName: string) {
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

const colors = (brands: BrandMark[]) => brands.map((brand) => brand.color);

const TEMPLATES: { [T in Template]: (props: PropsOf<T>) => Frame } = {
  /** An outage: its hashtag (when one is reported) on the brand's colour, the headline, when. */
  outage: (props) => ({
    band: [props.brand.color],
    kicker: props.kicker,
    chip: brandChip(props.brand),
    body: column(
      26,
      props.hashtag &&
        fill(
          props.brand.color,
          {
            alignSelf: "flex-start",
            maxWidth: TEXT_WIDTH,
            color: textOn(props.brand.color),
            fontWeight: 600,
            fontSize: 34,
            lineHeight: 1.2,
            padding: "6px 18px 8px",
            borderRadius: 6,
          },
          oneLine(props.hashtag),
        ),
      headline(props.title, ARTICLE_SIZES, { lines: 4 }),
    ),
    meta: props.when,
  }),

  /** A case of instant marketing: who posted where, what triggered it, the headline, when. */
  case: (props) => ({
    band: [props.brand.color],
    kicker: props.kicker,
    chip: brandChip(props.brand, `${props.brand.name} su ${props.platform}`),
    body: column(
      26,
      props.trigger &&
        box(
          { alignItems: "center", gap: 14, fontSize: 30, color: COLORS.muted },
          fill(props.brand.color, { width: 36, height: 4, flexShrink: 0 }),
          oneLine(props.trigger),
        ),
      headline(props.title, ARTICLE_SIZES, { lines: 4 }),
    ),
    meta: props.when,
  }),

  /** A dossier: the headline large, the brands it follows, when it was published. */
  dossier: (props) => ({
    band: colors(props.brands),
    kicker: props.kicker,
    body: column(
      30,
      headline(props.title, [84, ...ARTICLE_SIZES], { lines: 4 }),
      props.brands.length > 0 &&
        box(
          { flexWrap: "wrap", gap: 28, fontSize: 28, fontWeight: 600 },
          ...props.brands.slice(0, 5).map((brand) => brandChip(brand)),
        ),
    ),
    meta: props.when,
  }),

  /** A brand: the site's switched-off screen with a band of its colour, its name and kind. */
  brand: (props) => ({
    band: [props.color],
    kicker: props.kicker,
    body: box(
      { alignItems: "center", gap: 56 },
      box(
        { flexDirection: "column", alignItems: "center", flexShrink: 0 },
        fill(
          COLORS.ink,
          { flexDirection: "column", width: 220, height: 156, padding: 6, borderRadius: 14 },
          fill(props.color, { height: 22, borderRadius: "8px 8px 0 0" }),
          fill(COLORS.screen, { flexGrow: 1, borderRadius: "0 0 8px 8px" }),
        ),
        fill(COLORS.ink, { width: 84, height: 12, marginTop: 8 }),
      ),
      box(
        { flexDirection: "column", gap: 18, flexGrow: 1, flexShrink: 1, minWidth: 0 },
        headline(props.name, [120, 100, 84, 72, 60], { lines: 2, width: 760 }),
        h("span", { fontSize: 34, color: COLORS.muted, lineHeight: 1.2 }, props.kind),
      ),
    ),
    meta: props.tally,
  }),

  /** A list page: the section's name, what it collects, how many entries it has. */
  section: (props) => ({
    band: colors(props.brands),
    kicker: "Sezione",
    body: column(
      26,
      headline(props.title, [112], { letterSpacing: -1.5 }),
      standfirst(props.standfirst, 38, 1.3, 960),
    ),
    meta: props.tally,
  }),

  /** The home page: the site's name as a masthead, its tagline, what it holds. */
  home: (props) => ({
    band: colors(props.brands),
    body: column(
      28,
      headline(props.title, [136], { letterSpacing: -2.5 }),
      standfirst(props.tagline),
    ),
    meta: props.tally,
    signature: props.address,
  }),

  /** The default image (404 and any page without its own): the site's name and tagline. */
  default: (props) => ({
    band: [],
    body: box(
      { flexDirection: "column", gap: 28, alignItems: "flex-start" },
      box({ marginBottom: 8 }, screen(2.4)),
      headline(props.title, [116], { letterSpacing: -2 }),
      standfirst(props.tagline),
    ),
    meta: props.sections,
    signature: props.address,
  }),
};

export function template(props: ShareImageProps): OgElement {
  const show = TEMPLATES[props.template] as (props: ShareImageProps) => Frame;
  return frame(show(props), props.siteName);
}
