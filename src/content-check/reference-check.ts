/**
 * The references between entries, checked once every file is read: each names an entry that
 * exists (or says which slugs are close), a page readers see links only to pages they can see
 * too, and a post comes no earlier than what it reacts to.
 */
import { COLLECTIONS, type EntryReference } from "../content-model/schema.ts";
import { goesLiveAt, publicationStatus, type Publishable } from "../content-model/publishing.ts";
import { closestMatches } from "../content-model/strings.ts";
import { formatWhen, whenSpan, type When } from "../content-model/time.ts";
import type { CheckedEntry, ContentProblem } from "./content-check.ts";
import { fieldName } from "./entry-schema-check.ts";

/** Every reference in an entry's data, with its path. */
function collectReferences(
  value: unknown,
  path: PropertyKey[],
  into: Array<{ path: PropertyKey[]; ref: EntryReference }>,
) {
  if (value === null || typeof value !== "object" || value instanceof Date) return;
  const candidate = value as Partial<EntryReference>;
  if (
    typeof candidate.id === "string" &&
    typeof candidate.collection === "string" &&
    (COLLECTIONS as readonly string[]).includes(candidate.collection)
  ) {
    into.push({ path, ref: candidate as EntryReference });
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    collectReferences(child, [...path, Array.isArray(value) ? Number(key) : key], into);
  }
}

/**
 * Readers never follow a link to a page they cannot see: a page that is not a draft may
 * point only to entries that go live no later than it does.
 */
function unpublishedTarget(
  entry: CheckedEntry,
  target: CheckedEntry,
  now: Date,
): Pick<ContentProblem, "found" | "expected"> | undefined {
  const from = entry.data as Publishable;
  const to = target.data as Publishable;
  if (publicationStatus(from, now) === "draft") return undefined;
  const status = publicationStatus(to, now);
  if (status === "draft") {
    return {
      found: `${JSON.stringify(target.id)}, che è una bozza`,
      expected: "una voce pubblicata: una pagina pubblicata non può rimandare a una bozza",
    };
  }
  if (status === "scheduled" && goesLiveAt(to)! > (goesLiveAt(from) ?? now)) {
    return {
      found: `${JSON.stringify(target.id)}, che è programmata per il ${formatWhen(to.published!)}`,
      expected:
        "una voce pubblicata non più tardi di questa pagina: i lettori troverebbero un link a una pagina che ancora non esiste",
    };
  }
  return undefined;
}

/** How far either way an approximate minute («verso le 20:25») may be, for `reactsTooEarly`. */
const APPROX_MINUTES = 60;

/** When a reaction's target happened: an outage's start, a post's date. */
function momentOf(entry: CheckedEntry): When | undefined {
  if (entry.collection === "outages") return (entry.data as { start: When }).start;
  if (entry.collection === "cases") return (entry.data as { date: When }).date;
  return undefined;
}

/**
 * A case's post reacts to its outage (`outage`) or answers another post (`inResponseTo`):
 * it cannot have been published, however its date is read, before that began.
 */
function reactsTooEarly(
  entry: CheckedEntry,
  field: PropertyKey[],
  target: CheckedEntry,
): ContentProblem | undefined {
  if (entry.collection !== "cases" || field.length !== 1) return undefined;
  if (field[0] !== "outage" && field[0] !== "inResponseTo") return undefined;
  const date = (entry.data as { date: When }).date;
  const began = momentOf(target);
  if (!began) return undefined;
  const margin = { approxMinutes: APPROX_MINUTES };
  if (whenSpan(date, margin).to >= whenSpan(began, margin).from) return undefined;
  const outage = target.collection === "outages";
  return {
    file: entry.file,
    field: "date",
    found: `${formatWhen(date)}, prima ${outage ? "del blackout" : "del post"} ${JSON.stringify(target.id)} (${formatWhen(began)})`,
    expected: outage
      ? "una data non precedente all’inizio del blackout: un post non può reagire a un guasto che non c’era ancora"
      : "una data non precedente al post a cui risponde",
  };
}

/** Every reference of every entry: to an entry that exists, and that readers can see. */
export function checkReferences(entries: CheckedEntry[], now: Date): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byCollection = new Map<string, Map<string, CheckedEntry>>();
  for (const entry of entries) {
    if (!byCollection.has(entry.collection)) byCollection.set(entry.collection, new Map());
    byCollection.get(entry.collection)!.set(entry.id, entry);
  }
  for (const entry of entries) {
    const refs: Array<{ path: PropertyKey[]; ref: EntryReference }> = [];
    collectReferences(entry.data, [], refs);
    for (const { path, ref } of refs) {
      const pool = byCollection.get(ref.collection) ?? new Map<string, CheckedEntry>();
      const target = pool.get(ref.id);
      if (!target) {
        const closest = closestMatches(ref.id, [...pool.keys()]);
        problems.push({
          file: entry.file,
          field: fieldName(path),
          found: JSON.stringify(ref.id),
          expected: `lo slug di una voce che esiste in ${ref.collection}/${
            closest.length
              ? ` (forse: ${closest.join(", ")})`
              : pool.size
                ? ": nessuna ha uno slug simile; se la voce è ancora da scrivere, creala prima"
                : " (per ora non ce n’è nessuna)"
          }`,
        });
      } else {
        const problem = unpublishedTarget(entry, target, now);
        if (problem) problems.push({ file: entry.file, field: fieldName(path), ...problem });
        const early = reactsTooEarly(entry, path, target);
        if (early) problems.push(early);
      }
    }
  }
  return problems;
}
