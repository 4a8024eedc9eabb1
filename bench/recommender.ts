// How good and how fast is the recommender? Runs lib/recommender/recommend over the evaluation set
// (tests/unit/recommender/evaluation-set.ts: firms written from the source report, each with the
// items an expert would expect) and prints precision@5, recall@5, hit rate@5 and MRR per list, the
// size fit of "Firms like yours" for the small firms, then the time one recommendation takes with
// the shipped catalogue. See docs/recommender.md.
import { catalogue } from "../lib/catalogue/catalogue";
import { getCatalogueItem } from "../lib/catalogue/catalogue";
import { hasHitAt, averageOf, measurePrecisionAt, measureRecallAt, measureReciprocalRank, measureSizeFitAt } from "../lib/recommender/evaluate";
import { isLargeFirmCase, isSmallFirmBand } from "../lib/recommender/size-fit";
import { recommend, type RecommendInput } from "../lib/recommender/recommend";
import { evaluationDate, evaluationSet, inputFor } from "../tests/unit/recommender/evaluation-set";
import { summarize } from "./lib/percentiles";
import type { Benchmark, BenchRow } from "./run";

const k = 5;
/** Size fit is judged on the first three cases: the ones a manager reads. */
const sizeK = 3;
const lists = [
  { key: "firmsLikeYours", label: "Firms like yours" },
  { key: "supportYouCanUse", label: "Support you can use" },
] as const;

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
/** Timed recommendations (all evaluation firms in turn); the first tenth warm the JIT and are not counted. */
const timedRuns = numberFromEnv("BENCH_RECOMMENDER_RUNS", 5000);

function microseconds(ms: number): string {
  return (ms * 1000).toFixed(ms < 0.01 ? 1 : 0);
}

export const recommenderEvaluation: Benchmark = {
  name: "recommender",
  description: "precision@5, MRR and size fit of the recommender over the evaluation set, and time per recommendation",
  run: async (log) => {
    const rows: BenchRow[] = [];
    const inputs = evaluationSet.map((entry) => ({ entry, input: inputFor(entry, catalogue) }));

    type Scores = { precision: number[]; ceiling: number[]; recall: number[]; hits: number[]; reciprocal: number[]; misses: string[] };
    const empty = (): Scores => ({ precision: [], ceiling: [], recall: [], hits: [], reciprocal: [], misses: [] });
    const overall = empty();
    for (const list of lists) {
      const scores = empty();
      for (const { entry, input } of inputs) {
        const expected = entry.expected[list.key];
        if (expected.length === 0) continue;
        const ranked = recommend(input, { today: evaluationDate })[list.key].map((recommendation) => recommendation.itemId);
        for (const target of [scores, overall]) {
          target.precision.push(measurePrecisionAt(k, ranked, expected));
          // The best precision@k possible when only this many items are expected.
          target.ceiling.push(Math.min(expected.length, k) / k);
          target.recall.push(measureRecallAt(k, ranked, expected));
          target.hits.push(hasHitAt(k, ranked, expected) ? 1 : 0);
          target.reciprocal.push(measureReciprocalRank(ranked, expected));
        }
        if (!hasHitAt(k, ranked, expected)) scores.misses.push(entry.id);
        const found = ranked.slice(0, k).filter((id) => expected.includes(id));
        log(`  ${entry.id} / ${list.label}: top ${k} = ${ranked.slice(0, k).join(", ")} (expected found: ${found.join(", ") || "none"})`);
      }
      rows.push(metricsRow(list.label, scores));
      overall.misses.push(...scores.misses);
    }
    rows.push(metricsRow("Both lists", overall));

    // Size fit: for every micro or small firm, the share of its top three cases tagged for its size
    // band, and how many large firms' cases reach its top three without a reason their lesson transfers.
    const sizeFits: number[] = [];
    const unexplained: string[] = [];
    for (const { input, entry } of inputs) {
      const band = input.firm.sizeBand;
      if (band === undefined || !isSmallFirmBand(band)) continue;
      const top = recommend(input, { today: evaluationDate }).firmsLikeYours.slice(0, sizeK);
      sizeFits.push(measureSizeFitAt(sizeK, top.map((recommendation) => getCatalogueItem(recommendation.itemId)!.firmSizes), band));
      for (const recommendation of top) {
        const transfers = recommendation.reasons.some((reason) => reason.code === "size-transfer");
        if (isLargeFirmCase(getCatalogueItem(recommendation.itemId)!) && !transfers) unexplained.push(`${entry.id}: ${recommendation.itemId}`);
      }
    }
    rows.push({
      case: `Firms like yours, small firms`,
      metrics: {
        [`size-fit@${sizeK}`]: averageOf(sizeFits).toFixed(3),
        [`large w/o transfer in top ${sizeK}`]: String(unexplained.length),
        "small firms": String(sizeFits.length),
      },
    });

    log(`  timing ${timedRuns} recommendations…`);
    const warmUp = Math.ceil(timedRuns / 10);
    const samples: number[] = [];
    for (let run = 0; run < timedRuns + warmUp; run++) {
      const input: RecommendInput = inputs[run % inputs.length]!.input;
      const started = performance.now();
      recommend(input, { today: evaluationDate });
      const elapsed = performance.now() - started;
      if (run >= warmUp) samples.push(elapsed);
    }
    const timing = summarize(samples);
    rows.push({
      case: `Time per recommendation (${catalogue.length} items)`,
      metrics: { "p50 µs": microseconds(timing.p50), "p99 µs": microseconds(timing.p99), "mean µs": microseconds(timing.mean), samples: String(timing.count) },
    });

    return {
      rows,
      notes: [
        `${evaluationSet.length} firms, evaluated on ${evaluationDate}; a list counts only for firms with expected items in it (${overall.precision.length} firm-lists).`,
        `precision@${k} = expected items in the top ${k} / ${k} (at most #expected / ${k}, so below 1 by design: "best possible" is that ceiling); recall@${k} = expected items found / expected; hit@${k} = share of firm-lists with an expected item in the top ${k}; MRR = mean of 1 / rank of the first expected item.`,
        overall.misses.length > 0 ? `No expected item in the top ${k}: ${overall.misses.join(", ")}.` : `Every firm-list has an expected item in the top ${k}.`,
        `size-fit@${sizeK} = share of a micro or small firm's first ${sizeK} "firms like yours" tagged for its size band, averaged over those firms; "large w/o transfer" counts large firms' cases in their first ${sizeK} without a size-transfer reason${unexplained.length > 0 ? ` (${unexplained.join("; ")})` : ""}.`,
        "Time: recommend() only (profile already read, priorities already ranked), measured with performance.now() in this process.",
      ],
    };
  },
};

function metricsRow(label: string, scores: { precision: number[]; ceiling: number[]; recall: number[]; hits: number[]; reciprocal: number[] }): BenchRow {
  return {
    case: label,
    metrics: {
      [`precision@${k}`]: averageOf(scores.precision).toFixed(3),
      [`best possible p@${k}`]: averageOf(scores.ceiling).toFixed(3),
      [`recall@${k}`]: averageOf(scores.recall).toFixed(3),
      [`hit@${k}`]: averageOf(scores.hits).toFixed(3),
      MRR: averageOf(scores.reciprocal).toFixed(3),
      "firm-lists": String(scores.precision.length),
    },
  };
}
