import { describe, expect, it } from "vitest";
import { declaredNode, lowestOf, satisfies } from "../../scripts/node-floor.mjs";

describe("the Node floor", () => {
  const range = "^22.22.0 || ^24.8.0 || >=26.0.0";

  it("admits a version only inside one of the range's alternatives", () => {
    const admitted = ["v22.22.0", "v22.23.5", "v24.8.0", "v24.22.3", "v26.0.0", "v27.1.0"];
    const refused = ["v20.20.2", "v22.21.1", "v23.11.0", "v24.7.0", "v25.9.0", "v18.19.0"];
    for (const version of admitted) expect(satisfies(version, range), version).toBe(true);
    for (const version of refused) expect(satisfies(version, range), version).toBe(false);
    expect(satisfies("22.18.0", "22.18.0")).toBe(true);
    expect(satisfies("22.18.1", "22.18.0")).toBe(false);
  });

  it("finds the oldest version a range admits, whatever the order of its alternatives", () => {
    expect(lowestOf(range)).toBe("22.22.0");
    expect(lowestOf(">=26 || ^24.8 || ^22.22.1")).toBe("22.22.1");
  });

  it("refuses a range it cannot read rather than guess", () => {
    expect(() => satisfies("v24.0.0", "22.x")).toThrow("22.x");
  });

  it("pins in .nvmrc a Node that engines.node admits", () => {
    const { floor, pinned } = declaredNode();
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(satisfies(pinned, floor)).toBe(true);
  });
});
