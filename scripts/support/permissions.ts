/**
 * The flags that run a Node process under Node's permission model (`--permission`): it may
 * read the project, Node itself and the temporary folder, and write only where the build
 * writes. Everything else on the machine answers ERR_ACCESS_DENIED, so a tool tricked into
 * reading `/etc/passwd` or `~/.ssh` (as Vite would for an import of an absolute path) stops
 * the build instead of printing the file into a page.
 *
 * Astro's toolchain needs three grants that Node calls dangerous, and they are why this is a
 * seat belt, not a sandbox (docs/architecture.md, "A second wall"):
 * - `--allow-addons`: Rolldown, Satteri, sharp and resvg are native addons;
 * - `--allow-child-process`: Astro runs esbuild's service as a child process;
 * - `--allow-worker`: share images are drawn on a worker thread (which inherits the limits).
 */
import { homedir, tmpdir } from "node:os";
import { dirname, join, parse } from "node:path";

export interface PermissionScope {
  /** The project folder: its sources, node_modules and content. */
  root: string;
  /** More folders to read (another content folder, an output folder elsewhere). */
  reads?: string[];
  /** Every folder the process may write in, and so read (they must exist before it starts). */
  writes: string[];
}

/**
 * Files outside the project that the toolchain only probes, and reads without harm:
 * which libc Rolldown's binding needs (`/usr/bin/ldd`, `/proc/self/exe`), whether this is
 * WSL (Vite), Astro's user preferences.
 */
const PROBES = [
  "/proc/self/exe",
  "/proc/version",
  "/usr/bin/ldd",
  "/run/WSL",
  "/proc/sys/fs/binfmt_misc/WSLInterop",
  join(homedir(), ".config/astro/settings.json"),
];

/** Vite looks for a workspace root and Node for packages in every folder above the project. */
const ABOVE_THE_PROJECT = [
  "package.json",
  "node_modules",
  "pnpm-workspace.yaml",
  "lerna.json",
  "deno.json",
  "deno.jsonc",
];

function ancestors(folder: string): string[] {
  const found: string[] = [];
  for (let current = dirname(folder); ; current = dirname(current)) {
    found.push(current);
    if (current === parse(current).root) return found;
  }
}

export function permissionFlags({ root, reads = [], writes }: PermissionScope): string[] {
  const node = dirname(dirname(process.execPath));
  const readable = [
    root,
    node,
    tmpdir(),
    ...reads,
    // A cache outside the project (ASTRO_CACHE_DIR) is read as well as written.
    ...writes,
    ...PROBES,
    ...ancestors(root).flatMap((folder) => ABOVE_THE_PROJECT.map((name) => join(folder, name))),
  ];
  return [
    "--permission", // stable, and spelt so, since Node 22.13
    "--allow-addons",
    "--allow-child-process",
    "--allow-worker",
    // Node warns at every start that these three grants weaken the model: said once, above.
    "--disable-warning=SecurityWarning",
    ...[...new Set(readable)].map((path) => `--allow-fs-read=${path}`),
    ...[...new Set([...writes, tmpdir()])].map((path) => `--allow-fs-write=${path}`),
  ];
}

/**
 * The flags as `NODE_OPTIONS` holds them, so a command started through its `#!/usr/bin/env
 * node` line (`astro build`) and every Node process below it run under them. Node reads a
 * double-quoted part of an option as one piece, spaces included.
 */
export function asNodeOptions(flags: string[], existing = ""): string {
  const quoted = flags.map((flag) =>
    flag.replace(/=(.*)$/, (_, value: string) => `="${value.replace(/["\\]/g, "\\$&")}"`),
  );
  return [existing, ...quoted].filter(Boolean).join(" ");
}
