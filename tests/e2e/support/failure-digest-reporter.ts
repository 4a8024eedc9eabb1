import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

// CI keeps only the tail of a failed run's output, where the list reporter has put trace paths.
// This prints the failures' titles and the first lines of their errors once more, last, and the
// first failure at the very end: a later one is often only a consequence (e.g. a server gone).

const linesPerError = 8;
const failuresShown = 5;
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
    const shown = this.failures.slice(0, failuresShown).reverse();
    console.log(`\n==== e2e failures: ${this.failures.length} (run ${result.status}); the first ${shown.length} of them, the very first at the bottom ====`);
    console.log(shown.join("\n\n"));
  }

  printsToStdio(): boolean {
    return true;
  }
}
