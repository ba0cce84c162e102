/**
 * The HTML an author may write in an article's body: the allowed tags, each with its
 * attributes, the tags and attributes refused by name (with why), and the values each
 * attribute takes. The body rules (`mdx-rules.ts`) apply them to the compiler's tree.
 */
import { isSiteId } from "../mdx-components/component-props.ts";
import { isSafeUrl, URL_RULE } from "../content-model/safe-url.ts";

/** HTML an author may write in MDX, each tag with the attributes it takes beyond `GLOBAL_ATTRIBUTES`. */
export const HTML_ELEMENTS: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    [
      ...["p", "br", "hr", "em", "strong", "b", "i", "u", "s", "mark", "small", "sub", "sup"],
      ...["abbr", "cite", "dfn", "span", "code", "kbd", "figure", "figcaption", "ul", "dl"],
      ...["dt", "dd", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody"],
      ...["tfoot", "tr", "summary", "div", "section", "aside"],
    ].map((tag) => [tag, []]),
  ),
  a: ["href", "hreflang", "rel", "target"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite", "datetime"],
  ins: ["cite", "datetime"],
  time: ["datetime"],
  ol: ["start", "reversed", "type"],
  li: ["value"],
  th: ["colspan", "rowspan", "scope"],
  td: ["colspan", "rowspan"],
  details: ["open"],
};

/** Attributes any allowed tag takes. */
export const GLOBAL_ATTRIBUTES = ["id", "title", "lang"] as const;

/** Tags refused by name, with why: they run code, load other sites or redirect readers. */
export const REFUSED_ELEMENTS: Record<string, string> = {
  script: "esegue codice",
  iframe: "incorpora un altro sito",
  object: "incorpora contenuti esterni",
  embed: "incorpora contenuti esterni",
  meta: "può mandare i lettori altrove (refresh)",
  base: "cambia l’indirizzo di tutti i link",
  form: "invia dati",
  link: "carica risorse esterne",
  style: "cambia l’aspetto di tutto il sito",
  svg: "può contenere script e link",
  img: "carica l’immagine senza ottimizzarla: usa ![descrizione](./immagini/file.png)",
};

/** Attributes refused by name on every tag and component, with why (the rest: not listed). */
export function refusedAttribute(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (name.includes(":")) {
    return "nessuna direttiva di Astro (set:html, class:list, client:…, server:…, is:…, transition:…): inietterebbero HTML o codice";
  }
  if (lower.startsWith("on")) return "nessun attributo on…: eseguirebbe codice";
  if (lower === "class" || lower === "classname" || lower === "style") {
    return `nessun attributo ${name}: l’aspetto lo decide il sito, e una classe può coprire o nascondere le sue parti`;
  }
  if (
    [
      "ping",
      "background",
      "longdesc",
      "lowsrc",
      "dynsrc",
      "codebase",
      "formaction",
      "srcdoc",
    ].includes(lower)
  ) {
    return `nessun attributo ${name}: manda i lettori o i loro dati altrove`;
  }
  return undefined;
}

const REL_TOKENS = new Set([
  "nofollow",
  "noopener",
  "noreferrer",
  "external",
  "ugc",
  "sponsored",
  "license",
]);

/** Whether an attribute's value is one its name allows. */
export function attributeProblem(name: string, value: unknown): string | undefined {
  if (name === "href" || name === "cite") {
    return typeof value === "string" && isSafeUrl(value) ? undefined : URL_RULE;
  }
  if (name === "id") {
    if (typeof value !== "string" || !/^[a-z][a-z0-9-]{0,63}$/.test(value))
      return "un id di lettere minuscole, cifre e trattini";
    return isSiteId(value) ? "un id che il sito non usa già per una sua parte" : undefined;
  }
  if (name === "target") return value === "_blank" ? undefined : "_blank, o nessun target";
  if (name === "rel") {
    const tokens =
      typeof value === "string" ? value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    return tokens.length && tokens.every((token) => REL_TOKENS.has(token))
      ? undefined
      : `parole tra queste: ${[...REL_TOKENS].join(", ")} (mai opener)`;
  }
  if (name === "lang" || name === "hreflang") {
    return typeof value === "string" && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)
      ? undefined
      : "un codice di lingua come it o en-GB";
  }
  if (["colspan", "rowspan", "start", "value"].includes(name)) {
    return /^[0-9]{1,4}$/.test(String(value)) ? undefined : "un numero intero";
  }
  if (name === "open" || name === "reversed")
    return value === true ? undefined : "l’attributo da solo, senza valore";
  if (name === "scope")
    return ["row", "col", "rowgroup", "colgroup"].includes(String(value))
      ? undefined
      : "row, col, rowgroup o colgroup";
  if (name === "type")
    return ["1", "a", "A", "i", "I"].includes(String(value)) ? undefined : "1, a, A, i o I";
  if (typeof value !== "string" || value.length > 500)
    return "un testo di al massimo 500 caratteri";
  return undefined;
}
