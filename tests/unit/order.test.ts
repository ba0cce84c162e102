import { describe, expect, it } from "vitest";
import {
  compareStories,
  groupByMonths,
  groupByYears,
  monthsKey,
  monthsLabel,
  newestFirst,
  oldestFirst,
  placeOf,
  storyLabel,
  storySpan,
  type Story,
} from "../../src/catalog/order.ts";
import { neighbourIndex } from "../../src/catalog/neighbours.ts";
import { romeDay, type When } from "../../src/content-model/time.ts";
import { seededRandom } from "../../scripts/lib/seeded-random.ts";

const at = (iso: string, approx = false): When => ({
  precision: "minute",
  instant: new Date(iso),
  approx,
});
const evening = (day: string): When => ({ precision: "part", day, part: "evening" });
const month = (m: string): When => ({ precision: "month", month: m });
const period = (from: string, to: string): When => ({ precision: "period", from, to });

const day = (d: string): When => ({ precision: "day", day: d });

const story = (key: string, whens: When[], answers: Story[] = [], replyTo?: Story): Story => ({
  key,
  whens,
  answers: replyTo && !answers.includes(replyTo) ? [...answers, replyTo] : answers,
  replyTo,
});

// The day of 11–12 June 2018, as the content tells it.
const netflixDown = story("outages/netflix", [evening("2018-06-11")]);
const instagramDown = story("outages/instagram", [at("2018-06-12T17:30:00+02:00", true)]);
const raiDown = story("outages/rai", [at("2018-06-12T20:25:00+02:00", true)]);
const narcos = story("cases/narcos", [evening("2018-06-12")], [instagramDown]);
const strangerThings = story("cases/stranger-things", [evening("2018-06-12")], [raiDown]);
const raiRisponde = story("cases/rai-risponde", [evening("2018-06-12")], [raiDown], strangerThings);
const dossier = story(
  "dossier/tre-schermi-neri",
  [netflixDown, instagramDown, raiDown, narcos, strangerThings, raiRisponde].flatMap(
    (s) => s.whens,
  ),
  [netflixDown, instagramDown, raiDown, narcos, strangerThings, raiRisponde],
);
const spring = story("cases/mondiali", [period("2018-03", "2018-06")]);
const may = story("cases/festa-della-mamma", [month("2018-05")]);

const keys = (stories: Story[]) => stories.map((s) => s.key);
const self = (s: Story) => s;
const shuffled = [raiRisponde, dossier, may, strangerThings, spring, raiDown, narcos];

describe("the ordering rule", () => {
  it("tells the three posts of 12 June in the order they answered each other", () => {
    const order = keys(oldestFirst([raiRisponde, narcos, strangerThings], self));
    expect(order).toEqual(["cases/narcos", "cases/stranger-things", "cases/rai-risponde"]);
  });

  it("puts #Raidown (about 20:25) before the evening posts that answer it", () => {
    const order = keys(oldestFirst([raiRisponde, strangerThings, raiDown, narcos], self));
    expect(order.indexOf("outages/rai")).toBeLessThan(order.indexOf("cases/stranger-things"));
    expect(order.indexOf("outages/rai")).toBeLessThan(order.indexOf("cases/rai-risponde"));
    // Narcos answers Instagram, not Rai: known only as "in serata", it may come first.
    expect(order[0]).toBe("cases/narcos");
  });

  it("places an answer after what it answers whatever the input order", () => {
    for (const list of [shuffled, [...shuffled].reverse()]) {
      const order = oldestFirst(list, self);
      for (const item of order) {
        for (const answered of item.answers) {
          if (order.includes(answered)) {
            expect(order.indexOf(answered), item.key).toBeLessThan(order.indexOf(item));
          }
        }
      }
    }
  });

  it("reads newest first as the reverse of oldest first when nothing replies", () => {
    const alone = [dossier, may, spring, raiDown, narcos, strangerThings];
    expect(newestFirst(alone, self)).toEqual(oldestFirst(alone, self).reverse());
  });

  it("places a rough moment by its span: a period from its first month", () => {
    expect(compareStories(spring, may)).toBeLessThan(0);
    expect(compareStories(may, narcos)).toBeLessThan(0);
  });

  it("files a period under its whole span, labelled with it", () => {
    const groups = groupByMonths(oldestFirst([narcos, may, spring], self), self);
    expect(groups.map((g) => [g.label, g.year, keys(g.items)])).toEqual([
      ["Marzo–giugno 2018", "2018", ["cases/mondiali"]],
      ["Maggio 2018", "2018", ["cases/festa-della-mamma"]],
      ["Giugno 2018", "2018", ["cases/narcos"]],
    ]);
    expect(storyLabel(spring)).toBe("marzo–giugno 2018");
  });

  it("puts a moment in its Rome month", () => {
    // 23:30 UTC on 31 May is already 1 June in Rome.
    const late = story("cases/tardi", [at("2018-05-31T23:30:00Z")]);
    expect(monthsKey(storySpan(late))).toBe("2018-06");
    expect(monthsKey(storySpan(spring))).toBe("2018-03--2018-06");
  });

  it("gathers month groups under their year, in the order given", () => {
    const later = story("cases/dopo", [month("2019-01")]);
    const years = groupByYears(groupByMonths(newestFirst([later, narcos, may], self), self));
    expect(years.map((y) => [y.year, y.groups.map((g) => g.label)])).toEqual([
      ["2019", ["Gennaio 2019"]],
      ["2018", ["Giugno 2018", "Maggio 2018"]],
    ]);
  });

  it("writes a span across years with both years", () => {
    const winter = story("cases/inverno", [period("2017-12", "2018-03")]);
    expect(monthsLabel(storySpan(winter))).toBe("dicembre 2017–marzo 2018");
    expect(groupByMonths([winter], self)[0].year).toBe("2017–2018");
    // An `id` takes letters, digits, dashes and underscores only (html-validate's valid-id).
    expect(groupByYears(groupByMonths([winter], self))[0].key).toBe("2017--2018");
  });

  it("files a dossier by the events it covers, after them", () => {
    expect(storyLabel(dossier)).toBe("11–12 giugno 2018");
    const [group] = groupByMonths([dossier], self);
    expect(group.label).toBe("Giugno 2018");
    const order = keys(oldestFirst(shuffled, self));
    expect(order.at(-1)).toBe("dossier/tre-schermi-neri");
    expect(order.indexOf("cases/mondiali")).toBeLessThan(order.indexOf("dossier/tre-schermi-neri"));
  });

  it("writes one moment as the site writes moments", () => {
    expect(storyLabel(raiDown)).toBe("12 giugno 2018, verso le 20:25");
    expect(storyLabel(narcos)).toBe("12 giugno 2018, in serata");
  });

  it("refuses a story that answers itself", () => {
    const loop: Story = { key: "cases/loop", whens: [month("2018-05")], answers: [] };
    (loop.answers as Story[]).push(loop);
    expect(() => compareStories(loop, may)).toThrow(/answers itself/);
  });

  it("tells the posts of a day whose hour is unknown after those whose hour is known, a reply right after its post", () => {
    const outage = story("outages/giu", [at("2021-10-04T17:40:00+02:00", true)]);
    const greeting = story("cases/saluto", [evening("2021-10-04")], [outage]);
    const reply = story("cases/risposta", [day("2021-10-04")], [outage], greeting);
    const aside = story("cases/a-parte", [day("2021-10-04")], [outage]);
    const order = keys(oldestFirst([aside, reply, greeting, outage], self));
    expect(order).toEqual(["outages/giu", "cases/saluto", "cases/risposta", "cases/a-parte"]);
    const newest = keys(newestFirst([aside, reply, greeting, outage], self));
    expect(newest.indexOf("cases/saluto")).toBeLessThan(newest.indexOf("cases/risposta"));
  });
});

/** A corpus of outages and posts over a few days, with replies, in a random order. */
function generated(seed: number): Story[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const days = ["2021-10-03", "2021-10-04", "2021-10-05"];
  const parts = ["morning", "afternoon", "evening", "night"] as const;
  const moment = (): When => {
    const d = pick(days);
    const kind = next();
    if (kind < 0.3) return day(d);
    if (kind < 0.5) return { precision: "part", day: d, part: pick(parts) };
    if (kind < 0.55) return month("2021-10");
    const hour = String(Math.floor(next() * 24)).padStart(2, "0");
    return at(`${d}T${hour}:${next() < 0.5 ? "00" : "30"}:00+02:00`, next() < 0.5);
  };
  const stories: Story[] = [];
  for (let i = 0; i < 30; i++) {
    const outages = stories.filter((s) => s.key.startsWith("outages/"));
    const posts = stories.filter((s) => s.key.startsWith("cases/"));
    if (i < 3 || next() < 0.1) {
      stories.push(story(`outages/o${i}`, [moment()]));
      continue;
    }
    const outage = outages.length && next() < 0.7 ? [pick(outages)] : [];
    const replyTo = posts.length && next() < 0.5 ? pick(posts) : undefined;
    const post = story(`cases/c${i}`, [moment()], outage, replyTo);
    // Some posts are listed by a source, in an order of their own; the others are not.
    if (next() < 0.6) post.listed = Math.floor(next() * 10);
    stories.push(post);
  }
  return stories.sort(() => next() - 0.5);
}

describe("the ordering rule on generated corpora", () => {
  const seeds = Array.from({ length: 200 }, (_, i) => i + 1);

  it("never shows an answer before what it answers, oldest first", () => {
    for (const seed of seeds) {
      const order = oldestFirst(generated(seed), self);
      for (const item of order) {
        for (const answered of item.answers) {
          expect(order.indexOf(answered), `seed ${seed}: ${item.key}`).toBeLessThan(
            order.indexOf(item),
          );
        }
      }
    }
  });

  it("keeps days newest first, and within a day a reply after its post, newest first", () => {
    for (const seed of seeds) {
      const order = newestFirst(generated(seed), self);
      expect(new Set(order).size).toBe(order.length);
      const days = order.map((item) => placeOf(item).day);
      expect(days, `seed ${seed}`).toEqual([...days].sort().reverse());
      for (const item of order) {
        if (item.replyTo && placeOf(item.replyTo).day === placeOf(item).day) {
          expect(order.indexOf(item.replyTo), `seed ${seed}: ${item.key}`).toBeLessThan(
            order.indexOf(item),
          );
        }
      }
    }
  });

  it("gives a reply its post as «Precedente» side, never as «Successivo»", () => {
    for (const seed of seeds) {
      const order = oldestFirst(generated(seed), self);
      const index = neighbourIndex(order, (s) => s.key);
      for (const item of order) {
        // Walking «Successivo» from a post reaches each of its replies; walking
        // «Precedente» from a reply reaches its post.
        if (!item.replyTo) continue;
        let back = index.get(item.key)?.previous;
        while (back && back !== item.replyTo) back = index.get(back.key)?.previous;
        expect(back, `seed ${seed}: ${item.key}`).toBe(item.replyTo);
      }
    }
  });

  it("breaks ties in time by the sources' order, never by the key", () => {
    for (const seed of seeds) {
      const order = oldestFirst(generated(seed), self);
      for (let i = 1; i < order.length; i++) {
        const [a, b] = [order[i - 1], order[i]];
        const [pa, pb] = [placeOf(a), placeOf(b)];
        const tied =
          pa.day === pb.day &&
          pa.untimed === pb.untimed &&
          pa.at === pb.at &&
          pa.depth === pb.depth &&
          pa.to === pb.to;
        if (tied && a.listed !== undefined && b.listed !== undefined) {
          expect(a.listed, `seed ${seed}: ${a.key} ${b.key}`).toBeLessThanOrEqual(b.listed);
        }
        if (tied && b.listed !== undefined) {
          expect(a.listed, `seed ${seed}: ${a.key} before ${b.key}`).toBeDefined();
        }
      }
    }
  });

  it("tells a day's stories whose hour is known before those whose hour is not", () => {
    const dayOf = (w: When) =>
      w.precision === "minute" ? romeDay(w.instant) : w.precision === "part" ? w.day : undefined;
    const hourKnown = (s: Story) => s.answers.length === 0 && dayOf(s.whens[0]) !== undefined;
    for (const seed of seeds) {
      const order = oldestFirst(generated(seed), self);
      // A post known only by its day, answering nothing, is followed on its day by no story
      // with an hour that answers nothing either.
      order.forEach((item, index) => {
        const [when] = item.whens;
        if (item.answers.length || when.precision !== "day") return;
        const later = order
          .slice(index + 1)
          .filter((s) => hourKnown(s) && dayOf(s.whens[0]) === when.day);
        expect(keys(later), `seed ${seed}: ${item.key}`).toEqual([]);
      });
    }
  });
});
