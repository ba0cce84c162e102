import { sitePath } from "../content-model/urls.ts";

export interface Crumb {
  label: string;
  /** Missing for the current page. */
  href?: string;
}

/** The full trail, starting from the home page, shared by the visible trail and JSON-LD. */
export function withHome(items: Crumb[]): Crumb[] {
  return [{ label: "Home", href: sitePath("/") }, ...items];
}
