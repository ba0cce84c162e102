import { describe, expect, it } from "vitest";
import { frontPageDossiers, notYetLinked } from "../../src/lib/front-page";

const dossier = (id: string, inPrimoPiano?: boolean) => ({ id, data: { inPrimoPiano } });

describe("frontPageDossiers", () => {
  it("leads with the newest dossier when no editor chose one", () => {
    const all = [dossier("new"), dossier("old")];
    expect(frontPageDossiers(all)).toEqual({ lead: all[0], others: [all[1]] });
  });

  it("leads with the dossier marked inPrimoPiano, the newest if several are", () => {
    const all = [dossier("new"), dossier("mid", true), dossier("old", true)];
    const { lead, others } = frontPageDossiers(all);
    expect(lead?.id).toBe("mid");
    expect(others.map((d) => d.id)).toEqual(["new", "old"]);
  });

  it("has no lead without dossiers", () => {
    expect(frontPageDossiers([])).toEqual({ lead: undefined, others: [] });
  });
});

describe("notYetLinked", () => {
  it("keeps the order and drops what the page already links", () => {
    const [a, b, c] = [{}, {}, {}];
    expect(notYetLinked([a, b, c], new Set([b]))).toEqual([a, c]);
  });
});
