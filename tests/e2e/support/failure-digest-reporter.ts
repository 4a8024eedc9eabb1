import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

// CI keeps only the tail of a failed run's output, where the list reporter has put trace paths.
// This prints each failure's title and the first lines of its error once more, last.

const linesPerError = 12;
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");

export default class FailureDigestReporter implements Reporter {
  private readonly failures: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === "passed" || result.status === "skipped" || result.status === test.expectedStatus) return;
    const title = test.titlePath().filter(Boolean).join(" › ");
    const error = result.errors.map((e) => stripAnsi(e.message ?? e.value ?? "")).join("\n");
    const lines = error.split("\n").filter((line) => line.trim() !== "").slice(0, linesPerError);
    this.failures.push([`✘ ${title} (${result.status}, ${Math.round(result.duration / 1000)} s)`, ...lines.map((l) => `    ${l}`)].join("\n"));
  }

  onEnd(result: FullResult): void {
    if (this.failures.length === 0) return;
    console.log(`\n==== e2e failures (${this.failures.length}, run ${result.status}) ====`);
    console.log(this.failures.join("\n\n"));
  }

  printsToStdio(): boolean {
    return true;
  }
}
