import type { FlowIssue } from "@/lib/bots/client";
import type { FlowNodeType } from "@/lib/bots/client";

// Puts each validation message of a node next to the form field it is about; what belongs to no
// field (not connected, an exit left open) is shown above the form.

const rules: [FlowNodeType, RegExp, string][] = [
  ["trigger", /^Command/, "command"],
  ["trigger", /^Keyword/, "keywords"],
  ["message", /empty/, "text"],
  ["message", /button/i, "buttons"],
  ["question", /no text/, "text"],
  ["question", /^Question:/, "variable"],
  ["question", /option/i, "options"],
  ["question", /minimum/, "min"],
  ["condition", /rule|number/i, "rules"],
  ["setVariable", /^Set variable/, "variable"],
  ["tag", /tag/, "tags"],
  ["http", /URL/, "url"],
  ["http", /^HTTP response/, "responseMappings"],
  ["http", /^HTTP status/, "statusVariable"],
  ["jump", /^Jump/, "flowId"],
  ["split", /variable|built-in/, "variable"],
  ["split", /^A\/B split/, "branches"],
];

export function fieldIssues(type: FlowNodeType, issues: FlowIssue[]): { byField: Record<string, string>; rest: FlowIssue[] } {
  const byField: Record<string, string> = {};
  const rest: FlowIssue[] = [];
  for (const issue of issues) {
    // Schema errors come as "nodes.3.data.<field>...: message".
    const schemaField = /^nodes\.\d+\.data\.(\w+)/.exec(issue.message)?.[1];
    const field = schemaField ?? rules.find(([t, re]) => t === type && re.test(issue.message))?.[2];
    if (field) byField[field] ??= schemaField ? issue.message.replace(/^[^:]+:\s*/, "") : issue.message;
    else rest.push(issue);
  }
  return { byField, rest };
}
