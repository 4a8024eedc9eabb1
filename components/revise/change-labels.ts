import type { Translate } from "@/lib/i18n";
import type { ChangeLabels } from "@/lib/review/describe-changes";

/** The words describeRevisionChanges needs, in the reader's language (the officer's review uses the same keys). */
export function changeLabels(t: Translate): ChangeLabels {
  return {
    notAnswered: t("review.changes.notAnswered"),
    yes: t("assessment.yes"),
    no: t("assessment.no"),
    profileSection: t("review.changes.profileSection"),
    level: (level, label) => t("review.changes.level", { level, label }),
    noteOf: (question) => t("review.changes.noteOf", { question }),
    targetOf: (dimension) => t("review.changes.targetOf", { dimension }),
    targetLevel: (level) => t("review.changes.targetLevel", { level }),
  };
}
