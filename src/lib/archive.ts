import { romeDay, whenRange, type When } from "./time";

export interface ArchiveMonth<T> {
  /** `2018-06` */
  key: string;
  /** `Giugno`: the month's Italian name, capitalised for a heading. */
  label: string;
  items: T[];
}

export interface ArchiveYear<T> {
  /** `2018` */
  year: string;
  months: ArchiveMonth<T>[];
}

const monthNames = new Intl.DateTimeFormat("it-IT", { month: "long", timeZone: "UTC" });

/** `2018-06` → `Giugno` */
export function monthLabel(key: string): string {
  const [year, month] = key.split("-").map(Number);
  const name = monthNames.format(new Date(Date.UTC(year, month - 1, 15)));
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The Rome month a moment falls in; a rough moment (a period) counts from its first month,
 * the earliest it could be.
 */
export function monthOf(when: When): string {
  return romeDay(whenRange(when).from).slice(0, 7);
}

/**
 * Groups items by year and month, keeping the order they come in: give them newest first and
 * years and months come out newest first too.
 */
export function groupByMonth<T>(items: T[], when: (item: T) => When): ArchiveYear<T>[] {
  const years: ArchiveYear<T>[] = [];
  for (const item of items) {
    const key = monthOf(when(item));
    const yearKey = key.slice(0, 4);
    let year = years.find((y) => y.year === yearKey);
    if (!year) years.push((year = { year: yearKey, months: [] }));
    let month = year.months.find((m) => m.key === key);
    if (!month) year.months.push((month = { key, label: monthLabel(key), items: [] }));
    month.items.push(item);
  }
  return years;
}
