/** The default image (404 and any page without its own): the site's name and tagline. */
import { box } from "../element.ts";
import { frame, headline, screen, tagline } from "../frame.ts";
import type { PropsOf } from "../../lib/share-image-props.ts";

export function defaultImage(props: PropsOf<"default">) {
  return frame(
    { band: [], meta: props.sections, siteName: props.siteName, signature: props.address },
    box(
      { flexDirection: "column", gap: 28, alignItems: "flex-start" },
      box({ marginBottom: 8 }, screen(2.4)),
      headline(props.title, { fontSize: 116, lines: 1, style: { letterSpacing: -2 } }),
      tagline(props.tagline),
    ),
  );
}
