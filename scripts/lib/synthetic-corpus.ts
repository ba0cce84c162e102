/**
 * A synthetic but valid corpus for benchmarks and scale tests: brands, outages, cases that
 * reference them (and each other) and dossiers, with MDX bodies of realistic length in
 * Italian with accents. Deterministic for a given seed, so runs are comparable.
 *
 * Plain Node can run it (relative imports name their `.ts`): the benchmark runs it outside Vite.
 */
import { seededRandom } from "./seeded-random.ts";

export interface CorpusFile {
  /** Path inside the content folder: `cases/caso-0001.mdx`. */
  path: string;
  text: string;
}

export interface CorpusOptions {
  /** Articles to generate (outages + cases + dossiers); brands come on top. */
  articles: number;
  seed?: number;
}

export interface CorpusShape {
  brands: string[];
  outages: string[];
  cases: string[];
  dossier: string[];
}

const BRAND_NAMES = [
  "Aurora TV",
  "Città Stream",
  "Fotogrammi",
  "Radio Città",
  "Perché Sì",
  "Onda Più",
  "Caffè Social",
  "Tivù Nove",
  "Metrò Digitale",
  "Libertà Play",
];
const KINDS = ["streaming", "social", "broadcaster", "other"] as const;
const PLATFORMS = ["twitter", "instagram", "facebook", "tiktok", "other"] as const;
const SCOPES = ["global", "national", "local"] as const;
const PARTS = ["morning", "afternoon", "evening", "night"] as const;
const TAGS = [
  "streaming",
  "televisione",
  "social network",
  "instant marketing",
  "ironia",
  "sicurezza",
  "città",
  "università",
  "perché no",
  "crisi",
  "scuse ufficiali",
  "giugno 2018",
];
const SENTENCES = [
  "La piattaforma è rimasta irraggiungibile per molti utenti, che hanno cercato conferme sui social.",
  "Nessuno, all’inizio, sapeva dire perché lo schermo fosse diventato nero all’improvviso.",
  "L’azienda ha pubblicato un breve messaggio di scuse, senza indicare la causa del guasto.",
  "Sui social l’hashtag è salito in fretta tra gli argomenti più discussi della serata.",
  "Chi stava guardando una serie si è trovato davanti a un messaggio d’errore poco chiaro.",
  "Il marchio ha colto l’occasione con un post ironico, pubblicato nel giro di poche ore.",
  "La risposta è arrivata con una scena famosa, scelta per strappare un sorriso al pubblico.",
  "Più che la notizia in sé, ha colpito la rapidità con cui è stata trasformata in una battuta.",
  "Le segnalazioni sono arrivate da città diverse, a conferma di un problema esteso.",
  "Gli utenti più pazienti hanno riprovato più volte, ricaricando la pagina senza successo.",
  "Il servizio è tornato lentamente, prima sulle app e poi sul sito.",
  "Non è noto quante persone siano state coinvolte: le fonti non danno numeri.",
];
const HEADINGS = [
  "Che cosa è successo",
  "La reazione del pubblico",
  "Perché ha funzionato",
  "Che cosa non sappiamo",
  "Il contesto",
];

const pad = (n: number) => String(n).padStart(4, "0");
const quote = (text: string) => JSON.stringify(text);

function body(rand: () => number, words: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const parts: string[] = [];
  let count = 0;
  let paragraph = 0;
  while (count < words) {
    if (paragraph % 3 === 0) parts.push(`## ${pick(HEADINGS)}`);
    const sentences = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(SENTENCES));
    const text = sentences.join(" ");
    parts.push(text);
    count += text.split(/\s+/).length;
    if (paragraph === 1) {
      parts.push(
        ["- primo segnale del guasto", "- conferma ufficiale", "- ritorno del servizio"].join("\n"),
      );
    }
    paragraph++;
  }
  return parts.join("\n\n");
}

function day(rand: () => number): string {
  const month = 1 + Math.floor(rand() * 12);
  const date = 1 + Math.floor(rand() * 28);
  return `2019-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

/** `dayValue` plus `days`, as YYYY-MM-DD. */
function addDays(dayValue: string, days: number): string {
  const date = new Date(`${dayValue}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function moment(rand: () => number, dayValue: string): string {
  const roll = rand();
  const hour = String(Math.floor(rand() * 24)).padStart(2, "0");
  const minute = String(Math.floor(rand() * 60)).padStart(2, "0");
  if (roll < 0.4) return `${dayValue}T${hour}:${minute}:00+01:00`;
  if (roll < 0.6) return `{ at: ${dayValue}T${hour}:${minute}:00+01:00, approx: true }`;
  if (roll < 0.85) return `{ day: ${dayValue}, part: ${PARTS[Math.floor(rand() * PARTS.length)]} }`;
  return dayValue;
}

function sources(rand: () => number, n: number): string {
  const lines = ["sources:"];
  for (let i = 0; i < 1 + Math.floor(rand() * 3); i++) {
    lines.push(`  - title: ${quote(`Fonte ${i + 1} sull’articolo ${n}: perché è successo`)}`);
    lines.push(`    publisher: Giornale di Città`);
    lines.push(`    url: https://example.com/articolo-${n}-${i}`);
  }
  return lines.join("\n");
}

function tags(rand: () => number): string {
  const chosen = new Set<string>();
  while (chosen.size < 2) chosen.add(TAGS[Math.floor(rand() * TAGS.length)]);
  return `tags:\n${[...chosen].map((tag) => `  - ${tag}`).join("\n")}`;
}

/** How many entries of each kind a corpus of `articles` articles has. */
export function corpusShape(articles: number): CorpusShape {
  const dossierCount = Math.max(1, Math.round(articles / 50));
  const outageCount = Math.max(1, Math.round(articles * 0.3));
  const caseCount = Math.max(1, articles - outageCount - dossierCount);
  const brandCount = Math.max(3, Math.round(articles / 25));
  const ids = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}-${pad(i + 1)}`);
  return {
    brands: ids("marchio", brandCount),
    outages: ids("blackout", outageCount),
    cases: ids("caso", caseCount),
    dossier: ids("dossier", dossierCount),
  };
}

export function generateCorpus({ articles, seed = 2018 }: CorpusOptions): CorpusFile[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const shape = corpusShape(articles);
  const files: CorpusFile[] = [];

  shape.brands.forEach((id, i) => {
    const color = `#${Math.floor(rand() * 0xffffff)
      .toString(16)
      .padStart(6, "0")}`;
    files.push({
      path: `brands/${id}.yaml`,
      text: [
        `name: ${quote(`${BRAND_NAMES[i % BRAND_NAMES.length]} ${i + 1}`)}`,
        `kind: ${KINDS[i % KINDS.length]}`,
        `color: "${color}"`,
        `website: https://example.com/${id}/`,
        `description: ${quote("Un marchio inventato per misurare la build: è più veloce di così?")}`,
      ].join("\n"),
    });
  });

  // A case reacts to its outage, or answers a post, on the day it began or a little later.
  const startDays = new Map<string, string>();
  shape.outages.forEach((id, i) => {
    const start = day(rand);
    startDays.set(id, start);
    files.push({
      path: `outages/${id}.mdx`,
      text: `---
title: ${quote(`#Blackout${i + 1}: lo schermo è diventato nero per ${pick(BRAND_NAMES)}`)}
description: ${quote("Un guasto inventato, raccontato con le stesse regole degli articoli veri: niente orari inventati.")}
published: 2020-01-${String(1 + (i % 28)).padStart(2, "0")}
brand: ${pick(shape.brands)}
hashtag: "#Blackout${i + 1}"
start: ${moment(rand, start)}
scope: ${pick(SCOPES)}
regions:
  - Italia
symptoms:
  - schermo nero
  - messaggio d’errore
statements:
  - who: Ufficio stampa
    text: Stiamo lavorando per risolvere il problema il più presto possibile
${sources(rand, i)}
${tags(rand)}
---

${body(rand, 450 + Math.floor(rand() * 300))}
`,
    });
  });

  const caseDays = new Map<string, string>();
  const casesOf = new Map<string, string[]>();
  shape.cases.forEach((id, i) => {
    const outage = rand() < 0.7 ? pick(shape.outages) : undefined;
    const trigger = outage ? `outage: ${outage}` : `event: ${quote("La festa della città")}`;
    // A post answers another about the same outage, as on a real day.
    const earlier = outage ? (casesOf.get(outage) ?? []) : shape.cases.slice(0, i);
    const answered = earlier.length > 0 && rand() < 0.2 ? pick(earlier) : undefined;
    if (outage) casesOf.set(outage, [...(casesOf.get(outage) ?? []), id]);
    const answer = answered ? `\ninResponseTo: ${answered}` : "";
    // A day or two after the latest of what it reacts to: its outage's start, the post it
    // answers (the day after, at the generator's fixed +01:00, is past either in Rome time).
    const after = [outage && startDays.get(outage), answered && caseDays.get(answered)]
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1);
    const caseDay = after ? addDays(after, 1 + Math.floor(rand() * 2)) : day(rand);
    caseDays.set(id, caseDay);
    const date = moment(rand, caseDay);
    files.push({
      path: `cases/${id}.mdx`,
      text: `---
title: ${quote(`Il post di ${pick(BRAND_NAMES)} che ha trasformato un guasto in una battuta (${i + 1})`)}
description: ${quote("Un caso inventato di instant marketing: che cosa mostrava il post e perché è piaciuto.")}
published: 2020-02-${String(1 + (i % 28)).padStart(2, "0")}
brand: ${pick(shape.brands)}
platform: ${pick(PLATFORMS)}
date: ${date}
${trigger}${answer}
post:
  account: ${quote(pick(BRAND_NAMES))}
  media: Una scena di una serie famosa, usata come abbraccio simbolico.
${sources(rand, i)}
${tags(rand)}
---

${body(rand, 350 + Math.floor(rand() * 250))}
`,
    });
  });

  shape.dossier.forEach((id, i) => {
    const outages = shape.outages.slice(i * 5, i * 5 + 5);
    const cases = shape.cases.slice(i * 8, i * 8 + 8);
    files.push({
      path: `dossier/${id}.mdx`,
      text: `---
title: ${quote(`Dossier ${i + 1}: una giornata di schermi neri`)}
description: ${quote("Una storia lunga che lega blackout e reazioni dei marchi, generata per i test.")}
published: 2020-03-${String(1 + (i % 28)).padStart(2, "0")}
outages: [${(outages.length ? outages : shape.outages.slice(0, 1)).join(", ")}]
cases: [${(cases.length ? cases : shape.cases.slice(0, 1)).join(", ")}]
${sources(rand, i)}
${tags(rand)}
---

${body(rand, 900)}
`,
    });
  });

  return files;
}
