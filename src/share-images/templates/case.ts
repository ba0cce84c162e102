/** A case of instant marketing: who posted where, what triggered it, the headline, when. */
import { box } from "../element.ts";
import { brandChip, frame, headline, oneLine, separator } from "../frame.ts";
import { COLORS, fitText } from "../theme.ts";
import type { PropsOf } from "../../lib/share-image-props.ts";

export function caseImage(props: PropsOf<"case">) {
  const fit = fitText(props.title, { sizes: [72, 64, 56, 50, 46], maxLines: 4 });
  return frame(
    {
      band: [props.brand.color],
      kicker: [
        props.kicker,
        separator,
        brandChip(props.brand, `${props.brand.name} su ${props.platform}`),
      ],
      meta: props.when,
      siteName: props.siteName,
    },
    box(
      { flexDirection: "column", gap: 26 },
      props.trigger &&
        box(
          { alignItems: "center", gap: 14, fontSize: 30, color: COLORS.muted },
          box({ width: 36, height: 4, flexShrink: 0, backgroundColor: props.brand.color }),
          oneLine(props.trigger),
        ),
      headline(props.title, { fontSize: fit.fontSize, lines: 4 }),
    ),
  );
}
