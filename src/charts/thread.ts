/**
 * A day as a conversation: who answered whom. The outages of the day head the thread; each
 * post hangs under the post it answers (`inResponseTo`) or, if it answers none of the day's
 * posts, under the outage it comments on (`outage`); the replies a dossier keeps as data
 * (`replies`, see `repliesInThread`) hang the same way. Pure, so the drawing
 * (`src/charts/ThreadChart.astro`) and the tests share it; no slug is ever written here.
 */
import type { ReplyData } from "../content-model/reply-schema.ts";
import { hasTimeOfDay, type When } from "../content-model/time.ts";

export interface ThreadItem {
  key: string;
  /** The key of what it answers, when that is in the thread too. */
  parent?: string;
  /**
   * When it appeared, in milliseconds, if its time of day is known: siblings go by it. An item
   * without comes after its timed siblings, in the order given (the sources' order), since
   * nothing says where among them it belongs.
   */
  at?: number;
}

export interface ThreadNode<T extends ThreadItem> {
  item: T;
  replies: ThreadNode<T>[];
}

/**
 * The items as a forest, each reply under what it answers; among siblings, those whose time
 * is known first, by that time, then the others in the order given. An item whose parent is
 * missing, or whose chain of answers loops, stands as a root: nothing is dropped.
 */
export function buildThread<T extends ThreadItem>(items: readonly T[]): ThreadNode<T>[] {
  const nodes = new Map(items.map((item) => [item.key, { item, replies: [] } as ThreadNode<T>]));
  const placed = new Set<string>();
  const roots: ThreadNode<T>[] = [];
  const attach = (node: ThreadNode<T>) => {
    placed.add(node.item.key);
    for (const item of items)
      if (item.parent === node.item.key && !placed.has(item.key)) {
        const child = nodes.get(item.key)!;
        node.replies.push(child);
        attach(child);
      }
  };
  for (const item of items) {
    if (placed.has(item.key)) continue;
    if (item.parent !== undefined && nodes.has(item.parent) && !loops(item, nodes)) continue;
    const root = nodes.get(item.key)!;
    roots.push(root);
    attach(root);
  }
  // A loop's members, none of them reached from a root: the first given stands as a root.
  for (const item of items)
    if (!placed.has(item.key)) {
      const root = nodes.get(item.key)!;
      roots.push(root);
      attach(root);
    }
  return timedFirst(roots);
}

/** Siblings with a known time first, by that time, then the others as given, at every level. */
function timedFirst<T extends ThreadItem>(nodes: ThreadNode<T>[]): ThreadNode<T>[] {
  for (const node of nodes) node.replies = timedFirst(node.replies);
  return [
    ...nodes.filter((node) => node.item.at !== undefined).sort((a, b) => a.item.at! - b.item.at!),
    ...nodes.filter((node) => node.item.at === undefined),
  ];
}

function loops<T extends ThreadItem>(item: T, nodes: Map<string, ThreadNode<T>>): boolean {
  const seen = new Set([item.key]);
  let parent = item.parent;
  while (parent !== undefined && nodes.has(parent)) {
    if (seen.has(parent)) return true;
    seen.add(parent);
    parent = nodes.get(parent)!.item.parent;
  }
  return false;
}

/** Whether a thread is worth drawing: at least one item answers another that answers something. */
export function hasConversation(items: readonly ThreadItem[]): boolean {
  const keys = new Map(items.map((item) => [item.key, item]));
  return items.some((item) => {
    const parent = item.parent === undefined ? undefined : keys.get(item.parent);
    return parent?.parent !== undefined;
  });
}

/** The thread read top to bottom, with each item's depth: the order of the drawing. */
export function threadRows<T extends ThreadItem>(
  roots: readonly ThreadNode<T>[],
  depth = 0,
): Array<{ item: T; depth: number }> {
  return roots.flatMap((node) => [
    { item: node.item, depth },
    ...threadRows(node.replies, depth + 1),
  ]);
}

/**
 * How a day is drawn. The hour-by-hour chart places only the posts whose time of day is
 * known; when that is fewer than half of them it would show a sliver of the day, so the day
 * is drawn as its thread instead, which shows every post, in the order known, with the
 * times that are known.
 */
export function drawAsThread(postsWithTimeOfDay: number, posts: number): boolean {
  return posts > 0 && postsWithTimeOfDay * 2 < posts;
}

/** `drawAsThread` for the dates of a day's posts. */
export function dayDrawnAsThread(postDates: readonly When[]): boolean {
  return drawAsThread(postDates.filter(hasTimeOfDay).length, postDates.length);
}

/** A dossier's replies kept as data, with what they may answer: its cases and outages. */
export interface DossierReplies {
  id: string;
  cases: readonly string[];
  outages: readonly string[];
  replies: readonly ReplyData[];
}

export interface PlacedReply {
  /** `replies/<dossier>/<id>`, or `replies/<dossier>/#<position>` for a reply without `id`. */
  key: string;
  /** The key of what it answers: `cases/…`, `outages/…` or another reply's. */
  parent: string;
  reply: ReplyData;
  dossier: string;
}

/**
 * The replies of the dossiers that answer something in a thread (whose keys are given),
 * directly or through other replies, in the order the dossiers list them. A reply written in
 * two dossiers (same words, same account, same post answered) is drawn once.
 */
export function repliesInThread(
  dossiers: readonly DossierReplies[],
  keys: ReadonlySet<string>,
): PlacedReply[] {
  const candidates = dossiers.flatMap((dossier) => {
    const own = new Set(dossier.replies.flatMap((reply) => reply.id ?? []));
    const keyOf = (reply: ReplyData, index: number) =>
      `replies/${dossier.id}/${reply.id ?? `#${index}`}`;
    return dossier.replies.map((reply, index) => {
      const target = reply.inResponseTo;
      const parent = own.has(target)
        ? `replies/${dossier.id}/${target}`
        : dossier.cases.includes(target)
          ? `cases/${target}`
          : `outages/${target}`;
      return { key: keyOf(reply, index), parent, reply, dossier: dossier.id };
    });
  });
  const reached = new Set(keys);
  // A Set keeps the order things were reached in: each reply after what it answers.
  const placed = new Set<PlacedReply>();
  // A reply may answer one listed after it: go round until nothing more is reached.
  for (let grew = true; grew;) {
    grew = false;
    for (const candidate of candidates)
      if (!placed.has(candidate) && reached.has(candidate.parent)) {
        placed.add(candidate);
        reached.add(candidate.key);
        grew = true;
      }
  }
  // The same reply in a second dossier: drawn once, and what answers it hangs under the first.
  const first = new Map<string, string>();
  const alias = new Map<string, string>();
  const kept = new Map<PlacedReply, PlacedReply>();
  for (const candidate of placed) {
    const parent = alias.get(candidate.parent) ?? candidate.parent;
    const same = `${parent}\n${candidate.reply.account}\n${candidate.reply.text}`;
    const earlier = first.get(same);
    if (earlier !== undefined) alias.set(candidate.key, earlier);
    else {
      first.set(same, candidate.key);
      kept.set(candidate, { ...candidate, parent });
    }
  }
  const drawn = candidates.flatMap((candidate) => kept.get(candidate) ?? []);
  return drawn;
}
