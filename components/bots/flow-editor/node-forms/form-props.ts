import type { FlowNodeType, NodeOf } from "@/lib/bots";

/** What every node form gets: its node's data, a setter for the whole data, field errors. */
export type NodeFormProps<T extends FlowNodeType> = { data: NodeOf<T>["data"]; set: (data: NodeOf<T>["data"]) => void; errors: Record<string, string> };
