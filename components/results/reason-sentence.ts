import type { Translate } from "@/lib/i18n";
import type { PriorityReason } from "@/lib/scoring/result-schema";
import type { NumberFormats } from "./number-formats";

/** Names from the questionnaire version the result was scored with, in the reader's language. */
export type ReasonNames = {
  dimension: (dimensionId: string) => string;
  challenge: (challengeId: string) => string;
  sector: (isicDivision: string) => string;
};

/**
 * One sentence in the reader's language for a stored priority reason code, with its numbers
 * and names. The API's English (lib/scoring/describe-reason.ts) is not reused: word order and
 * number formats differ per language, so each language phrases the codes itself.
 */
export function describePriorityReason(reason: PriorityReason, t: Translate, names: ReasonNames, formats: NumberFormats): string {
  switch (reason.code) {
    case "gap":
      return t("reasons.gap", { current: formats.score(reason.current), target: formats.level(reason.target), gap: formats.score(reason.gap) });
    case "low-level":
      return t("results.reasonLowLevel", { current: formats.score(reason.current), need: formats.score(reason.need) });
    case "sector":
      return t(reason.multiplier > 1 ? "reasons.sectorMore" : "reasons.sectorLess", {
        sector: names.sector(reason.sector),
        multiplier: formats.factor(reason.multiplier),
      });
    case "challenge":
      return t("reasons.challenge", { challenge: names.challenge(reason.challenge) });
    case "prerequisite-of":
      return t("reasons.prerequisiteOf", { dimension: names.dimension(reason.dimension), level: formats.level(reason.requiredLevel) });
    case "awaits-prerequisite":
      return t("reasons.awaitsPrerequisite", { dimension: names.dimension(reason.prerequisite), level: formats.level(reason.requiredLevel) });
  }
}
