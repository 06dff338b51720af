import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAnalyticsCli } from "./analytics";

// The operator CLI: JSON on stdout, one-line errors with exit codes 2 (arguments) and 1 (input).
const root = path.resolve(import.meta.dirname, "..");
const CDNOW = path.resolve(root, "../shared/data/cdnow");

function spawnCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", path.join(root, "scripts/analytics.ts"), ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("analytics CLI", () => {
  it("runs as a process: JSON fit on stdout, exit 0; a clear error and exit 2 on bad arguments", async () => {
    const [ok, bad] = await Promise.all([spawnCli("bgnbd", "--summary", path.join(CDNOW, "cdnow_customers_summary.csv")), spawnCli("bgnbd")]);
    expect(ok.code).toBe(0);
    const fit = JSON.parse(ok.stdout);
    expect(Object.keys(fit)).toEqual(["r", "alpha", "a", "b", "logLikelihood"]);
    expect(fit.r).toBeCloseTo(0.2426, 3);
    expect(fit.alpha).toBeCloseTo(4.414, 2);
    expect(fit.a).toBeCloseTo(0.7929, 3);
    expect(fit.b).toBeCloseTo(2.426, 2);
    expect(fit.logLikelihood).toBeCloseTo(-9582.43, 1);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: --summary is required/);
    expect(bad.stdout).toBe("");
  });

  it("summary -> gammagamma, rfm and kmeans on the CDNOW log", () => {
    const summary = runAnalyticsCli(["summary", "--transactions", path.join(CDNOW, "CDNOW_sample.txt"), "--calibration-end", "1997-09-30", "--unit", "weeks"]);
    expect(summary.code).toBe(0);
    const rows = JSON.parse(summary.stdout);
    expect(rows).toHaveLength(2357);
    expect(rows[0]).toMatchObject({ customerId: "1", frequency: 2, monetary_value: 22.345 });

    const csv = runAnalyticsCli(["summary", "--transactions", path.join(CDNOW, "CDNOW_sample.txt"), "--calibration-end", "1997-09-30", "--unit", "weeks", "--format", "csv"]);
    expect(csv.stdout.split("\n")[0]).toBe("customerId,frequency,recency,T,monetary_value,total_value");
  });

  it("rejects bad arguments and files without a stack trace", () => {
    const cases: [string[], number, RegExp][] = [
      [[], 2, /A command is required/],
      [["forecast"], 2, /Unknown command "forecast"/],
      [["bgnbd", "--summary", "x.csv", "--bogus"], 2, /Unknown option '--bogus'/],
      [["summary", "--transactions", "x.csv", "--calibration-end", "1997-09-31"], 2, /--calibration-end must be a date/],
      [["summary", "--transactions", "x.csv", "--calibration-end", "1997-09-30", "--unit", "months"], 2, /--unit must be days or weeks/],
      [["kmeans", "--summary", "x.csv", "--k", "0"], 2, /--k must be a whole number/],
      [["gammagamma", "--summary", path.join(root, "no-such-file.csv")], 1, /File not found/],
      [["bgnbd", "--summary", path.join(CDNOW, "CDNOW_sample.txt")], 1, /needs a "frequency" column/],
      [["gammagamma", "--summary", path.join(CDNOW, "cdnow_customers_summary.csv")], 1, /needs a "monetary_value" column/],
    ];
    for (const [args, code, message] of cases) {
      const result = runAnalyticsCli(args);
      expect(result.code, args.join(" ")).toBe(code);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe("");
    }
    expect(runAnalyticsCli(["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("Usage:") });
  });
});
