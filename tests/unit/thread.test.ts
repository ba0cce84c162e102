import { describe, expect, it } from "vitest";
import {
  buildThread,
  drawAsThread,
  hasConversation,
  threadRows,
  type ThreadItem,
} from "../../src/lib/thread";

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
  it("come after those whose time is, in the order given, at every level", () => {
    expect(
      rows([
        { key: "outage" },
        { key: "untimed-a", parent: "outage", timed: false },
        { key: "untimed-b", parent: "outage", timed: false },
        { key: "greeting", parent: "outage", timed: true },
        { key: "reply-untimed", parent: "greeting", timed: false },
        { key: "reply-timed", parent: "greeting", timed: true },
      ]),
    ).toEqual([
      "outage",
      "  greeting",
      "    reply-timed",
      "    reply-untimed",
      "  untimed-a",
      "  untimed-b",
    ]);
  });
});
