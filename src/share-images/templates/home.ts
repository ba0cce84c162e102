/** The home page: the site's name as a masthead, its tagline, what it holds. */
import { box } from "../element.ts";
import { frame, headline, tagline } from "../frame.ts";
import type { PropsOf } from "../../lib/share-image-props.ts";

export function homeImage(props: PropsOf<"home">) {
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
      tagline(props.tagline),
    ),
  );
}
