/** An outage: its hashtag on the brand's colour, the headline, when it began. */
import { box } from "../element.ts";
import { brandChip, frame, headline, pill, separator } from "../frame.ts";
import { fitText } from "../theme.ts";
import type { PropsOf } from "../../lib/share-image-props.ts";

export function outageImage(props: PropsOf<"outage">) {
  const fit = fitText(props.title, { sizes: [72, 64, 56, 50, 46], maxLines: 4 });
  return frame(
    {
      band: [props.brand.color],
      kicker: [props.kicker, separator, brandChip(props.brand)],
      meta: props.when,
      siteName: props.siteName,
    },
    box(
      { flexDirection: "column", gap: 26 },
      pill(props.hashtag, props.brand.color),
      headline(props.title, { fontSize: fit.fontSize, lines: 4 }),
    ),
  );
}
