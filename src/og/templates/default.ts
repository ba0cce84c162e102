/** The default image (404 and any page without its own): the site's name and tagline. */
import { box, h } from "../element.ts";
import { frame, headline, screen } from "../frame.ts";
import { COLORS, FONTS, TEXT_WIDTH } from "../theme.ts";
import type { ShareImageProps } from "../../lib/share-image.ts";

export function defaultImage(props: Extract<ShareImageProps, { template: "default" }>) {
  return frame(
    { band: [], meta: props.sections, siteName: props.siteName, signature: props.address },
    box(
      { flexDirection: "column", gap: 28, alignItems: "flex-start" },
      box({ marginBottom: 8 }, screen(2.4)),
      headline(props.title, { fontSize: 116, lines: 1, style: { letterSpacing: -2 } }),
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
