import type { AutosaveLabels } from "@/components/questionnaire/autosave-island";
import type { Translate } from "@/lib/i18n";

export function autosaveLabels(t: Translate): AutosaveLabels {
  return {
    saved: t("assessment.saved"),
    saving: t("assessment.saving"),
    offline: t("assessment.offline"),
    failed: t("assessment.notSaved"),
    retry: t("assessment.retry"),
    invalid: t("assessment.notSavedInvalid"),
    locked: t("assessment.locked"),
    notAssigned: t("assignments.saveRefused"),
    conflictTitle: t("assessment.conflictTitle"),
    conflictLead: t("assessment.conflictLead"),
    yours: t("assessment.conflictYours"),
    theirs: t("assessment.conflictTheirs"),
    keepMine: t("assessment.keepMine"),
    useTheirs: t("assessment.useTheirs"),
    empty: t("assessment.noAnswer"),
    notSavedAnswer: t("assessment.notSavedAnswer"),
    answered: t("assessment.answeredProgress"),
  };
}
