// The one name of a k-means cluster wherever it is shown (Clusters page, customer page, segment
// builder and descriptions, predictions, the Overview's model details): its number as on the
// Clusters page and, when the run described it, its centroid in words:
// "Cluster 4 (lapsed, infrequent, low spend)". Pure, so client components can use it too.
export type ClusterDescriptions = Record<number, string>;

export function clusterLabel(cluster: number, descriptions?: ClusterDescriptions | null): string {
  const description = descriptions?.[cluster]?.trim();
  return description ? `Cluster ${cluster + 1} (${description})` : `Cluster ${cluster + 1}`;
}
