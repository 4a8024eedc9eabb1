import "server-only";
import type { PeerBenchmarkProps } from "@/components/results/peer-benchmark";
import type { AssessmentSummary } from "@/lib/db/queries/assessments";
import { hasEnoughPeers, minimumPeers } from "@/lib/cohort/peer-percentile";
import { getPeerPercentile } from "@/lib/db/queries/peer-benchmark";
import type { MessageKey, Translate } from "@/lib/i18n";

/**
 * The peer benchmark's text for the results of an assessment's latest submission, or undefined
 * when it has none to show (no programme). The percentile only appears with at least
 * `minimumPeers` other firms of the sector; before that, a sentence says when it will.
 */
export async function loadPeerBenchmark(
  assessment: AssessmentSummary,
  viewer: "firm" | "officer",
  t: Translate,
  percent: (share: number) => string,
): Promise<PeerBenchmarkProps | undefined> {
  if (!assessment.programmeId) return undefined;
  const benchmark = await getPeerPercentile(assessment.id);
  if (!benchmark) return undefined;
  const names = { sector: t(`sectors.${benchmark.sector}` as MessageKey), programme: benchmark.programmeName };
  const sentence =
    hasEnoughPeers(benchmark.peers) && benchmark.percentile !== null
      ? t(viewer === "firm" ? "cohort.peer.sentence" : "cohort.peer.sentenceOfficer", { ...names, percent: percent(benchmark.percentile / 100), count: benchmark.peers })
      : null;
  return {
    sentence,
    notYet: t("cohort.peer.notYet", { ...names, minimum: minimumPeers }),
    labels: { title: t("cohort.peer.title"), howTitle: t("cohort.peer.howTitle"), how: t("cohort.peer.how") },
  };
}
