/**
 * Site-wide settings: the one place for the name, address, locale and navigation.
 * The public address comes from `SITE_URL` (and `BASE_PATH`) so a deployment sets it
 * without touching code.
 */

export interface NavItem {
  /** Link text, in Italian. */
  label: string;
  /** Path from the site root, with a trailing slash. */
  href: string;
}

export interface SiteConfig {
  /** The masthead. */
  name: string;
  /** The line under the masthead and the home page's meta description. */
  tagline: string;
  /** The public origin, without a trailing slash: canonical URLs and share images use it. */
  url: string;
  /** The path the site is served under, `/` for a domain root. */
  base: string;
  /** BCP 47 language of every page. */
  lang: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** The home page's welcome: two short sentences that say what the site is and why to read on. */
  framing: string;
  /** The newsroom's address, for reports and corrections (`/chi-siamo/`, the 404 page). */
  contact: string;
  /**
   * The main navigation, in order: at most six items (a build test holds it), the sections a
   * reader chooses among. Everything else is one step away, from the footer and the pages
   * that need it.
   */
  nav: NavItem[];
  /** The rest of the site, in the footer beside the sections: ways to browse, not sections. */
  browse: NavItem[];
  /** The licence of the articles' text and data (the code's is MIT, in LICENSE). */
  contentLicense: { name: string; url: string };
}

const env = typeof process === "undefined" ? {} : process.env;

export const site: SiteConfig = {
  name: "Schermo Nero",
  tagline: "Blackout digitali e l’instant marketing che li segue",
  url: (env.SITE_URL || "https://schermonero.it").replace(/\/$/, ""),
  base: env.BASE_PATH || "/",
  lang: "it",
  ogLocale: "it_IT",
  framing:
    "Quando un servizio digitale si spegne, chi lo usa resta davanti a uno schermo nero, e qualche marchio ci scherza sopra. Qui ricostruiamo quelle giornate dalle fonti e diciamo quando, secondo noi, la battuta regge e quando no.",
  contact: "redazione@schermonero.it",
  nav: [
    { label: "Blackout", href: "/blackout/" },
    { label: "Instant marketing", href: "/instant-marketing/" },
    { label: "Dossier", href: "/dossier/" },
    { label: "Cronologia", href: "/cronologia/" },
    { label: "Cerca", href: "/cerca/" },
    { label: "Chi siamo", href: "/chi-siamo/" },
  ],
  browse: [
    { label: "Atlante", href: "/atlante/" },
    { label: "Marchi", href: "/marchi/" },
    { label: "Argomenti", href: "/tag/" },
    { label: "L’instant marketing, spiegato", href: "/instant-marketing-spiegato/" },
  ],
  contentLicense: {
    name: "CC BY 4.0",
    url: "https://creativecommons.org/licenses/by/4.0/deed.it",
  },
};
