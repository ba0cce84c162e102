/** A list page: the section's name, what it collects, how many entries it has. */
import { box, h } from "../element.ts";
import { frame, headline } from "../frame.ts";
import { COLORS, FONTS } from "../theme.ts";
import type { PropsOf } from "../../lib/share-image-props.ts";

export function sectionImage(props: PropsOf<"section">) {
  return frame(
    {
      band: props.brands.map((brand) => brand.color),
      kicker: ["Sezione"],
      meta: props.tally,
      siteName: props.siteName,
    },
    box(
      { flexDirection: "column", gap: 26 },
      headline(props.title, { fontSize: 112, lines: 1, style: { letterSpacing: -1.5 } }),
      h(
        "div",
        {
          display: "block",
          lineClamp: 2,
          maxWidth: 960,
          fontFamily: FONTS.serif,
          fontWeight: 400,
          fontSize: 38,
          lineHeight: 1.3,
          color: COLORS.muted,
        },
        props.standfirst,
      ),
    ),
  );
}
