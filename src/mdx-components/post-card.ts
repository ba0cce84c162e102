/**
 * What a post card (`src/mdx-components/PostCard.astro`) says in place of a picture it does not
 * have, pure so it is tested without rendering. Its props are validated by `postCardProps`
 * (`src/mdx-components/component-props.ts`) in an article and by the case schema in frontmatter.
 */
import { postedOn, PLATFORM_SHORT_LABELS } from "../content-model/labels.ts";
import type { PLATFORMS, POST_KINDS } from "../content-model/schema.ts";
import type { RepostData, TranslationData } from "../content-model/post-schema.ts";

export type PostKind = (typeof POST_KINDS)[number];

/**
 * What the black frame says when the card has no screenshot: never a video's look for a
 * post that was not one, never a picture that is not there. A label on its own line; the
 * author's description of what the post showed follows as its own sentence.
 */
export function postMediaNote(kind: PostKind, hasImage: boolean): string {
  if (hasImage) return "";
  if (kind === "image") return "Immagine non disponibile";
  if (kind === "video") return "Video non disponibile";
  return "Contenuto non disponibile";
}

/**
 * The line under the account's name: where it posted («su Instagram», «piattaforma non nota»),
 * or, when the account is the platform itself (Twitter on Twitter), what it is, so the name
 * is not said twice.
 */
export function postPlatformLine(account: string, platform: (typeof PLATFORMS)[number]) {
  return platform !== "unknown" &&
    account.trim().toLowerCase() === PLATFORM_SHORT_LABELS[platform].toLowerCase()
    ? "account ufficiale della piattaforma"
    : postedOn(platform);
}

type Words = Pick<PostData, "text" | "translation">;
interface PostData {
  text?: string;
  translation?: TranslationData;
  repost?: RepostData;
}

/** Words as one line quotes them: as printed, or an outlet's translation, said to be one. */
function quoted({ text, translation }: Words): string | undefined {
  if (text !== undefined) return `«${text}»`;
  if (translation) return `«${translation.text}» (traduzione pubblicata da ${translation.by})`;
  return undefined;
}

/**
 * A post's words in one line, where there is no room for the card (a day's thread): its own,
 * or the translation when only that is known, or the post it shared.
 */
export function postWordsLine(post: PostData): string | undefined {
  const own = quoted(post);
  if (own || !post.repost) return own;
  const shared = quoted(post.repost);
  return `Ha condiviso il post di ${post.repost.account}${shared ? `: ${shared}` : ""}`;
}
