// Operator CLI for the analytics core: `npm run -s analytics -- <command> [options]`, JSON on stdout.
// Errors go to stderr as one line, with exit code 2 for bad arguments and 1 for bad input files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { clusterKmeans } from "@/lib/analytics";
import { computeCustomerScores } from "@/lib/analytics";
import { fitBgNbd } from "@/lib/analytics";
import { fitGammaGamma } from "@/lib/analytics";
import { parseSummaryCsv } from "@/lib/analytics";
import { parseTransactions } from "@/lib/analytics";
import { rfmInputFromSummary, scoreRfm, summarizeRfmSegments } from "@/lib/analytics";
import { summarizeTransactions, type TimeUnit } from "@/lib/analytics";

const USAGE = `Usage: npm run -s analytics -- <command> [options]

Commands:
  summary    --transactions FILE --calibration-end YYYY-MM-DD [--unit days|weeks] [--format json|csv]
             Purchase log (CSV customer_id,date,amount or the CDNOW text format) to one row per
             customer: frequency, recency, T, monetary_value (as lifetimes defines them), total_value.
  bgnbd      --summary FILE        CSV with frequency,recency,T -> {r, alpha, a, b, logLikelihood}
  gammagamma --summary FILE        CSV with frequency,monetary_value -> {p, q, v} (frequency > 0 only)
  rfm        --summary FILE        RFM scores 1-5 and segments (monetary: total_value, else monetary_value x frequency)
  kmeans     --summary FILE [--k N] [--seed N]
             Clusters on log-scaled, standardised recency, frequency, monetary, tenure; k by silhouette in 2-8
  scores     --transactions FILE --calibration-end YYYY-MM-DD [--unit days|weeks] [--horizon-days 90]
             Everything per customer: P(alive), expected purchases, order value, CLV, churn risk, RFM, cluster`;

class UsageError extends Error {}

const OPTIONS = {
  transactions: { type: "string" },
  "calibration-end": { type: "string" },
  unit: { type: "string" },
  format: { type: "string" },
  summary: { type: "string" },
  k: { type: "string" },
  seed: { type: "string" },
  "horizon-days": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

function required(values: Values, name: "transactions" | "calibration-end" | "summary"): string {
  const value = values[name];
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? `File not found: ${file}` : code === "EISDIR" ? `Not a file: ${file}` : `Cannot read ${file} (${code ?? "unknown error"})`);
  }
}

function unitOf(values: Values): TimeUnit {
  const unit = values.unit ?? "days";
  if (unit !== "days" && unit !== "weeks") throw new UsageError(`--unit must be days or weeks, not "${unit}"`);
  return unit;
}

function calibrationEndOf(values: Values): string {
  const end = required(values, "calibration-end");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end) || Number.isNaN(Date.parse(end)) || new Date(end).toISOString().slice(0, 10) !== end) {
    throw new UsageError(`--calibration-end must be a date YYYY-MM-DD, not "${end}"`);
  }
  return end;
}

function integerOption(values: Values, name: "k" | "seed" | "horizon-days", min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return n;
}

function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return "";
  const columns = Object.keys(rows[0]);
  const cell = (v: unknown) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))].join("\n") + "\n";
}

function run(argv: string[]): string {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help) throw new UsageError("");
  if (!command) throw new UsageError("A command is required (summary, bgnbd, gammagamma, rfm, kmeans, scores)");
  if (extra.length > 0) throw new UsageError(`Unexpected argument: ${extra[0]}`);
  const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

  switch (command) {
    case "summary": {
      const file = required(values, "transactions");
      const calibrationEnd = calibrationEndOf(values);
      const unit = unitOf(values);
      const format = values.format ?? "json";
      if (format !== "json" && format !== "csv") throw new UsageError(`--format must be json or csv, not "${format}"`);
      const transactions = parseTransactions(readText(file));
      if (transactions.length === 0) throw new Error(`No transactions in ${file}`);
      const rows = summarizeTransactions({ transactions, calibrationEnd, unit });
      return format === "csv" ? toCsv(rows) : json(rows);
    }
    case "bgnbd": {
      const customers = parseSummaryCsv(readText(required(values, "summary")), { require: ["frequency", "recency", "T"] });
      const fit = fitBgNbd({ customers, withStandardErrors: false });
      return json({ ...fit.params, logLikelihood: fit.logLikelihood });
    }
    case "gammagamma": {
      const customers = parseSummaryCsv(readText(required(values, "summary")), { require: ["frequency", "monetary_value"] });
      const fit = fitGammaGamma({ customers, withStandardErrors: false });
      return json(fit.params);
    }
    case "rfm": {
      const customers = parseSummaryCsv(readText(required(values, "summary")), { require: ["frequency", "recency", "T"] });
      const scores = scoreRfm({ customers: customers.map(rfmInputFromSummary) });
      const spend = new Map(customers.map((c) => [c.customerId, c.total_value]));
      return json({ segments: summarizeRfmSegments(scores, spend), customers: scores });
    }
    case "kmeans": {
      const k = integerOption(values, "k", 1, 50);
      const seed = integerOption(values, "seed", 0, 2 ** 32 - 1);
      const customers = parseSummaryCsv(readText(required(values, "summary")), { require: ["frequency", "recency", "T"] });
      const result = clusterKmeans({ rows: customers.map((c) => [c.T - c.recency, c.frequency + 1, c.total_value, c.T]), k, seed });
      const { assignments, ...model } = result;
      return json({ ...model, assignments: customers.map((c, i) => ({ customerId: c.customerId, cluster: assignments[i] })) });
    }
    case "scores": {
      const file = required(values, "transactions");
      const calibrationEnd = calibrationEndOf(values);
      const unit = unitOf(values);
      const horizonDays = integerOption(values, "horizon-days", 1, 3650);
      const transactions = parseTransactions(readText(file));
      if (transactions.length === 0) throw new Error(`No transactions in ${file}`);
      return json(computeCustomerScores({ transactions, calibrationEnd, unit, horizonDays }));
    }
    default:
      throw new UsageError(`Unknown command "${command}"`);
  }
}

export type CliResult = { code: number; stdout: string; stderr: string };

/** The CLI without the process: arguments in, exit code and output out (tests call this). */
export function runAnalyticsCli(argv: string[]): CliResult {
  try {
    return { code: 0, stdout: run(argv), stderr: "" };
  } catch (error) {
    if (error instanceof UsageError) {
      return error.message ? { code: 2, stdout: "", stderr: `error: ${error.message}\nRun with --help for usage.\n` } : { code: 0, stdout: `${USAGE}\n`, stderr: "" };
    }
    return { code: 1, stdout: "", stderr: `error: ${error instanceof Error ? error.message : String(error)}\n` };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // A closed pipe (e.g. `| head`) is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const result = runAnalyticsCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
