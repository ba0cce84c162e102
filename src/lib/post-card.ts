/**
 * The rules of a post card (`src/components/PostCard.astro`), pure so they are tested
 * without rendering: what its placeholder says, and which props an author must give.
 */
import { POST_HANDLE, type POST_KINDS } from "./schema";

export type PostKind = (typeof POST_KINDS)[number];

/** Only web addresses: no `javascript:`, no `data:`, no relative path. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

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

export interface PostCardProps {
  account: string;
  handle?: string;
  accountUrl?: string;
  url?: string;
  kind: PostKind;
  media?: string;
  image: boolean;
  alt?: string;
}

/** The author's mistakes a card cannot draw around, in Italian, naming the card and the prop. */
export function postCardProblems(props: PostCardProps): string[] {
  const where = `PostCard di ${props.account}`;
  const problems: string[] = [];
  if (props.image && !props.alt?.trim())
    problems.push(`${where}: \`image\` senza \`alt\`; atteso una descrizione dello screenshot`);
  if (props.kind !== "text" && !props.media?.trim())
    problems.push(
      `${where}: manca \`media\`; atteso che cosa mostrava il post, oppure \`kind="text"\` per un post di solo testo`,
    );
  if (props.handle !== undefined && !POST_HANDLE.test(props.handle))
    problems.push(
      `${where}: \`handle\` è «${props.handle}»; atteso un nome come @NetflixIT (una @ e fino a 30 lettere, cifre, _ o .)`,
    );
  for (const key of ["url", "accountUrl"] as const) {
    const value = props[key];
    if (value !== undefined && !isWebAddress(value))
      problems.push(
        `${where}: \`${key}\` è «${value}»; atteso un indirizzo web che inizia con https:// (o http://)`,
      );
  }
  return problems;
}

/** Stops the build on the first problem: a card that cannot be drawn honestly is not drawn. */
export function checkPostCard(props: PostCardProps): void {
  const [problem] = postCardProblems(props);
  if (problem) throw new Error(problem);
}
