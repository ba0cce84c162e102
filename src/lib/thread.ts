/**
 * A day as a conversation: who answered whom. The outages of the day head the thread; each
 * post hangs under the post it answers (`inResponseTo`) or, if it answers none of the day's
 * posts, under the outage it comments on (`outage`). Pure, so the drawing
 * (`src/components/ThreadChart.astro`) and the tests share it; no slug is ever written here.
 */
import type { When } from "./time";
import { hasTimeOfDay } from "./timeline";

export interface ThreadItem {
  key: string;
  /** The key of what it answers, when that is in the thread too. */
  parent?: string;
  /**
   * `false` when its time of day is not known: it comes after its timed siblings, since
   * nothing says where among them it belongs.
   */
  timed?: boolean;
}

export interface ThreadNode<T extends ThreadItem> {
  item: T;
  replies: ThreadNode<T>[];
}

/**
 * The items as a forest, each reply under what it answers, siblings in the order given
 * (give them in the site's one order, `src/lib/order.ts`, oldest first), those whose time is
 * not known after those whose time is. An item whose parent is missing, or whose chain of
 * answers loops, stands as a root: nothing is dropped.
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

/** Siblings with a known time first, each group in the order given, at every level. */
function timedFirst<T extends ThreadItem>(nodes: ThreadNode<T>[]): ThreadNode<T>[] {
  for (const node of nodes) node.replies = timedFirst(node.replies);
  return [
    ...nodes.filter((node) => node.item.timed !== false),
    ...nodes.filter((node) => node.item.timed === false),
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
