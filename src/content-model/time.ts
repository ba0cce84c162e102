/**
 * Honest times: a moment is stored with exactly the precision the sources give.
 *
 * - `minute`: known to the minute, with its UTC offset (`2018-06-12T20:25:00+02:00`);
 *   `approx` marks a minute the sources give as "circa".
 * - `day`: only the calendar day is known (`2018-06-12`).
 * - `part`: only the part of a day is known ("in serata", "nella notte").
 * - `span`: only the two minutes it lies between are known ("tra le 17:30 e le 21:00 circa",
 *   when a post is known to have come out during an outage of known times).
 * - `month`: only the month is known (`2018-05`).
 * - `period`: only a span of months is known ("tra marzo e giugno 2018").
 *
 * Every date the site prints goes through `formatWhen`, so a rough time is never shown as a
 * made-up minute.
 */
export const TIME_ZONE = "Europe/Rome";
export const LOCALE = "it-IT";

export const DAY_PARTS = ["morning", "afternoon", "evening", "night"] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export type When =
  | { precision: "minute"; instant: Date; approx: boolean }
  | { precision: "day"; day: string }
  | { precision: "part"; day: string; part: DayPart }
  | { precision: "span"; from: Date; to: Date; approx: boolean }
  | { precision: "month"; month: string }
  | { precision: "period"; from: string; to: string };

/** Wall-clock hours (Europe/Rome) that each part of a day covers; night is the small hours. */
export const DAY_PART_HOURS: Record<DayPart, [from: number, to: number]> = {
  night: [0, 6],
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 24],
};

const DAY_PART_LABEL: Record<DayPart, string> = {
  morning: "in mattinata",
  afternoon: "nel pomeriggio",
  evening: "in serata",
  night: "nella notte",
};

const dayFormatter = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
});
const clockFormatter = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const partsFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Rome calendar day (`YYYY-MM-DD`) of an instant. */
export function romeDay(instant: Date): string {
  return romeDays(instant);
}

/**
 * An `Intl` call costs far more than a map lookup, and every timeline of a build asks for
 * the same hours and days again: each instant is formatted once per process.
 */
function perInstant<T>(compute: (instant: Date) => T): (instant: Date) => T {
  const known = new Map<number, T>();
  return (instant) => {
    const ms = instant.getTime();
    let value = known.get(ms);
    if (value === undefined) {
      value = compute(instant);
      known.set(ms, value);
    }
    return value;
  };
}

const romeDays = perInstant((instant) => {
  const parts = Object.fromEntries(
    partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
});

/** The UTC instant of a Rome wall-clock time; `hour` may be 24 for the end of the day. */
export function romeWallTime(day: string, hour = 0, minute = 0): Date {
  const key = `${day}T${hour}:${minute}`;
  let ms = wallTimeCache.get(key);
  if (ms === undefined) {
    const [y, m, d] = day.split("-").map(Number);
    const asUtc = Date.UTC(y, m - 1, d, hour, minute);
    // The offset is read at the guessed instant and once more at the corrected one, which
    // settles both sides of a daylight-saving change.
    const guess = asUtc - offsetMinutes(new Date(asUtc)) * 60_000;
    ms = asUtc - offsetMinutes(new Date(guess)) * 60_000;
    wallTimeCache.set(key, ms);
  }
  return new Date(ms);
}

/**
 * Reading an offset costs an `Intl` call; sorting thousands of articles on every page asks for
 * the same few wall times again and again, so each is computed once per process.
 */
const wallTimeCache = new Map<string, number>();

function offsetMinutes(instant: Date): number {
  const p = Object.fromEntries(
    partsFormatter.formatToParts(instant).map((x) => [x.type, Number(x.value)]),
  );
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

const monthFormatter = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  month: "long",
  year: "numeric",
});
const monthNameFormatter = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: "long" });

/** The first instant of the month after `YYYY-MM`, or of that month with `offset` 0. */
function monthStart(month: string, offset = 0): Date {
  const [y, m] = month.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1 + offset, 1));
  return romeWallTime(date.toISOString().slice(0, 10));
}

/** `maggio 2018` */
export function formatMonth(month: string): string {
  return monthFormatter.format(romeWallTime(`${month}-15`, 12));
}

/** A day or only a month, as a source's date is written: `5 ottobre 2021`, `ottobre 2021`. */
export function formatDayOrMonth(value: string): string {
  return /^\d{4}-\d{2}$/.test(value) ? formatMonth(value) : formatDay(value);
}

/** `12 giugno 2018` */
export function formatDay(value: Date | string): string {
  const instant = typeof value === "string" ? romeWallTime(value, 12) : value;
  return dayFormatter.format(instant);
}

/**
 * `del 12 giugno 2018`, `dell’11 giugno 2018`, `dell’1 ottobre 2021`: the day after «di», the
 * preposition elided before a vowel sound (uno, otto, undici).
 */
export function ofDay(value: Date | string): string {
  const day = formatDay(value);
  return /^(1|8|11)\b/.test(day) ? `dell’${day}` : `del ${day}`;
}

/** `20:25` in Rome time. */
export function formatClock(instant: Date): string {
  return clocks(instant);
}

const clocks = perInstant((instant) => clockFormatter.format(instant));

/**
 * The one way the site writes a moment in Italian:
 * `12 giugno 2018, 20:25` · `12 giugno 2018, verso le 20:25` · `11 giugno 2018, in serata`
 * · `12 giugno 2018`.
 */
export function formatWhen(when: When): string {
  let text = formattedWhens.get(when);
  if (text === undefined) {
    text = writeWhen(when);
    formattedWhens.set(when, text);
  }
  return text;
}

/** Every list and card repeats an article's date: `Intl` formats each moment only once. */
const formattedWhens = new WeakMap<When, string>();

function writeWhen(when: When): string {
  switch (when.precision) {
    case "minute": {
      const clock = formatClock(when.instant);
      return `${formatDay(when.instant)}, ${when.approx ? "verso le " : ""}${clock}`;
    }
    case "day":
      return formatDay(when.day);
    case "part":
      return `${formatDay(when.day)}, ${DAY_PART_LABEL[when.part]}`;
    case "span":
      return romeDay(when.from) === romeDay(when.to)
        ? `${formatDay(when.from)}, ${formatTimeOfDay(when)}`
        : `tra il ${formatDay(when.from)}, ${formatClock(when.from)}, e il ${formatDay(when.to)}, ${formatClock(when.to)}${when.approx ? " circa" : ""}`;
    case "month":
      return formatMonth(when.month);
    case "period":
      return formatPeriod(when.from, when.to);
  }
}

/** `tra marzo e giugno 2018`, `tra dicembre 2017 e marzo 2018` */
function formatPeriod(from: string, to: string): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const start = sameYear
    ? monthNameFormatter.format(romeWallTime(`${from}-15`, 12))
    : formatMonth(from);
  return `tra ${start} e ${formatMonth(to)}`;
}

/** Only the time of day, for timelines within a known day: `20:25`, `verso le 17:30`, `in serata`. */
export function formatTimeOfDay(when: When): string {
  switch (when.precision) {
    case "minute": {
      const clock = formatClock(when.instant);
      return when.approx ? `verso le ${clock}` : clock;
    }
    case "day":
    case "month":
    case "period":
      return "ora non nota";
    case "part":
      return DAY_PART_LABEL[when.part];
    case "span":
      return `tra le ${formatClock(when.from)} e le ${formatClock(when.to)}${when.approx ? " circa" : ""}`;
  }
}

/** Whether a moment can be placed within a day: known to the minute, the part or the span. */
export function hasTimeOfDay(when: When): boolean {
  return when.precision === "minute" || when.precision === "part" || when.precision === "span";
}

/** Every instant something could be, in milliseconds: from the earliest to the latest. */
export interface Span {
  from: number;
  to: number;
}

/**
 * Every instant a moment could be: a single instant when known to the minute. A minute the
 * sources give as approximate ("verso le 20:25") is widened by `approxMinutes` on either side,
 * which only the charts ask for, to draw it as the short stretch it is.
 */
export function whenSpan(when: When, { approxMinutes = 0 } = {}): Span {
  switch (when.precision) {
    case "minute": {
      const t = when.instant.getTime();
      const margin = when.approx ? approxMinutes * 60_000 : 0;
      return { from: t - margin, to: t + margin };
    }
    case "day":
      return hoursOfDay(when.day, 0, 24);
    case "part": {
      const [from, to] = DAY_PART_HOURS[when.part];
      return hoursOfDay(when.day, from, to);
    }
    case "span":
      return { from: when.from.getTime(), to: when.to.getTime() };
    case "month":
      return { from: monthStart(when.month).getTime(), to: monthStart(when.month, 1).getTime() };
    case "period":
      return { from: monthStart(when.from).getTime(), to: monthStart(when.to, 1).getTime() };
  }
}

/** From one Rome wall-clock hour of a day to another (24 is the day's end). */
const hoursOfDay = (day: string, from: number, to: number): Span => ({
  from: romeWallTime(day, from).getTime(),
  to: romeWallTime(day, to).getTime(),
});

/** A sortable number: the earliest instant the moment could be. */
export function sortKey(when: When): number {
  let key = sortKeys.get(when);
  if (key === undefined) {
    key = whenSpan(when).from;
    sortKeys.set(when, key);
  }
  return key;
}

/** Content values are never mutated, so a moment's key can be kept as long as the moment. */
const sortKeys = new WeakMap<When, number>();

/**
 * The machine-readable value for `<time datetime>`: as precise as the moment, never more
 * (a period gives its first month).
 */
export function isoOf(when: When): string {
  switch (when.precision) {
    case "minute":
      return when.instant.toISOString();
    case "day":
    case "part":
      return when.day;
    case "span":
      return romeDay(when.from);
    case "month":
      return when.month;
    case "period":
      return when.from;
  }
}

const dayMonthFormatters = {
  long: new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: "numeric", month: "long" }),
  short: new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: "numeric", month: "short" }),
};

/**
 * `11 giugno` (or `11 giu` when short): a day without its year, for charts whose caption
 * already gives the year.
 */
export function formatDayMonth(day: string, style: "long" | "short" = "long"): string {
  return dayMonthFormatters[style].format(romeWallTime(day, 12));
}

/** The Rome wall-clock hour (0–23) of an instant. */
export function romeHour(instant: Date): number {
  return Number(formatClock(instant).slice(0, 2));
}

/** Whether a value is an already parsed moment (rather than one as an author writes it). */
export function isWhen(value: unknown): value is When {
  return (
    typeof value === "object" &&
    value !== null &&
    "precision" in value &&
    typeof (value as { precision: unknown }).precision === "string"
  );
}
