import { countLabel } from "./strings.ts";
import type { When } from "./time.ts";

/**
 * How long an outage lasted, in Italian, or `undefined` when the sources do not allow it:
 * a duration is computed only when both ends are known to the minute.
 */
export function formatDuration(start: When, end: When | undefined): string | undefined {
  if (!end || start.precision !== "minute" || end.precision !== "minute") return undefined;
  const minutes = Math.round((end.instant.getTime() - start.instant.getTime()) / 60_000);
  if (minutes <= 0) return undefined;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours ? countLabel(hours, "ora", "ore") : "",
    rest ? countLabel(rest, "minuto", "minuti") : "",
  ].filter(Boolean);
  const approx = start.approx || end.approx;
  return `${approx ? "circa " : ""}${parts.join(" e ")}`;
}
