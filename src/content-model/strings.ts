/** Small text helpers shared by pages, feeds and the content validator. */

/** `1 articolo`, `3 articoli`: a number with the noun that agrees with it. */
export function countLabel(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The plural definite article of an Italian noun: «le» for a feminine one, and for a masculine
 * one «gli» before a vowel, s + consonant, z, x, y, gn, ps, pn («gli articoli», «gli
 * studi»), «i» otherwise («i casi»).
 */
export function pluralArticle(noun: string, gender: "m" | "f" = "m"): "i" | "gli" | "le" {
  if (gender === "f") return "le";
  return /^([aeiouàèéìòù]|s[^aeiouàèéìòù]|[zxy]|gn|ps|pn)/i.test(noun) ? "gli" : "i";
}

/**
 * «tutti e 16 gli articoli», «tutte e 3 le fonti»: a whole set, counted, as Italian says it
 * with a figure (the article goes with the noun, after the number). Two are «entrambi gli
 * articoli», one is «l’unico articolo».
 */
export function allOfCount(
  count: number,
  one: string,
  many: string,
  gender: "m" | "f" = "m",
): string {
  const article = pluralArticle(many, gender);
  if (count === 1) return gender === "m" ? `l’unico ${one}` : `l’unica ${one}`;
  if (count === 2) return `${gender === "m" ? "entrambi" : "entrambe"} ${article} ${many}`;
  return `${gender === "m" ? "tutti" : "tutte"} e ${count} ${article} ${many}`;
}

/** `Perché è così` → `perche-e-cosi`: lowercase ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Edit distance between two strings (Levenshtein). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidates closest to `wanted`, best first: those within a few edits, or that contain
 * it or are contained by it.
 */
export function closestMatches(wanted: string, candidates: string[], limit = 3): string[] {
  const threshold = Math.max(2, Math.floor(wanted.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate) }))
    .filter(
      ({ candidate, distance }) =>
        distance <= threshold || candidate.includes(wanted) || wanted.includes(candidate),
    )
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

const italianList = new Intl.ListFormat("it", { style: "long", type: "conjunction" });

/** `Facebook, Instagram, WhatsApp e Messenger` */
export function listItalian(items: string[]): string {
  return italianList.format(items);
}

/**
 * Whether a text holds a word longer than `longest` characters: longer than any Italian
 * word («precipitevolissimevolmente» has 26), too long for a narrow column (a 40-letter
 * hashtag). A table cell breaks such a word anywhere; other cells keep the widths the
 * browser gives them.
 */
export function hasLongWord(text: string, longest = 30): boolean {
  return text.split(/\s+/).some((word) => word.length > longest);
}
