"use client";
import type { FlowRunError } from "@/lib/bots/client";
import { formatDateTime, viewerTimeZone } from "@/lib/format";
import { useEditor } from "./flow-editor-context";
import { nodeLabel } from "./node-catalog";
import { StepRow, useFocusNode } from "./validation-list";

// What live conversations ran into in this flow's steps in the last 7 days (an HTTP request
// refused or failed, a loop stopped), newest first; a click selects the step.
export function RunErrorList({ errors, onFocusNode }: { errors: FlowRunError[]; onFocusNode: () => void }) {
  const nodes = useEditor((s) => s.nodes);
  const focus = useFocusNode(onFocusNode);
  return (
    <section aria-label="Errors in live conversations" className="border-t border-gray-200">
      <h3 className="px-4 pt-3 text-xs font-semibold uppercase tracking-wide text-gray-500">In live conversations (7 days)</h3>
      {errors.length === 0 ? (
        <p className="px-4 py-2 text-sm text-gray-600">No step has failed in a conversation.</p>
      ) : (
        <ul className="divide-y divide-gray-100">
          {errors.map((e, i) => {
            const node = e.nodeId ? nodes.find((n) => n.id === e.nodeId) : undefined;
            return (
              <StepRow key={i} nodeId={node?.id} onFocus={focus}>
                <span className="text-xs font-semibold text-red-700">
                  {node ? nodeLabel(node.type) : "Step"} ·{" "}
                  <time dateTime={e.at} suppressHydrationWarning>
                    {formatDateTime(e.at, viewerTimeZone(), { zone: true })}
                  </time>
                </span>
                <span className="block break-words text-sm text-gray-800">{e.message}</span>
              </StepRow>
            );
          })}
        </ul>
      )}
    </section>
  );
}
