import type { PriorityReason } from "./result-schema";

const oneDecimal = (value: number) => value.toFixed(1);

/**
 * One English sentence for a priority reason, for the API and logs. The UI phrases reasons
 * from their codes in the reader's language instead. `nameOf` turns a dimension id into a
 * title (e.g. from the questionnaire texts); without it the id is used.
 */
export function describeReason(reason: PriorityReason, nameOf: (dimensionId: string) => string = (id) => id): string {
  switch (reason.code) {
    case "gap":
      return `You are at ${oneDecimal(reason.current)} and aim for ${reason.target}: a gap of ${oneDecimal(reason.gap)} levels.`;
    case "low-level":
      return `No target was chosen, so it counts by its distance from level 5: at ${oneDecimal(reason.current)}, ${oneDecimal(reason.need)} levels to go.`;
    case "sector":
      return reason.multiplier > 1
        ? `This matters more than average in your sector (ISIC ${reason.sector}).`
        : `This matters less than average in your sector (ISIC ${reason.sector}).`;
    case "challenge":
      return `It addresses a challenge you named: ${challengeNames[reason.challenge]}.`;
    case "prerequisite-of":
      return `${nameOf(reason.dimension)} builds on this; it needs at least level ${reason.requiredLevel} here first.`;
    case "awaits-prerequisite":
      return `This builds on ${nameOf(reason.prerequisite)}, which should reach level ${reason.requiredLevel} first.`;
  }
}

const challengeNames: Record<Extract<PriorityReason, { code: "challenge" }>["challenge"], string> = {
  "frontier-access": "access to frontier technology",
  funding: "lack of funds",
  "firm-linkages": "weak links with other firms",
  awareness: "lack of awareness of uses and benefits",
  "qualified-personnel": "lack of qualified personnel",
  reskilling: "re-skilling the existing workforce",
  "legacy-integration": "integrating new technology with existing equipment",
  "standards-uncertainty": "standards and uncertainty",
};
