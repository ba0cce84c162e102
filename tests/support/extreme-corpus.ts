/**
 * A small corpus of valid articles at the edges of what the schema accepts, for the layout and
 * axe tests: whatever an author may write, the pages must still fit every width and theme.
 * It holds one-word and 25-word titles, a 40-character word in a title, a description, a
 * tag, a brand name and a post, articles with no tags and with many, a case with no outage,
 * descriptions at the schema's maximum, brands with no `description` (two of the same kind),
 * a brand with a very long name, dossiers, and an outage for each precision of a time.
 *
 * Deterministic: the long texts are drawn from a seeded generator, the dates are written out.
 * `tests/unit/extreme-corpus.test.ts` proves it passes the content check and still holds
 * every extreme, so it cannot quietly become an ordinary corpus.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { CorpusFile } from "../../scripts/lib/synthetic-corpus.ts";
import { seededRandom } from "../../scripts/lib/seeded-random.ts";
import { TEXT_LIMITS } from "../../src/content-model/text-schema.ts";

/** A word of 40 letters, with no hyphen where a browser could break it. */
export const LONG_WORD = "Iperconnessionepermanentementeinterrotta";
/** The most words a title has here: a long headline, well under `TEXT_LIMITS.line`. */
export const TITLE_MAX_WORDS = 25;
/** Tags on the article that has the most: the schema sets no maximum, a long list is enough. */
export const MANY_TAGS = 30;

const quote = (text: string) => JSON.stringify(text);

/** Short sentences the long texts are drawn from: each used once per text at most. */
const CLAUSES = [
  "lo schermo è rimasto nero",
  "gli abbonati hanno cercato conferme sui social",
  "l’azienda ha scritto un messaggio di scuse",
  "la causa non è mai stata spiegata",
  "il servizio è tornato prima sulle app",
  "chi guardava una serie ha visto un errore",
  "le segnalazioni sono arrivate da molte città",
  "un marchio rivale ha pubblicato una battuta",
  "l’hashtag è salito tra i più discussi",
  "le fonti non danno numeri",
  "qualcuno ha riprovato più volte",
  "la sera è finita senza spiegazioni",
];
const OPENINGS = ["Quel giorno", "Secondo le fonti", "Per ore", "Intanto", "Alla fine", "Poi"];

/**
 * Numbered sentences (so no two texts share a passage) drawn from a seeded generator, until
 * the text is at least `length` characters long.
 */
function sentences(seed: number, length: number, label: string): string {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  let text = "";
  for (let n = 1; text.length < length; n++) {
    text += `${text ? " " : ""}${pick(OPENINGS)} ${pick(CLAUSES)}, ${pick(CLAUSES)} (${label}, nota ${n}).`;
  }
  return text;
}

/** A text of exactly `length` characters: the last sentence is cut to fit and closed. */
function longText(seed: number, length: number, label: string): string {
  return `${sentences(seed, length, label)
    .slice(0, length - 1)
    .trimEnd()}.`.padEnd(length, ".");
}

/** A seed of its own for each article, from its path. */
const seedOf = (path: string) =>
  [...path].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) >>> 0;

interface Brand {
  id: string;
  name: string;
  kind: string;
  color: string;
  description?: string;
}

const BRANDS: Brand[] = [
  {
    id: "aurora-tv",
    name: "Aurora TV",
    kind: "streaming",
    color: "#C8102E",
    description: "Un servizio di streaming inventato per i test dei casi estremi.",
  },
  // Two brands of the same kind with no description: their pages must still differ.
  { id: "citta-stream", name: "Città Stream", kind: "streaming", color: "#0A7E8C" },
  { id: "onda-piu", name: "Onda Più", kind: "streaming", color: "#FFD400" },
  {
    id: "consorzio-valli",
    name: "Consorzio Radiotelevisivo Indipendente delle Valli Alpine e Prealpine di Lombardia, Piemonte, Valle d’Aosta e Trentino-Alto Adige",
    kind: "broadcaster",
    color: "#1B1B1B",
    description: longText(11, TEXT_LIMITS.paragraph, "il consorzio"),
  },
  { id: "parola-lunga", name: LONG_WORD, kind: "social", color: "#FFFFFF" },
  // A brand nobody has written about yet: its page lists nothing.
  { id: "marchio-senza-storie", name: "Marchio senza storie", kind: "other", color: "#6B3FA0" },
];

function brandFile({ id, name, kind, color, description }: Brand): CorpusFile {
  const lines = [
    `name: ${quote(name)}`,
    `kind: ${kind}`,
    `color: "${color}"`,
    `website: https://example.com/${id}/`,
  ];
  if (description) lines.push(`description: ${quote(description)}`);
  return { path: `brands/${id}.yaml`, text: `${lines.join("\n")}\n` };
}

interface Article {
  path: string;
  title: string;
  description: string;
  published: string;
  /** Frontmatter lines after the common ones, as YAML. */
  fields: string[];
  tags?: string[];
  body: string;
}

function articleFile({ path, title, description, published, fields, tags, body }: Article) {
  const lines = [
    "---",
    `title: ${quote(title)}`,
    `description: ${quote(description)}`,
    `published: ${published}`,
    ...fields,
    "sources:",
    `  - title: ${quote(`Fonte: ${title}`)}`,
    "    publisher: Giornale di Prova",
    `    url: https://example.com/${path.replace(/\.mdx$/, "")}/`,
  ];
  if (tags?.length === 0) lines.push("tags: []");
  else if (tags) lines.push("tags:", ...tags.map((tag) => `  - ${quote(tag)}`));
  // A paragraph of the article's own after what it says: a body as long as a short news item.
  const more = sentences(seedOf(path), 240, path.slice(path.indexOf("/") + 1, -4));
  lines.push("---", "", body, "", more, "");
  return { path, text: lines.join("\n") };
}

/** Thirty distinct tags, from a few words to the 40-letter one. */
const MANY = [
  LONG_WORD,
  "instant marketing di mezzanotte con risposta dei concorrenti",
  ...Array.from({ length: MANY_TAGS - 2 }, (_, i) => `argomento ${i + 1}`),
];

/** The outages: one for each precision a start can have, with the extremes spread among them. */
const OUTAGES: Article[] = [
  {
    path: "outages/spento.mdx",
    title: "Spento",
    description: "Un blackout con un titolo di una parola, noto al minuto.",
    published: "2021-03-02",
    fields: [
      "brand: aurora-tv",
      `hashtag: "#${LONG_WORD}Down"`,
      "start: 2019-03-01T21:10:00+01:00",
      "end: 2019-03-01T22:40:00+01:00",
      "scope: national",
      "regions: [Lombardia, Piemonte, Liguria, Veneto, Emilia-Romagna, Toscana, Lazio, Campania]",
      "symptoms: [schermo nero, messaggio d’errore, app che non si apre]",
      "statements:",
      "  - who: Ufficio stampa di Aurora TV",
      `    text: ${quote(`Stiamo lavorando per risolvere il problema ${LONG_WORD.toLowerCase()}.`)}`,
      "    when: 2019-03-01T22:40:00+01:00",
      "    translation:",
      `      text: ${quote(`La stessa frase, tradotta da ${LONG_WORD}.`)}`,
      `      by: ${quote(LONG_WORD)}`,
    ],
    tags: [],
    body: "Lo schermo di Aurora TV è rimasto nero per un’ora e mezza.",
  },
  {
    path: "outages/verso-sera.mdx",
    title: "Aurora TV si spegne verso sera, e per tutti è un’ora all’incirca",
    description: "Un blackout noto al minuto, ma solo all’incirca.",
    published: "2021-03-03",
    fields: [
      "brand: aurora-tv",
      "start: { at: 2019-04-02T19:30:00+02:00, approx: true }",
      "end: { at: 2019-04-02T20:30:00+02:00, approx: true }",
      "scope: global",
    ],
    tags: ["streaming"],
    body: "Le fonti danno l’ora solo all’incirca.",
  },
  {
    path: "outages/nella-notte.mdx",
    title: "Città Stream al buio nella notte",
    description: "Un blackout di cui si sa solo la parte del giorno.",
    published: "2021-03-04",
    fields: [
      "brand: citta-stream",
      "start: { day: 2019-05-03, part: evening }",
      "end: { day: 2019-05-04, part: night }",
      "scope: local",
    ],
    tags: ["streaming", "notte"],
    body: "Nessuno ha scritto l’ora: si sa che era sera, e che è finito nella notte.",
  },
  {
    path: "outages/un-giorno.mdx",
    title: "Onda Più, un giorno intero",
    description: "Un blackout di cui si sa soltanto il giorno.",
    published: "2021-03-05",
    fields: ["brand: onda-piu", "start: 2019-06-04", "scope: national"],
    body: "Il giorno è noto, l’ora no.",
  },
  {
    path: "outages/tra-due-ore.mdx",
    title: "Il guasto tra le due ore",
    description: "Un blackout noto solo tra due minuti, per un servizio dal nome di una parola.",
    published: "2021-03-06",
    fields: [
      "brand: parola-lunga",
      "start: { from: 2019-07-05T17:30:00+02:00, to: 2019-07-05T21:00:00+02:00, approx: true }",
      "scope: global",
    ],
    body: "Si sa solo che è cominciato tra un’ora e l’altra.",
  },
  {
    path: "outages/un-mese.mdx",
    title: "Il consorzio delle valli tace per un mese",
    description: "Un blackout di cui si sa soltanto il mese.",
    published: "2021-03-07",
    fields: ["brand: consorzio-valli", "start: 2019-08", "scope: local"],
    body: "Le fonti dicono solo il mese.",
  },
  {
    path: "outages/tra-due-mesi.mdx",
    title: `${LONG_WORD}: il servizio si spegne per qualche mese`,
    description: `Un blackout di cui si sa solo il periodo, con una parola di quaranta lettere: ${LONG_WORD}.`,
    published: "2021-03-08",
    fields: [
      "brand: onda-piu",
      "services: [onda-piu, citta-stream, aurora-tv]",
      "start: { from: 2019-09, to: 2019-11 }",
      "scope: national",
    ],
    tags: MANY,
    body: `Per qualche mese ${LONG_WORD.toLowerCase()} è stata la parola di tutti.`,
  },
];

/** The cases: long and short titles, no outage, no tags, many tags, the longest description. */
const CASES: Article[] = [
  {
    path: "cases/senza-blackout.mdx",
    title:
      "Quando il servizio di Aurora TV è tornato dopo una notte difficile, il suo rivale più piccolo ha risposto con un post che nessuno aspettava",
    description: "Un caso senza blackout, con un titolo di venticinque parole.",
    published: "2021-04-01",
    fields: [
      "brand: citta-stream",
      "platform: twitter",
      "date: 2019-10-01T09:15:00+02:00",
      "event: La festa della città",
    ],
    tags: ["instant marketing"],
    body: "Il post non parla di nessun guasto: risponde a una festa.",
  },
  {
    path: "cases/titolo-di-sessantacinque.mdx",
    // The length of a title that once made the front page fail axe's target-size at 768 px.
    title: "Il post di Città Stream che ha trasformato il buio in una battuta",
    description: "Un caso con un titolo ordinario, di sessantacinque caratteri.",
    published: "2021-04-02",
    fields: [
      "brand: citta-stream",
      "platform: instagram",
      "date: { day: 2019-05-04, part: night }",
      "outage: nella-notte",
      "post:",
      "  account: Città Stream",
      '  handle: "@CittaStream"',
      "  kind: text",
      "  text: Anche noi, stanotte, abbiamo guardato il soffitto.",
    ],
    tags: ["instant marketing", "ironia"],
    body: "Il post ha trasformato il guasto in una battuta.",
  },
  {
    path: "cases/risposta-senza-tag.mdx",
    title: "La risposta di Onda Più",
    description: "Un caso senza tag, che risponde a un altro caso.",
    published: "2021-04-03",
    fields: [
      "brand: onda-piu",
      "platform: facebook",
      "date: 2019-05-04",
      "outage: nella-notte",
      "inResponseTo: titolo-di-sessantacinque",
    ],
    tags: [],
    body: "Onda Più ha risposto il giorno dopo.",
  },
  {
    path: "cases/tanti-tag.mdx",
    title: "Aurora TV e i trenta argomenti",
    description: "Un caso con trenta tag, uno dei quali è una sola parola lunghissima.",
    published: "2021-04-04",
    fields: [
      "brand: aurora-tv",
      "platform: tiktok",
      "date: { from: 2019-07-05T17:30:00+02:00, to: 2019-07-05T21:00:00+02:00, approx: true }",
      "outage: tra-due-ore",
    ],
    tags: MANY,
    body: "Trenta argomenti per un solo post.",
  },
  {
    path: "cases/descrizione-lunghissima.mdx",
    title: "Un caso raccontato per intero già nella descrizione",
    description: longText(7, TEXT_LIMITS.paragraph, "la descrizione"),
    published: "2021-04-05",
    fields: [
      "brand: aurora-tv",
      "platform: other",
      "date: 2019-03-01T22:50:00+01:00",
      "outage: spento",
    ],
    tags: ["instant marketing"],
    body: "La descrizione dice già quasi tutto.",
  },
  {
    path: "cases/parola-lunga.mdx",
    title: `${LONG_WORD} risponde`,
    description: `Il caso di un marchio dal nome di quaranta lettere, ${LONG_WORD}, e del suo post.`,
    published: "2021-04-06",
    fields: [
      "brand: parola-lunga",
      "platform: twitter",
      "date: 2019-07",
      "outage: tra-due-ore",
      "post:",
      `  account: ${quote(LONG_WORD)}`,
      `  handle: "@${LONG_WORD.slice(0, 30)}"`,
      "  kind: media",
      `  media: ${quote(`Un’immagine con la scritta ${LONG_WORD}.`)}`,
      `  text: ${quote(`Siamo ${LONG_WORD.toLowerCase()}, ma torniamo.`)}`,
      `  role: ${quote(`amministratore delegato di ${LONG_WORD}`)}`,
      "  translation:",
      `    text: ${quote(`Siamo ${LONG_WORD.toLowerCase()}, ma torniamo: tradotto.`)}`,
      `    by: ${quote(LONG_WORD)}`,
      "  repost:",
      `    account: ${quote(LONG_WORD)}`,
      "    kind: text",
      "    translation:",
      `      text: ${quote(`Una parola sola: ${LONG_WORD}.`)}`,
      `      by: ${quote(LONG_WORD)}`,
    ],
    tags: [LONG_WORD],
    body: `${LONG_WORD} ha risposto con un’immagine.`,
  },
  {
    path: "cases/consorzio.mdx",
    title: "Il consorzio dal nome lunghissimo scrive ai suoi spettatori",
    description: "Un caso di un marchio dal nome di più di cento caratteri.",
    published: "2021-04-07",
    fields: [
      "brand: consorzio-valli",
      "platform: facebook",
      "date: { from: 2019-08, to: 2019-09 }",
      "outage: un-mese",
    ],
    tags: ["televisione"],
    body: "Il consorzio ha scritto ai suoi spettatori.",
  },
];

const DOSSIERS: Article[] = [
  {
    path: "dossier/una-stagione-di-schermi-neri.mdx",
    title:
      "Una lunga stagione di schermi neri: sette blackout, sette post e una domanda che nessuno ha voluto fare ai marchi che hanno scherzato",
    description: `Un dossier che lega tutti i blackout e tutti i casi, e nomina ${LONG_WORD}.`,
    published: "2021-05-01",
    fields: [
      "inPrimoPiano: true",
      `outages: [${OUTAGES.map((o) => o.path.slice(8, -4)).join(", ")}]`,
      `cases: [${CASES.map((c) => c.path.slice(6, -4)).join(", ")}]`,
      "replies:",
      `  - account: ${quote(`Alcuni utenti di ${LONG_WORD}`)}`,
      `    text: ${quote(`Sempre la stessa storia, ${LONG_WORD.toLowerCase()}.`)}`,
      "    inResponseTo: titolo-di-sessantacinque",
      "    sources: [P1]",
    ],
    tags: ["dossier", "streaming"],
    body: "## Che cosa è successo\n\nSette schermi neri e sette post, uno dopo l’altro.",
  },
  {
    path: "dossier/notte.mdx",
    title: "Notte",
    description: "Un dossier con un titolo di una parola.",
    published: "2021-05-02",
    fields: ["outages: [nella-notte]", "cases: [risposta-senza-tag]"],
    body: "Una notte sola.",
  },
];

/** The dossier's replies cite their source by its `id`. */
function withSourceId(file: CorpusFile): CorpusFile {
  if (!file.path.startsWith("dossier/una-stagione")) return file;
  return {
    ...file,
    text: file.text.replace("sources:\n  - title:", "sources:\n  - id: P1\n    title:"),
  };
}

/** Every file of the corpus, with its path inside the content folder. */
export function extremeCorpus(): CorpusFile[] {
  return [
    ...BRANDS.map(brandFile),
    ...[...OUTAGES, ...CASES, ...DOSSIERS].map(articleFile).map(withSourceId),
  ];
}

/** Writes the corpus into `targetDir` (its `brands/`, `outages/`, `cases/`, `dossier/`). */
export async function writeExtremeCorpus(targetDir: string): Promise<void> {
  for (const file of extremeCorpus()) {
    const path = join(targetDir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
}
