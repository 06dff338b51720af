import path from "node:path";

/** The public data sets in ../shared/data beside the clone (CI provides them), whatever folder a test is in. */
export const CDNOW_DIR = path.resolve(import.meta.dirname, "../../shared/data/cdnow");
