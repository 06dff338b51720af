"use client";
import { ResponsiveContainer, Treemap, type TreemapNode } from "recharts";

export type RfmTreemapItem = { name: string; value: number; color: string; href: string; share: string };

/** Segment sizes as a treemap; each tile links to the segment's customers. */
export function RfmTreemap({ items }: { items: RfmTreemapItem[] }) {
  const data = items.filter((i) => i.value > 0);
  const content = (node: TreemapNode) => {
    if (node.depth !== 1) return <g />;
    const { x, y, width, height, name } = node;
    const item = data.find((d) => d.name === name);
    // Labels where they fit (about 7 px per character at 12 px), shortened with an ellipsis.
    const chars = Math.floor((width - 16) / 7);
    const roomy = chars >= 4 && height > 34;
    const label = name.length <= chars ? name : `${name.slice(0, chars - 1)}…`;
    return (
      <a href={item?.href} aria-label={`${name}: ${item?.value.toLocaleString("en-US")} customers, ${item?.share}`}>
        <rect x={x} y={y} width={width} height={height} fill={item?.color ?? "#9ca3af"} stroke="#fff" strokeWidth={2} rx={4} />
        {roomy && (
          <>
            <text x={x + 8} y={y + 18} fill="#fff" fontSize={12} fontWeight={600}>
              {label}
            </text>
            {height > 50 && width > 90 && (
              <text x={x + 8} y={y + 34} fill="#fff" fillOpacity={0.9} fontSize={11}>
                {item?.value.toLocaleString("en-US")} · {item?.share}
              </text>
            )}
          </>
        )}
        <title>{`${name}: ${item?.value.toLocaleString("en-US")} customers (${item?.share})`}</title>
      </a>
    );
  };
  return (
    <div style={{ width: "100%", height: 320 }}>
      <ResponsiveContainer>
        <Treemap data={data} dataKey="value" nameKey="name" isAnimationActive={false} content={content} aspectRatio={4 / 3} />
      </ResponsiveContainer>
    </div>
  );
}
