/**
 * Sizes an article never needs, measured by one linear pass over the text before any parser
 * sees it. The MDX compiler and the bundler after it are recursive native code: thousands of
 * nested brackets, quotes, lists or tags exhaust their stack and end the process with a
 * signal; and the compiler's time grows faster than linearly with the length of a paragraph
 * and the number of `{…}` in it (measured: 40 000 characters of `{1}` in one paragraph take
 * a second, 180 000 take twenty). Below these limits a generator test
 * (tests/unit/mdx-differential.test.ts) compiles the deepest and longest inputs quickly.
 */

export const BODY_LIMITS = {
  /** Characters in the file: the longest article is about 20 000. */
  characters: 200_000,
  /** Characters on one line: a paragraph written on one line is about 1 500. */
  lineCharacters: 10_000,
  /** Characters in one block of lines without a blank line: a paragraph, a table, a component. */
  blockCharacters: 10_000,
  /** `{` in the whole file: a Timeline of 20 events needs about 60. */
  braces: 1_000,
  /** Open `{`, `[` and `(` at once: a Timeline's events need 4. */
  brackets: 32,
  /** Open tags at once (`<div>` inside `<SourceNote>` …). */
  elements: 16,
  /** Quotes `>` and list markers at the start of one line, and its indentation / 2. */
  containers: 16,
} as const;

export interface LimitProblem {
  line?: number;
  column?: number;
  found: string;
  expected: string;
}

/** The first limit the text exceeds, or undefined; linear in the text's length. */
export function exceededLimit(text: string): LimitProblem | undefined {
  if (text.length > BODY_LIMITS.characters) {
    return {
      found: `un file di ${text.length} caratteri`,
      expected: `al massimo ${BODY_LIMITS.characters} caratteri: dividi l’articolo`,
    };
  }
  let line = 1;
  let lineStart = 0;
  let brackets = 0;
  let elements = 0;
  let atLineStart = true;
  let containers = 0;
  let indent = 0;
  let braces = 0;
  let blockStart = 0;
  let blockLine = 1;
  /** Containers open on this line: quotes and list markers, and indentation / 2 before text. */
  const tooDeep = (at: number, withIndent: boolean): LimitProblem | undefined =>
    containers + (withIndent ? Math.max(0, Math.floor(indent / 2)) : 0) > BODY_LIMITS.containers
      ? {
          line,
          column: at - lineStart + 1,
          found: "citazioni `>` o elenchi annidati troppo in profondità",
          expected: `al massimo ${BODY_LIMITS.containers} livelli di citazioni ed elenchi`,
        }
      : undefined;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === "\n") {
      // A line of spaces alone is blank (the frontmatter, blanked as the compiler gets it).
      if (!atLineStart && at - lineStart > BODY_LIMITS.lineCharacters) return longLine(line);
      // A line of markers alone (`>>>>…`) opens its containers too; blank lines open none.
      const deep = atLineStart ? tooDeep(at, false) : undefined;
      if (deep) return deep;
      if (atLineStart && containers === 0) {
        blockStart = at + 1; // a blank line ends the block
        blockLine = line + 1;
      } else if (at - blockStart > BODY_LIMITS.blockCharacters) {
        return longBlock(blockLine);
      }
      line += 1;
      lineStart = at + 1;
      atLineStart = true;
      containers = 0;
      indent = 0;
      continue;
    }
    if (atLineStart) {
      // Indentation counts before the first marker only (`indent` is -1 after it).
      if (char === " ") indent += indent < 0 ? 0 : 1;
      else if (char === "\t") indent += indent < 0 ? 0 : 4;
      else if (char === "\r") {
        // the end of a Windows line
      } else if (
        char === ">" ||
        ((char === "-" || char === "*" || char === "+") && isSpace(text[at + 1]))
      ) {
        containers = marked(containers, indent);
        indent = -1;
      } else {
        const marker = /^[0-9]{1,9}[.)](?=[ \t\n]|$)/.exec(text.slice(at, at + 12));
        if (marker) {
          containers = marked(containers, indent);
          indent = -1;
          at += marker[0].length - 1;
        } else {
          atLineStart = false;
          const deep = tooDeep(at, true);
          if (deep) return deep;
        }
      }
      if (atLineStart) continue;
    }
    if (char === "{" && ++braces > BODY_LIMITS.braces) {
      return {
        line,
        column: at - lineStart + 1,
        found: `più di ${BODY_LIMITS.braces} graffe {`,
        expected: `al massimo ${BODY_LIMITS.braces} graffe { in un articolo (nel testo si scrivono \\{ e \\})`,
      };
    }
    if (char === "{" || char === "[" || char === "(") {
      brackets += 1;
      if (brackets > BODY_LIMITS.brackets) {
        return {
          line,
          column: at - lineStart + 1,
          found: `${brackets} parentesi aperte una dentro l’altra`,
          expected: `al massimo ${BODY_LIMITS.brackets} parentesi { [ ( aperte insieme`,
        };
      }
    } else if (char === "}" || char === "]" || char === ")") {
      brackets = Math.max(0, brackets - 1);
    } else if (char === "<") {
      if (text[at + 1] === "/") elements = Math.max(0, elements - 1);
      else if (/[A-Za-z]/.test(text[at + 1] ?? "")) {
        elements += 1;
        if (elements > BODY_LIMITS.elements) {
          return {
            line,
            column: at - lineStart + 1,
            found: `${elements} tag aperti uno dentro l’altro`,
            expected: `al massimo ${BODY_LIMITS.elements} tag aperti insieme`,
          };
        }
      }
    } else if (char === "/" && text[at + 1] === ">") {
      elements = Math.max(0, elements - 1);
    }
  }
  if (!atLineStart && text.length - lineStart > BODY_LIMITS.lineCharacters) {
    return longLine(line);
  }
  if (text.length - blockStart > BODY_LIMITS.blockCharacters) return longBlock(blockLine);
  return atLineStart ? tooDeep(text.length, false) : undefined;
}

/** One more container, and the lists the indentation before the first marker nests it in. */
function marked(containers: number, indent: number): number {
  return containers + 1 + (indent > 0 ? Math.floor(indent / 2) : 0);
}

function isSpace(char: string | undefined): boolean {
  return char === " " || char === "\t" || char === "\n" || char === undefined;
}

function longBlock(line: number): LimitProblem {
  return {
    line,
    found: "un paragrafo (righe senza una riga vuota in mezzo) troppo lungo",
    expected: `paragrafi, tabelle e componenti di al massimo ${BODY_LIMITS.blockCharacters} caratteri: separali con una riga vuota`,
  };
}

function longLine(line: number): LimitProblem {
  return {
    line,
    found: "una riga troppo lunga",
    expected: `righe di al massimo ${BODY_LIMITS.lineCharacters} caratteri: vai a capo tra una frase e l’altra`,
  };
}
