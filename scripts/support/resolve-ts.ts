/**
 * Lets the author commands run `src/lib` directly with Node's type stripping: the site's
 * modules import each other without the `.ts` extension (Vite resolves it, Node does not),
 * so a relative import that names no file is retried with `.ts`.
 */
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith("./") || specifier.startsWith("../");
    if (!relative || /\.[cm]?[jt]s$/.test(specifier)) return nextResolve(specifier, context);
    try {
      return nextResolve(`${specifier}.ts`, context);
    } catch {
      return nextResolve(specifier, context);
    }
  },
});
