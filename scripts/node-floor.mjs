// The door every package script goes through: `node scripts/node-floor.mjs <command> [args…]`.
//
// On a Node that meets `engines.node` (package.json) it becomes the command at once. On an
// older one (Debian ships Node 20) it runs the command under the Node pinned in `.nvmrc`,
// fetched once from the npm registry (`node-<platform>-<arch>`) into the cache, with that
// Node first on PATH so npm, npx, astro and vitest below it use it too.
//
//   --walled  for `npm run build`: the command runs under Node's permission model, with the
//             allocator settings measured for the build (scripts/support/walled-build.ts).
//
// SCHERMO_NERO_NODE=<version> asks for exactly that Node instead, and SCHERMO_NERO_NODE=floor
// for the oldest that engines.node admits (scripts/check-node-floor.sh); SCHERMO_NERO_CACHE
// moves the cache (default ~/.cache/schermo-nero).
//
// Plain JavaScript with nothing newer than Node 18: it must run on the Node it replaces.
import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const windows = process.platform === "win32";

/** [major, minor, patch] of "v22.18.0", "22.18" or "22". */
function parse(version) {
  const [major = 0, minor = 0, patch = 0] = version.trim().replace(/^v/, "").split(".").map(Number);
  return [major, minor, patch];
}

function atLeast(version, bound) {
  for (let i = 0; i < 3; i++) if (version[i] !== bound[i]) return version[i] > bound[i];
  return true;
}

/** Each alternative of a range in the forms `engines.node` uses here, joined by `||`:
 * `^x.y.z` (same major, at least that), `>=x.y.z` or an exact `x.y.z`. */
function alternatives(range) {
  return range.split("||").map((alternative) => {
    const match = /^\s*(\^|>=)?\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(alternative);
    if (!match) throw new Error(`node-floor: engines.node: «${alternative.trim()}» non capito`);
    return { operator: match[1], bound: parse(match[2]) };
  });
}

/** Whether a Node version meets the range. */
export function satisfies(version, range) {
  const v = parse(version);
  return alternatives(range).some(({ operator, bound }) => {
    if (operator === ">=") return atLeast(v, bound);
    if (operator === "^") return v[0] === bound[0] && atLeast(v, bound);
    return atLeast(v, bound) && atLeast(bound, v);
  });
}

/** The oldest Node the range admits: the floor, "22.22.0". */
export function lowestOf(range) {
  const bounds = alternatives(range).map(({ bound }) => bound);
  return bounds.reduce((low, bound) => (atLeast(bound, low) ? low : bound)).join(".");
}

/** The floor (`engines.node`) and the pinned Node (`.nvmrc`), each declared once. */
export function declaredNode(folder = root) {
  const floor = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")).engines.node;
  const pinned = readFileSync(join(folder, ".nvmrc"), "utf8").trim().replace(/^v/, "");
  return { floor, pinned };
}

/** The folder of the cache's Node `version` that holds its binary, fetched when missing. */
function cachedNode(version, reason) {
  const cache = process.env.SCHERMO_NERO_CACHE || join(homedir(), ".cache", "schermo-nero");
  const folder = join(cache, `node-v${version}`);
  const bin = windows ? folder : join(folder, "bin");
  if (existsSync(join(bin, windows ? "node.exe" : "node"))) return bin;

  const spec = `node-${windows ? "win" : process.platform}-${process.arch}@${version}`;
  console.error(
    `node-floor: ${reason}: scarico ${spec} dal registro npm in ${folder}, una volta sola.`,
  );
  mkdirSync(cache, { recursive: true });
  // Unpacked beside its place, then renamed: a command fetching at the same time never runs
  // half a Node.
  const work = mkdtempSync(`${folder}.partial-`);
  const run = (command, args) => {
    const options = { cwd: work, stdio: ["ignore", "ignore", "inherit"], shell: windows };
    if (spawnSync(command, args, options).status !== 0) {
      console.error(
        `node-floor: \`${command} ${args.join(" ")}\` non è riuscito; installa Node ${version} (ad esempio con \`nvm install\`) e rilancia il comando.`,
      );
      rmSync(work, { recursive: true, force: true });
      process.exit(1);
    }
  };
  run("npm", ["pack", "--silent", spec]);
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  run("tar", ["-xzf", tarball, "--strip-components=1"]);
  rmSync(join(work, tarball));
  try {
    renameSync(work, folder);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(folder)) throw error; // else another command got there first
  }
  return bin;
}

/**
 * PATH with `folder` first, so every `node` below this one is the same Node, then the
 * project's `node_modules/.bin`, as `npm run` has it, so the door works outside npm too.
 */
function pathWithFirst(folder, path = "") {
  const first = [folder, join(root, "node_modules", ".bin")];
  const rest = path.split(delimiter).filter((entry) => entry && !first.includes(entry));
  return [...first, ...rest].join(delimiter);
}

function onPath(command, path) {
  // Windows finds `astro.cmd` and the like itself, through the shell.
  if (windows || command.includes("/")) return command;
  for (const folder of path.split(delimiter)) {
    const file = join(folder, command);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {}
  }
  console.error(`node-floor: comando «${command}» non trovato (hai eseguito \`npm ci\`?)`);
  process.exit(127);
}

/** Runs a child with this terminal, and ends as it ends (same code, same signal). */
function runChild(file, args, env) {
  const child = spawn(file, args, { stdio: "inherit", env, shell: windows });
  // Ctrl-C reaches the child from the terminal: wait for it rather than die first.
  process.on("SIGINT", () => {});
  for (const signal of ["SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    if (!signal) process.exit(code ?? 1);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}

/** Replaces this process by the command where Node can (22.15+, not Windows), else a child. */
function become(command, args, env) {
  const file = onPath(command, env.PATH);
  if (typeof process.execve === "function" && !windows)
    process.execve(file, [command, ...args], env);
  runChild(file, args, env);
}

async function main(argv) {
  const walled = argv[0] === "--walled";
  const [command, ...args] = walled ? argv.slice(1) : argv;
  if (!command) {
    console.error("uso: node scripts/node-floor.mjs [--walled] <comando> [argomenti…]");
    process.exit(2);
  }
  const { floor, pinned } = declaredNode();
  const wish = process.env.SCHERMO_NERO_NODE?.replace(/^v/, "");
  const asked = wish === "floor" ? lowestOf(floor) : wish;
  const fine = asked ? process.version === `v${asked}` : satisfies(process.version, floor);
  if (!fine) {
    if (!asked && !satisfies(pinned, floor)) {
      console.error(`node-floor: .nvmrc (${pinned}) non soddisfa engines.node (${floor}).`);
      process.exit(1);
    }
    const version = asked || pinned;
    const reason = asked
      ? `richiesto Node ${version}`
      : `Node ${process.version} è più vecchio di quanto serve (${floor})`;
    const bin = cachedNode(version, reason);
    // This door again, under that Node: it then becomes the command. Below it, every guard
    // finds the Node it asks for and goes straight through.
    const env = {
      ...process.env,
      SCHERMO_NERO_NODE: version,
      PATH: pathWithFirst(bin, process.env.PATH),
    };
    return runChild(join(bin, "node"), [fileURLToPath(import.meta.url), ...argv], env);
  }
  const env = { ...process.env, PATH: pathWithFirst(dirname(process.execPath), process.env.PATH) };
  if (walled) {
    const { walledBuildEnvironment } = await import("./support/walled-build.ts");
    Object.assign(env, await walledBuildEnvironment(args, env));
  }
  become(command, args, env);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
