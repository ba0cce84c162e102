import { describe, expect, it } from "vitest";
import { nodeVersionProblem } from "../../scripts/require-node.mjs";

describe("nodeVersionProblem", () => {
  it("names the fix in one line on a Node older than 22.12", () => {
    for (const version of ["v18.19.0", "v20.20.2", "v22.11.0"]) {
      const problem = nodeVersionProblem(version);
      expect(problem, version).toContain(version);
      expect(problem, version).toContain("source scripts/use-node.sh");
      expect(problem, version).not.toContain("\n");
    }
  });

  it("lets a recent Node through", () => {
    for (const version of ["v22.12.0", "v23.1.0", "v24.22.3"]) {
      expect(nodeVersionProblem(version), version).toBeUndefined();
    }
  });
});
