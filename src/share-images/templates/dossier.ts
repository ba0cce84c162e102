/** A dossier: the headline large, the brands it follows, when it was published. */
import { box } from "../element.ts";
import { brandChip, frame, headline } from "../frame.ts";
import { fitText } from "../theme.ts";
import type { PropsOf } from "../../lib/share-image-props.ts";

export function dossierImage(props: PropsOf<"dossier">) {
  const fit = fitText(props.title, { sizes: [84, 72, 64, 56, 50, 46], maxLines: 4 });
  return frame(
    {
      band: props.brands.map((brand) => brand.color),
      kicker: [props.kicker],
      meta: props.when,
      siteName: props.siteName,
    },
    box(
      { flexDirection: "column", gap: 30 },
      headline(props.title, { fontSize: fit.fontSize, lines: 4 }),
      props.brands.length > 0 &&
        box(
          { flexWrap: "wrap", gap: 28, fontSize: 28, fontWeight: 600 },
          ...props.brands.slice(0, 5).map((brand) => brandChip(brand)),
        ),
    ),
  );
}
