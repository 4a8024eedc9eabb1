// `tsx scripts/scan-server-log.ts <log file>`: fails (exit 1) when the server log of an e2e run breaks
// the logging rules (scripts/lib/log-scan.ts). scripts/test-e2e.sh runs it after Playwright passes.
import { readFileSync } from "node:fs";
import { DEMO_PASSWORD } from "@/lib/db/demo-data";
import { accessLogProblems, scanLog, secretPatterns } from "./lib/log-scan";

const file = process.argv[2];
if (!file) {
  console.error("usage: tsx scripts/scan-server-log.ts <server log file>");
  process.exit(2);
}

const text = readFileSync(file, "utf8");
const problems = [
  ...scanLog(text, secretPatterns({ demoPassword: DEMO_PASSWORD, nextAuthSecret: process.env.NEXTAUTH_SECRET })),
  ...accessLogProblems(text),
];
const lineCount = text.split("\n").filter(Boolean).length;
if (problems.length === 0) {
  console.log(`Server log ${file}: ${lineCount} lines, all JSON with a requestId or job, access lines complete, no secrets.`);
} else {
  console.error(`Server log ${file} breaks the logging rules (${problems.length} problems in ${lineCount} lines):`);
  for (const problem of problems.slice(0, 50)) console.error(`  line ${problem.line}: ${problem.rule}: ${problem.detail}`);
  if (problems.length > 50) console.error(`  … and ${problems.length - 50} more`);
  process.exit(1);
}
