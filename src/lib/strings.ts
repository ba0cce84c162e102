/** Small text helpers shared by pages, feeds and the content validator. */

/** `1 articolo`, `3 articoli`: a number with the noun that agrees with it. */
export function countLabel(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Whether a number, read aloud in Italian, starts with a vowel: «uno», «otto», «undici»,
 * «ottanta», «ottocento», «un milione». The article before a figure agrees with how it is
 * read, not with the noun after it: «gli 8 articoli», «i 16 articoli».
 */
export function readsWithVowel(count: number): boolean {
  let n = Math.floor(Math.abs(count));
  if (n === 0) return false; // «zero»
  // The leading group of three digits decides, except «mille» (one thousand, a consonant).
  let scale = 0;
  while (n >= 1000) {
    if (n < 2000 && scale === 0) return false; // «mille…»
    n = Math.floor(n / 1000);
    scale++;
  }
  if (n === 1) return true; // «uno», «un milione», «un miliardo»
  const hundreds = Math.floor(n / 100);
  if (hundreds > 0) return hundreds === 8; // «ottocento»; «cento», «duecento»… otherwise
  return n === 8 || n === 11 || (n >= 80 && n <= 89);
}

/**
 * «tutti i 16 articoli», «tutti gli 8 articoli», «tutte le 3 fonti»: a whole set, counted,
 * with the article that agrees with the figure. With one item, «l’unico articolo».
 */
export function allOfCount(
  count: number,
  one: string,
  many: string,
  gender: "m" | "f" = "m",
): string {
  if (count === 1) return gender === "m" ? `l’unico ${one}` : `l’unica ${one}`;
  if (gender === "f") return `tutte le ${count} ${many}`;
  return `tutti ${readsWithVowel(count) ? "gli" : "i"} ${count} ${many}`;
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
