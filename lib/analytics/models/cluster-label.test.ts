import { describe, expect, it } from "vitest";
import { clusterLabel } from "./cluster-label";

describe("clusterLabel", () => {
  it("numbers clusters from 1 as the Clusters page does and adds the run's description", () => {
    expect(clusterLabel(3, { 3: "lapsed, infrequent, low spend" })).toBe("Cluster 4 (lapsed, infrequent, low spend)");
    expect(clusterLabel(3, { 0: "recent" })).toBe("Cluster 4");
    expect(clusterLabel(0)).toBe("Cluster 1");
    expect(clusterLabel(0, { 0: "  " })).toBe("Cluster 1");
  });
});
