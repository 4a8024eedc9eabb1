// Runs Lighthouse audits in plain Node, not under tsx: tsx's esbuild transform adds `__name(...)`
// helpers to Lighthouse's functions, which Lighthouse serialises into the page, where the helper
// does not exist ("__name is not defined"). Input: one JSON argument { port, url, cookie? };
// output: the Lighthouse result's categories and audits as JSON on stdout (bench/lighthouse.ts).
import lighthouse from "lighthouse";

const { port, url, cookie } = JSON.parse(process.argv[2] ?? "{}");
const result = await lighthouse(url, {
  port,
  output: "json",
  logLevel: "error",
  onlyCategories: ["performance", "accessibility"],
  ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
});
if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
const { lhr } = result;
process.stdout.write(
  JSON.stringify({
    runtimeError: lhr.runtimeError ?? null,
    finalDisplayedUrl: lhr.finalDisplayedUrl,
    // Lighthouse's own measure of how fast this machine was during the run (its CPU throttling is
    // calibrated for fast machines and it warns below a benchmarkIndex of 1,000).
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    categories: lhr.categories,
    audits: Object.fromEntries(Object.entries(lhr.audits).map(([id, a]) => [id, { score: a.score, displayValue: a.displayValue, numericValue: a.numericValue }])),
  }),
);
