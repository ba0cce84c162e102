/**
 * Moments as authors write them, read into a `When` (`src/content-model/time.ts`) with
 * exactly the precision given: the `when` field and its parts (a day, a month, an instant
 * with its offset), the check of a YAML timestamp's text, and `toWhen` for the moments
 * authors write in a component's props.
 */
import { z } from "astro/zod";
import { DAY_PARTS, isWhen, type When } from "./time.ts";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
export const MONTH_ONLY = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?/;
const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

function isRealDay(day: string): boolean {
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A day, written `2018-06-12`. YAML turns an unquoted day into a Date at UTC midnight, which
 * is read back as the same day.
 */
const month = z
  .string({ error: "atteso un mese nel formato AAAA-MM, come 2018-05" })
  .regex(MONTH_ONLY, { error: "atteso un mese nel formato AAAA-MM, come 2018-05" });

export const day = z
  .union([z.string(), z.date()], {
    error: "atteso una data nel formato AAAA-MM-GG, come 2018-06-12",
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({
          code: "custom",
          message: "atteso un giorno che esiste nel calendario, come 2018-06-12",
        });
        return z.NEVER;
      }
      return value.toISOString().slice(0, 10);
    }
    if (!DATE_ONLY.test(value) || !isRealDay(value)) {
      ctx.addIssue({
        code: "custom",
        message: "atteso una data vera nel formato AAAA-MM-GG, come 2018-06-12",
      });
      return z.NEVER;
    }
    return value;
  });

/** An instant known to the minute, with its UTC offset. */
const instant = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value;
  } else if (DATE_TIME.test(value) && OFFSET.test(value)) {
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime()) && isRealDay(value.slice(0, 10))) return parsed;
  } else if (DATE_TIME.test(value)) {
    ctx.addIssue({
      code: "custom",
      message:
        "atteso l’ora con il suo fuso orario, come 2018-06-12T20:25:00+02:00 (+02:00 è l’ora italiana d’estate, +01:00 quella d’inverno)",
    });
    return z.NEVER;
  }
  ctx.addIssue({
    code: "custom",
    message: "atteso una data e un’ora vere, come 2018-06-12T20:25:00+02:00",
  });
  return z.NEVER;
});

/**
 * A YAML timestamp as written (YAML turns an unquoted `2018-06-12T20:25:00+02:00` into a
 * Date and forgets the offset, reading a time without one as UTC): the same forms the
 * schema accepts as text, or why not. The content check applies it to the text of every
 * timestamp, so quoted or not, a time means the same.
 */
export function timestampProblem(text: string): string | undefined {
  if (DATE_ONLY.test(text)) {
    return isRealDay(text)
      ? undefined
      : "atteso una data vera nel formato AAAA-MM-GG, come 2018-06-12";
  }
  if (!DATE_TIME.test(text)) {
    return "atteso una data e un’ora scritte come 2018-06-12T20:25:00+02:00 (con la T, senza spazi)";
  }
  if (!OFFSET.test(text)) {
    return "atteso l’ora con il suo fuso orario, come 2018-06-12T20:25:00+02:00 (+02:00 è l’ora italiana d’estate, +01:00 quella d’inverno)";
  }
  return isRealDay(text.slice(0, 10))
    ? undefined
    : "atteso una data e un’ora vere, come 2018-06-12T20:25:00+02:00";
}

const isUtcMidnight = (d: Date) =>
  d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;

/**
 * A moment with honest precision. Accepted forms:
 * - `2018-06-12T20:25:00+02:00`: known to the minute;
 * - `{ at: 2018-06-12T17:30:00+02:00, approx: true }`: about that minute;
 * - `2018-06-12`: only the day is known;
 * - `{ day: 2018-06-11, part: evening }`: only the part of the day (morning, afternoon,
 *   evening, night) is known;
 * - `{ from: 2018-06-12T17:30:00+02:00, to: 2018-06-12T21:00:00+02:00, approx: true }`: only
 *   the two minutes it lies between are known (a post out during an outage of known times);
 * - `2018-05`: only the month is known;
 * - `{ from: 2018-03, to: 2018-06 }`: only a span of months is known.
 */
export const when = z
  .union(
    [
      z.string(),
      z.date(),
      z.strictObject({ at: instant, approx: z.boolean().default(false) }),
      z.strictObject({
        day,
        part: z.enum(DAY_PARTS, {
          error: `atteso uno di questi valori: ${DAY_PARTS.join(", ")}`,
        }),
      }),
      z.strictObject({ from: month, to: month }).refine((value) => value.from < value.to, {
        error: "atteso in `from` un mese precedente a quello in `to`",
      }),
      z
        .strictObject({ from: instant, to: instant, approx: z.boolean().default(false) })
        .refine((value) => value.from < value.to, {
          error: "atteso in `from` un’ora precedente a quella in `to`",
        }),
    ],
    {
      error:
        "atteso un momento scritto in una di queste forme: 2018-06-12T20:25:00+02:00, 2018-06-12, 2018-05, { at: …, approx: true }, { day: …, part: evening }, { from: 2018-03, to: 2018-06 } oppure { from: 2018-06-12T17:30:00+02:00, to: 2018-06-12T21:00:00+02:00 }",
    },
  )
  .transform((value, ctx): When => {
    if (typeof value === "string" && MONTH_ONLY.test(value)) {
      return { precision: "month", month: value };
    } else if (typeof value === "string" && DATE_ONLY.test(value)) {
      const parsed = day.safeParse(value);
      if (parsed.success) return { precision: "day", day: parsed.data };
    } else if (value instanceof Date && isUtcMidnight(value)) {
      return { precision: "day", day: value.toISOString().slice(0, 10) };
    } else if (typeof value === "string" || value instanceof Date) {
      const parsed = instant.safeParse(value);
      if (parsed.success) return { precision: "minute", instant: parsed.data, approx: false };
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    } else if ("at" in value) {
      return { precision: "minute", instant: value.at, approx: value.approx };
    } else if ("approx" in value) {
      return { precision: "span", from: value.from, to: value.to, approx: value.approx };
    } else if ("from" in value) {
      return { precision: "period", from: value.from, to: value.to };
    } else {
      return { precision: "part", day: value.day, part: value.part };
    }
    ctx.addIssue({
      code: "custom",
      message: "atteso una data vera nel formato AAAA-MM-GG, come 2018-06-12",
    });
    return z.NEVER;
  });

/** A publication date: a day or a minute, never a rougher moment. */
export const publicationDate = when.refine(
  (value) => value.precision === "day" || value.precision === "minute",
  {
    error:
      "atteso un giorno (2018-06-13) o un’ora con il fuso orario (2018-06-13T09:00:00+02:00), non un momento più vago",
  },
);

/** A moment as an author writes it, in frontmatter or in an MDX component's props. */
export type WhenInput = z.input<typeof when>;

/**
 * A moment as a component receives it: already parsed from frontmatter, or written by an
 * author in MDX (`"2018-06-12T20:25:00+02:00"`, `{ day: "2018-06-11", part: "evening" }`).
 * A malformed one stops the build with what was expected.
 */
export function toWhen(value: When | WhenInput, where = "a component"): When {
  if (isWhen(value)) return value;
  const parsed = when.safeParse(value);
  if (parsed.success) return parsed.data;
  const reasons = parsed.error.issues.map((issue) => issue.message).join("; ");
  throw new Error(`${where}: trovato ${JSON.stringify(value)}; ${reasons}`);
}
