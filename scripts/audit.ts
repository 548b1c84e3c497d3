/**
 * `npm run audit`: npm's advisory check of what ships in the extension (runtime dependencies only). Fails on any
 * advisory; when the advisory database cannot be reached (some registries and mirrors refuse its endpoint),
 * says so plainly and exits 0, since that says nothing either way about the dependencies.
 */
import { spawnSync } from "node:child_process";

interface AuditReport {
  statusCode?: number;
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number } };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
}

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  console.error(`npm audit gave no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.log(`npm audit could not reach the advisory database: ${report.message ?? "no answer"}.`);
  console.log("Nothing is known either way; run `npm run audit` where the registry answers advisory queries.");
  process.exit(0);
}
const total = Object.values(counts).reduce((a, b) => a + b, 0);
if (total > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) console.error(`  ${name}: ${v.severity}`);
  console.error(`npm audit: ${total} advisories in runtime dependencies.`);
  process.exit(1);
}
console.log(`npm audit: 0 advisories in ${report.metadata?.dependencies?.prod ?? "the"} runtime dependencies.`);
