import type { Translate } from "@/lib/i18n";

export function summaryLabels(t: Translate) {
  return {
    notAnswered: t("assessment.notAnswered"),
    change: t("assessment.change"),
    yes: t("assessment.yes"),
    no: t("assessment.no"),
    note: t("assessment.noteLabel"),
    target: t("assessment.target"),
    level: t("assessment.level"),
  };
}
