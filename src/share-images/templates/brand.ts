/**
 * A brand: a switched-off screen under a band of its colour (the site's mark, as the brand's),
 * its name, what it is and what the site tells of it.
 */
import { box, h } from "../element.ts";
import { frame, headline } from "../frame.ts";
import { COLORS, FONTS, fitText } from "../theme.ts";
import type { PropsOf } from "../../lib/share-image-props.ts";

export function brandImage(props: PropsOf<"brand">) {
  const fit = fitText(props.name, { sizes: [120, 100, 84, 72, 60], maxLines: 2, width: 760 });
  return frame(
    {
      band: [props.color],
      kicker: [props.kicker],
      meta: props.tally,
      siteName: props.siteName,
    },
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
