/**
 * A strict RFC 4180 reader for the tests of `/dati/`: it reads what the site writes, and
 * throws on what RFC 4180 forbids (a quote inside an unquoted field, text after a closing
 * quote, a bare CR or LF as a line end), so a file that only looks right fails.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = "";
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error(`CSV: unclosed quote from ${at}`);
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at++;
      }
    } else {
      const end = text.slice(at).search(/[,\r\n]/);
      field = end < 0 ? text.slice(at) : text.slice(at, at + end);
      if (field.includes('"')) throw new Error(`CSV: a quote inside an unquoted field at ${at}`);
      at += field.length;
    }
    row.push(field);
    if (text[at] === ",") {
      at++;
    } else if (text.startsWith("\r\n", at) || at === text.length) {
      rows.push(row);
      row = [];
      at += 2;
    } else {
      throw new Error(`CSV: expected a comma or CRLF at ${at}, found ${JSON.stringify(text[at])}`);
    }
  }
  const widths = new Set(rows.map((r) => r.length));
  if (widths.size > 1) throw new Error(`CSV: rows of ${[...widths].join(", ")} fields`);
  return rows;
}

/** The items of a `|`-joined cell, `\|` and `\\` read back; an empty cell is no item. */
export function splitList(cell: string): string[] {
  if (cell === "") return [];
  const items = [""];
  for (let at = 0; at < cell.length; at++) {
    const char = cell[at];
    if (char === "\\") items[items.length - 1] += cell[++at];
    else if (char === "|") items.push("");
    else items[items.length - 1] += char;
  }
  return items;
}
