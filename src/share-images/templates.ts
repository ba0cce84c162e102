/**
 * One template per kind of page, telling the shared frame (`./share-image-frame.ts`) what to
 * show; `./draw.ts` lays the tree out.
 */
import { contrastRatio } from "../styles/brand-color.ts";
import type { BrandMark, PropsOf, ShareImageProps, Template } from "./share-image-plan.ts";
import { COLORS, TEXT_WIDTH } from "./share-image-tokens.ts";
import { posterOn } from "../content-model/labels.ts";
import {
  box,
  column,
  fill,
  h,
  headline,
  oneLine,
  standfirst,
  type OgElement,
} from "./share-image-elements.ts";
import { brandChip, frame, screen, type Frame } from "./share-image-frame.ts";

/** The screen's black or white, whichever reads better on `hex` (judged against pure black). */
function textOn(hex: string): string {
  return contrastRatio(hex, "#000000") >= contrastRatio(hex, "#ffffff") ? COLORS.screen : "#ffffff";
}

const ARTICLE_SIZES = [72, 64, 56, 50, 46];

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
    chip: brandChip(props.brand, posterOn(props.brand.name, props.platform)),
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
