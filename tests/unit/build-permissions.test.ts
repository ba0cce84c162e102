/**
 * The second wall around `npm run build`: a Node process started with `permissionFlags` in
 * its `NODE_OPTIONS`, as `astro build` is, reads the project and writes only where it was
 * told to. A real Node process checks it.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asNodeOptions, permissionFlags } from "../../scripts/support/permissions.ts";

let sandbox: string;
let project: string;
let output: string;
/** Outside the project and outside the temporary folder: what a build must never touch. */
const elsewhere = "/etc/hostname";

/** Whether a folder lies inside the system temp folder, which the build may write. */
const inTempFolder = (folder: string) => !relative(tmpdir(), folder).startsWith("..");

beforeAll(async () => {
  // Outside the system temp folder, which the build may write: under the project, or under
  // the home folder when the project itself was cloned into the temp folder (as CI may do).
  const parent = inTempFolder(process.cwd()) ? homedir() : process.cwd();
  // A space in the path, as a project folder may have: NODE_OPTIONS must keep it whole.
  sandbox = await mkdtemp(join(parent, ".permissions test-"));
  project = join(sandbox, "project");
  output = join(project, "dist");
  await mkdir(output, { recursive: true });
  await writeFile(join(project, "article.mdx"), "Testo.");
});
const inTemp = join(tmpdir(), `permissions-test-${process.pid}`);
afterAll(() =>
  Promise.all([rm(sandbox, { recursive: true, force: true }), rm(inTemp, { force: true })]),
);

/** What each operation does under the flags: "ok", or the error's code. */
function attempt(operations: string[]): string[] {
  const script = `
    const fs = require("node:fs");
    for (const op of ${JSON.stringify(operations)}) {
      const kind = op.slice(0, op.indexOf(" ")), path = op.slice(op.indexOf(" ") + 1);
      try {
        if (kind === "read") fs.readFileSync(path);
        else fs.writeFileSync(path, "x");
        console.log("ok");
      } catch (error) { console.log(error.code); }
    }`;
  const flags = permissionFlags({ root: project, writes: [output] });
  const env = { ...process.env, NODE_OPTIONS: asNodeOptions(flags) };
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8", env })
    .trim()
    .split("\n");
}

describe("the build's permission flags", () => {
  it("let the build read the project and write its output", () => {
    expect(
      attempt([`read ${join(project, "article.mdx")}`, `write ${join(output, "index.html")}`]),
    ).toEqual(["ok", "ok"]);
  });

  it("refuse reading a file of the machine, and writing beside the output", () => {
    expect(
      attempt([
        `read ${elsewhere}`,
        `write ${join(project, "article.mdx")}`,
        `write ${join(sandbox, "x")}`,
      ]),
    ).toEqual(["ERR_ACCESS_DENIED", "ERR_ACCESS_DENIED", "ERR_ACCESS_DENIED"]);
  });

  it("grant the temporary folder, as the toolchain needs it", () => {
    expect(attempt([`write ${inTemp}`])).toEqual(["ok"]);
  });
});
