import { describe, expect, it } from "vitest";
import {
  buildThread,
  drawAsThread,
  hasConversation,
  threadRows,
  repliesInThread,
  type ThreadItem,
} from "../../src/charts/thread.ts";
import type { ReplyData } from "../../src/content-model/reply-schema.ts";

const rows = (items: ThreadItem[]) =>
  threadRows(buildThread(items)).map(({ item, depth }) => `${"  ".repeat(depth)}${item.key}`);

describe("buildThread", () => {
  it("hangs each reply under what it answers, siblings in the order given", () => {
    expect(
      rows([
        { key: "outage" },
        { key: "greeting", parent: "outage" },
        { key: "reply-a", parent: "greeting" },
        { key: "aside", parent: "outage" },
        { key: "reply-b", parent: "greeting" },
        { key: "reply-to-a", parent: "reply-a" },
      ]),
    ).toEqual([
      "outage",
      "  greeting",
      "    reply-a",
      "      reply-to-a",
      "    reply-b",
      "  aside",
    ]);
  });

  it("keeps several outages of one day as several heads", () => {
    expect(
      rows([
        { key: "a" },
        { key: "b" },
        { key: "post", parent: "b" },
        { key: "answer", parent: "post" },
      ]),
    ).toEqual(["a", "b", "  post", "    answer"]);
  });

  it("drops nothing: a missing parent or a loop leaves an item standing as a root", () => {
    const items = [
      { key: "orphan", parent: "elsewhere" },
      { key: "x", parent: "y" },
      { key: "y", parent: "x" },
    ];
    const drawn = threadRows(buildThread(items)).map(({ item }) => item.key);
    expect(drawn.toSorted()).toEqual(["orphan", "x", "y"]);
    expect(drawn[0]).toBe("orphan");
  });

  it("draws each item once, whatever the input", () => {
    const items = Array.from({ length: 60 }, (_, i) => ({
      key: `k${i}`,
      parent: i % 7 === 0 ? undefined : `k${(i * 13) % 60}`,
    }));
    const drawn = threadRows(buildThread(items)).map(({ item }) => item.key);
    expect(drawn.toSorted()).toEqual(items.map((item) => item.key).toSorted());
  });
});

describe("hasConversation", () => {
  it("is true only when a post answers another post, not just an outage", () => {
    expect(hasConversation([{ key: "o" }, { key: "p", parent: "o" }])).toBe(false);
    expect(
      hasConversation([{ key: "o" }, { key: "p", parent: "o" }, { key: "r", parent: "p" }]),
    ).toBe(true);
  });
});

describe("drawAsThread", () => {
  it("draws a thread when the chart could place fewer than half of the day's posts", () => {
    expect(drawAsThread(1, 8)).toBe(true);
    expect(drawAsThread(0, 1)).toBe(true);
    expect(drawAsThread(2, 3)).toBe(false);
    expect(drawAsThread(2, 4)).toBe(false);
    expect(drawAsThread(0, 0)).toBe(false);
  });
});

describe("siblings whose time is not known", () => {
  it("come after those whose time is, by that time, the others in the order given, at every level", () => {
    expect(
      rows([
        { key: "outage", at: 0 },
        { key: "untimed-a", parent: "outage" },
        { key: "untimed-b", parent: "outage" },
        { key: "later", parent: "outage", at: 20 },
        { key: "greeting", parent: "outage", at: 10 },
        { key: "reply-untimed", parent: "greeting" },
        { key: "reply-timed", parent: "greeting", at: 30 },
      ]),
    ).toEqual([
      "outage",
      "  greeting",
      "    reply-timed",
      "    reply-untimed",
      "  later",
      "  untimed-a",
      "  untimed-b",
    ]);
  });
});

describe("repliesInThread", () => {
  const reply = (inResponseTo: string, extra: Partial<ReplyData> = {}): ReplyData => ({
    account: "Qualcuno",
    text: `risposta a ${inResponseTo}`,
    inResponseTo,
    sources: ["S1"],
    ...extra,
  });
  const day = {
    id: "giornata",
    cases: ["saluto", "altro"],
    outages: ["guasto"],
    replies: [
      reply("risposta-al-saluto"),
      reply("saluto", { id: "risposta-al-saluto" }),
      reply("guasto"),
      reply("altro"),
    ],
  };

  it("hangs each reply under the case, the outage or the reply it answers, in the order listed", () => {
    const placed = repliesInThread([day], new Set(["outages/guasto", "cases/saluto"]));
    expect(placed.map(({ key, parent }) => [key, parent])).toEqual([
      ["replies/giornata/#0", "replies/giornata/risposta-al-saluto"],
      ["replies/giornata/risposta-al-saluto", "cases/saluto"],
      ["replies/giornata/#2", "outages/guasto"],
    ]);
  });

  it("leaves out the replies to posts that are not in the thread", () => {
    expect(repliesInThread([day], new Set(["cases/altro"])).map((r) => r.key)).toEqual([
      "replies/giornata/#3",
    ]);
    expect(repliesInThread([day], new Set())).toEqual([]);
  });

  it("draws once a reply two dossiers both keep, with what answers it", () => {
    const twin = { ...day, id: "gemello" };
    const placed = repliesInThread([day, twin], new Set(["outages/guasto", "cases/saluto"]));
    expect(placed.map((r) => r.key)).toEqual([
      "replies/giornata/#0",
      "replies/giornata/risposta-al-saluto",
      "replies/giornata/#2",
    ]);
  });
});
