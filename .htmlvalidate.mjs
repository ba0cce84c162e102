import { defineConfig } from "html-validate";

/** html-validate rules for the built pages (tests/build/static-checks.test.ts runs them). */
export default defineConfig({
  extends: ["html-validate:recommended"],
  rules: {
    // Safari drops list semantics from lists styled `list-style: none`; role="list" restores them.
    "no-redundant-role": "off",
    // Brand colours are content (brands/*.yaml) and reach CSS as custom properties in a
    // style attribute; the CSP allows inline styles on attributes only.
    "no-inline-style": "off",
    // An editorial headline plus the site name often passes 70 characters; search engines
    // shorten it on their own, a reader loses nothing.
    "long-title": "off",
  },
});
