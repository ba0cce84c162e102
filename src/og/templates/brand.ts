/** A brand: its colour as a large swatch, its name, what it is and what the site tells of it. */
import { box, h } from "../element.ts";
import { frame, headline } from "../frame.ts";
import { COLORS, FONTS, fitText } from "../theme.ts";
import type { ShareImageProps } from "../../lib/share-image.ts";

export function brandImage(props: Extract<ShareImageProps, { template: "brand" }>) {
  const fit = fitText(props.name, { sizes: [120, 100, 84, 72, 60], maxLines: 2, width: 760 });
  return frame(
    {
      band: [props.color],
      kicker: ["Marchio"],
      meta: props.tally,
      siteName: props.siteName,
    },
    box(
      { alignItems: "center", gap: 56 },
      box(
        {
          width: 200,
          height: 200,
          flexShrink: 0,
          padding: 4,
          borderRadius: 14,
          backgroundColor: COLORS.ink,
        },
        box({ flexGrow: 1, borderRadius: 10, backgroundColor: props.color }),
      ),
      box(
        { flexDirection: "column", gap: 18, flexGrow: 1, flexShrink: 1, minWidth: 0 },
        headline(props.name, { fontSize: fit.fontSize, lines: 2 }),
        h(
          "span",
          { fontFamily: FONTS.sans, fontSize: 34, color: COLORS.muted, lineHeight: 1.2 },
          props.kind,
        ),
      ),
    ),
  );
}
