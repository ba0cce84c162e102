/**
 * The replies a dossier keeps as data (replies without an article of their own), and the
 * rules that tie them to the rest of the dossier: the sources they cite by `id`, what they
 * answer, never themselves.
 */
import { z } from "astro/zod";
import { closestMatches } from "./strings.ts";
import { nonEmpty, paragraph, POST_HANDLE } from "./text-schema.ts";
import { when } from "./when-schema.ts";

/** A source's short label, for the replies that cite it (`replies[].sources`): `N18`, `IE`. */
export const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,23}$/;
export const sourceId = z
  .string({ error: "atteso l’`id` di una fonte, come N18" })
  .regex(SOURCE_ID, {
    error:
      "atteso un’etichetta breve di lettere e cifre, senza spazi, come N18 o IE (al massimo 24 caratteri)",
  });

/** A reply's `id`, for a reply that answers it: a slug, like an article's. */
const REPLY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A reply that has no article of its own, kept as data on the dossier of its day so that the
 * day's thread can draw it (`src/charts/thread.ts`): who wrote it, its words as the sources print
 * them, what it answers, when (only if known), and which of the dossier's sources report it.
 */
export const replySchema = z.strictObject({
  /** Only when another reply answers this one. */
  id: z
    .string({ error: "atteso un `id` breve, come nuggets" })
    .regex(REPLY_ID, {
      error: "atteso un `id` di sole lettere minuscole, cifre e trattini, come risposta-utenti",
    })
    .optional(),
  account: nonEmpty("chi ha risposto: il nome dell’account, o per esempio «Alcuni utenti»"),
  handle: z
    .string()
    .regex(POST_HANDLE, {
      error: "atteso un nome come @Twitter (una @ e fino a 30 lettere, cifre, _ o .)",
    })
    .optional(),
  text: paragraph("le parole della risposta, esattamente come le riportano le fonti"),
  inResponseTo: nonEmpty(
    "a che cosa risponde: lo slug di un caso o di un blackout del dossier, o l’`id` di un’altra risposta",
  ),
  when: when.optional(),
  sources: z
    .array(sourceId, {
      error: "atteso un elenco di `id` di fonti del dossier, come [N18, IE]",
    })
    .min(1, { error: "atteso almeno una fonte, con il suo `id`, come [N18]" }),
});
export type ReplyData = z.output<typeof replySchema>;

interface RepliesProblem {
  path: PropertyKey[];
  message: string;
}

/**
 * What is wrong with a dossier's replies against the rest of its frontmatter: a source id
 * the dossier does not have, a reply id used twice, a reply that answers nothing in the
 * dossier or, following its answers, comes back to itself.
 */
export function repliesProblems(data: {
  sources: ReadonlyArray<{ id?: string }>;
  cases: ReadonlyArray<{ id: string }>;
  outages: ReadonlyArray<{ id: string }>;
  replies: readonly ReplyData[];
}): RepliesProblem[] {
  const problems: RepliesProblem[] = [];
  const sourceIds = [...new Set(data.sources.flatMap((source) => source.id ?? []))];
  const stories = [...data.cases, ...data.outages].map((ref) => ref.id);
  const replyIds = new Map<string, number>();
  data.replies.forEach((reply, index) => {
    if (reply.id === undefined) return;
    if (replyIds.has(reply.id) || stories.includes(reply.id)) {
      problems.push({
        path: ["replies", index, "id"],
        message: `atteso un \`id\` che non sia già di un’altra risposta, né lo slug di un caso o di un blackout del dossier: ${reply.id} lo è`,
      });
    } else replyIds.set(reply.id, index);
  });
  data.replies.forEach((reply, index) => {
    reply.sources.forEach((id, at) => {
      if (sourceIds.includes(id)) return;
      problems.push({
        path: ["replies", index, "sources", at],
        message: sourceIds.length
          ? `atteso l’\`id\` di una fonte del dossier (${sourceIds.join(", ")}), o una fonte nuova in \`sources\` con \`id: ${id}\``
          : `atteso l’\`id\` di una fonte del dossier: aggiungi \`id: ${id}\` alla fonte in \`sources\``,
      });
    });
    const target = reply.inResponseTo;
    if (!stories.includes(target) && !replyIds.has(target)) {
      const known = [...stories, ...replyIds.keys()];
      const closest = closestMatches(target, known);
      problems.push({
        path: ["replies", index, "inResponseTo"],
        message: `atteso lo slug di un caso o di un blackout elencato in \`cases\` o \`outages\` di questo dossier, o l’\`id\` di un’altra risposta in \`replies\`${
          closest.length ? ` (forse: ${closest.join(", ")})` : ""
        }: una risposta deve rispondere a un post che esiste`,
      });
      return;
    }
    // Follow the answers up: a reply cannot, however far up, answer itself.
    const seen = new Set<number>([index]);
    let up = replyIds.get(target);
    while (up !== undefined) {
      if (seen.has(up)) {
        problems.push({
          path: ["replies", index, "inResponseTo"],
          message:
            "atteso un post a cui rispondere: seguendo `inResponseTo` di risposta in risposta, questa risposta torna a sé stessa",
        });
        break;
      }
      seen.add(up);
      up = replyIds.get(data.replies[up].inResponseTo);
    }
  });
  return problems;
}
