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
  /** What the site is and from when it looks back: the home page's first line. */
  framing: string;
  /** The public origin, without a trailing slash: canonical URLs and share images use it. */
  url: string;
  /** The path the site is served under, `/` for a domain root. */
  base: string;
  /** BCP 47 language of every page. */
  lang: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** The main navigation, in order. */
  nav: NavItem[];
}

const env = typeof process === "undefined" ? {} : process.env;

export const site: SiteConfig = {
  name: "Schermo Nero",
  tagline: "Blackout digitali e l’instant marketing che li segue",
  framing:
    "Uno sguardo dal 2026 su un giorno di giugno 2018, quando Netflix, Instagram e la Rai si sono spenti a poche ore l’uno dall’altro, e sui marchi che ne hanno fatto una conversazione.",
  url: (env.SITE_URL || "https://schermonero.it").replace(/\/$/, ""),
  base: env.BASE_PATH || "/",
  lang: "it",
  ogLocale: "it_IT",
  nav: [
    { label: "Blackout", href: "/blackout/" },
    { label: "Instant marketing", href: "/instant-marketing/" },
    { label: "Dossier", href: "/dossier/" },
    { label: "Marchi", href: "/marchi/" },
    { label: "Argomenti", href: "/tag/" },
    { label: "Cronologia", href: "/cronologia/" },
    { label: "Cerca", href: "/cerca/" },
  ],
};
