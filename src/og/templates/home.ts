/** The home page: the site's name as a masthead, its tagline, what it holds. */
import { box, h } from "../element.ts";
import { frame, headline } from "../frame.ts";
import { COLORS, FONTS, TEXT_WIDTH } from "../theme.ts";
import type { ShareImageProps } from "../../lib/share-image.ts";

export function homeImage(props: Extract<ShareImageProps, { template: "home" }>) {
  return frame(
    {
      band: props.brands.map((brand) => brand.color),
      meta: props.tally,
      siteName: props.siteName,
      signature: props.address,
    },
    box(
      { flexDirection: "column", gap: 28 },
      headline(props.title, { fontSize: 136, lines: 1, style: { letterSpacing: -2.5 } }),
      h(
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
        props.tagline,
      ),
    ),
  );
}
