/**
 * The components an author can write in any article's MDX without importing them (their
 * names: `MDX_COMPONENTS`, which the content check reads): the article pages pass this map
 * to `<Content components={mdxComponents} />`.
 *
 * - `Timeline`: a short chronology with honest times;
 * - `Statement`: an official quote with who, when and source;
 * - `PostCard`: a social post described in words, with no third-party embed;
 * - `FactBox`: start, end, duration, scope and cause of an outage;
 * - `SourceNote`: the "Nota sulle fonti" at the end of the body, where the caveats go.
 *
 * Sources are not written in the prose: every article page renders its frontmatter
 * `sources` with `SourceList`, so there is one list, in one place.
 */
import FactBox from "./FactBox.astro";
import PostCard from "./PostCard.astro";
import SourceNote from "./SourceNote.astro";
import Statement from "./Statement.astro";
import Timeline from "./Timeline.astro";

import type { MdxComponentName } from "./component-props.ts";

export const mdxComponents = {
  Timeline,
  Statement,
  PostCard,
  FactBox,
  SourceNote,
} satisfies Record<MdxComponentName, unknown>;
