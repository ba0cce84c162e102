/**
 * Runs a command and measures it the way the benchmark reports it: wall-clock seconds and
 * the peak resident memory of the whole process tree (polled from /proc, Linux only).
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

export interface Measured {
  seconds: number;
  /** Peak RSS of the command and all its descendants, in bytes. */
  peakRss: number;
  output: string;
  code: number | null;
}

const PAGE_SIZE = 4096;

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we were reading: it has no memory left to count.
    }
  }
  return children;
}

function treeRss(root: number): number {
  const children = childrenOf();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const statm = readFileSync(`/proc/${pid}/statm`, "utf8").split(" ");
      total += Number(statm[1]) * PAGE_SIZE;
    } catch {
      continue;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let peakRss = 0;
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, 50);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakRss, output, code });
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
