// How fast is scoring? Times lib/scoring's scoreAssessment on full v1 assessments against a naive
// reference written the obvious way (visibility recomputed, arrays filtered per dimension and
// factor) in the same run, checks both agree, and times rescoring 100,000 stored assessments
// (scores and priorities, as at submit). Budget from issue 4: ≥ 2× the reference, ≤ 10 µs each.
import { emptyAnswerSet, type AnswerSet } from "../lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "../lib/questionnaire/published";
import type { QuestionnaireVersion } from "../lib/questionnaire/version-schema";
import { listVisibleDimensions } from "../lib/questionnaire/visible-items";
import { scoreAssessment } from "../lib/scoring/score-assessment";
import { scoreSubmission } from "../lib/scoring/submission-scores";
import type { Benchmark, BenchRow } from "./run";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const version = questionnaire.structure;

function makeRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomAnswers(random: () => number): AnswerSet {
  const offersServices = random() < 0.3;
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: ["10", "22", "25", "26"][Math.floor(random() * 4)]!, employees: 20, "offers-services": offersServices, challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(version, answers)) for (const i of indicators) answers.levels[i.id] = Math.floor(random() * 6);
  return answers;
}

/** The obvious implementation: the reference the engine is measured against (and checked with). */
function naiveIndex(v: QuestionnaireVersion, answers: AnswerSet): number {
  const dims = listVisibleDimensions(v, answers).map((d) => ({
    factorId: d.factorId,
    weight: d.dimension.weight,
    score:
      d.indicators.map((i) => (answers.levels[i.id] ?? 0) * i.weight).reduce((a, b) => a + b, 0) /
      d.indicators.map((i) => i.weight).reduce((a, b) => a + b, 0),
  }));
  const core = ["people", "process", "technology"].map((factorId) => {
    const own = dims.filter((d) => d.factorId === factorId);
    return own.map((d) => d.score * d.weight).reduce((a, b) => a + b, 0) / own.map((d) => d.weight).reduce((a, b) => a + b, 0);
  });
  return Math.round((core.reduce((a, b) => a + b, 0) / core.length / 5) * 100 * 10) / 10;
}

function timePerCall(samples: readonly AnswerSet[], rounds: number, run: (answers: AnswerSet) => unknown): number {
  for (let i = 0; i < samples.length; i += 1) run(samples[i]!); // warm-up
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) for (const answers of samples) run(answers);
  return (performance.now() - started) / (rounds * samples.length);
}

export const scoringBenchmark: Benchmark = {
  name: "scoring",
  description: "scoreAssessment vs a naive reference (same run), and rescoring 100,000 stored assessments",
  async run(log) {
    const random = makeRandom(7);
    const samples = Array.from({ length: 1000 }, () => randomAnswers(random));
    for (const answers of samples) {
      const engine = scoreAssessment(version, answers).index.value;
      const reference = naiveIndex(version, answers);
      if (Math.abs(engine - reference) > 0.05) throw new Error(`engine ${engine} and reference ${reference} disagree`);
    }
    log("scoring: engine and reference agree on 1,000 random assessments");
    const engineMs = timePerCall(samples, 20, (answers) => scoreAssessment(version, answers));
    const referenceMs = timePerCall(samples, 20, (answers) => naiveIndex(version, answers));

    const stored = Array.from({ length: 100_000 }, (_, i) => samples[i % samples.length]!);
    const started = performance.now();
    for (const answers of stored) scoreSubmission(version, answers);
    const rescoreSeconds = (performance.now() - started) / 1000;

    const us = (ms: number) => (ms * 1000).toFixed(2);
    const rows: BenchRow[] = [
        { case: "scoreAssessment, full v1 assessment", metrics: { "µs/assessment": us(engineMs), "vs reference": `${(referenceMs / engineMs).toFixed(1)}× faster`, budget: `≤ 10 µs ${engineMs * 1000 <= 10 ? "ok" : "OVER"}` } },
        { case: "naive reference (baseline)", metrics: { "µs/assessment": us(referenceMs), "vs reference": "1.0×" } },
      { case: "rescore 100,000 stored (scores + priorities)", metrics: { "µs/assessment": us((rescoreSeconds * 1000) / stored.length), seconds: rescoreSeconds.toFixed(1) } },
    ];
    return {
      rows,
      notes: ["scoring: 1,000 seeded random v1 assessments (30 % with the services module), 20 rounds each; the reference recomputes visibility and filters arrays per dimension."],
    };
  },
};
