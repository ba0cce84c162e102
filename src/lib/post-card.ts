/**
 * What a post card (`src/components/PostCard.astro`) says in place of a picture it does not
 * have, pure so it is tested without rendering. Its props are validated by `postCardProps`
 * (`src/lib/mdx-components.ts`) in an article and by the case schema in frontmatter.
 */
import type { POST_KINDS } from "./schema";

export type PostKind = (typeof POST_KINDS)[number];

/**
 * What the black frame says when the card has no screenshot: never a video's look for a
 * post that was not one, never a picture that is not there.
 */
export function postMediaNote(kind: PostKind, hasImage: boolean): string {
  if (hasImage) return "";
  if (kind === "image") return "Immagine non disponibile. Che cosa mostrava:";
  if (kind === "video") return "Video non disponibile. Che cosa mostrava:";
  return "Contenuto non disponibile. Che cosa mostrava:";
}
