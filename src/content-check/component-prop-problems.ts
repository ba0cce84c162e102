/**
 * What is wrong with the props an article gives an author component, in words an author
 * reads: each problem names the prop it is about, so the body rules can point at its line.
 */
import {
  AUTHOR_COMPONENTS,
  ImportedPicture,
  type MdxComponentName,
} from "../mdx-components/component-props.ts";
import { excerpt } from "./mdx-tree.ts";

export interface PropProblem {
  /** The prop it is about; empty when it is about none. */
  prop: string;
  found: string;
  expected: string;
}

/** The props' problems against the component's Zod schema; none when they are right. */
export function componentPropProblems(
  name: MdxComponentName,
  props: Record<string, unknown>,
): PropProblem[] {
  const parsed = AUTHOR_COMPONENTS[name].props.safeParse(props);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const prop = issue.code === "unrecognized_keys" ? issue.keys[0] : String(issue.path[0] ?? "");
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(AUTHOR_COMPONENTS[name].props.shape ?? {});
      return {
        prop,
        found: `${[name, ...issue.path.map(String)].join(".")}: ${issue.keys.join(", ")}`,
        expected: `solo le proprietà di <${name}>: ${known.join(", ")}`,
      };
    }
    if (issue.path.length > 0 && valueAt(props, issue.path) === undefined) {
      return {
        prop,
        found: `<${name}> senza ${path}`,
        expected: `la proprietà ${path}, che è obbligatoria (vedi AUTHORING.md)`,
      };
    }
    if (issue.message.startsWith("Invalid") || issue.message.startsWith("Too")) {
      const value = valueAt(props, issue.path);
      return {
        prop,
        found: `<${name}> ${path} = ${excerpt(JSON.stringify(value) ?? String(value))}`,
        expected: `il valore descritto in AUTHORING.md per <${name}>`,
      };
    }
    const value = issue.path.length ? valueAt(props, issue.path) : undefined;
    const shown =
      value === undefined ? "" : ` = ${excerpt(JSON.stringify(value) ?? String(value))}`;
    return {
      prop,
      found: `<${name}> ${path || "(proprietà)"}${shown}`,
      expected: issue.message.replace(/^atteso /, ""),
    };
  });
}

/** The value at a prop's path, an imported picture by its name. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current instanceof ImportedPicture ? current.name : current;
}
