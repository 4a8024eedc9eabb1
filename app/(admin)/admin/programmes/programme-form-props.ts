import "server-only";
import { countryOptions } from "@/app/(admin)/admin/catalogue/form-options";
import type { ProgrammeFormText } from "@/components/programmes/programme-form";
import type { Locale, Translate } from "@/lib/i18n";
import { listQuestionnaireVersionIds } from "@/lib/db/queries/programme-settings";
import { listOfficers } from "@/lib/db/queries/users";
import { dimensionIds } from "@/lib/questionnaire/taxonomy";
import { maxLevel } from "@/lib/questionnaire/version-schema";
import { getRecommendationNames } from "@/lib/recommender/names";

/** Option lists and labels of the programme form, in the reader's language. */
export async function buildProgrammeFormProps(locale: Locale, t: Translate, submit: "create" | "save") {
  const [versionIds, officers] = await Promise.all([listQuestionnaireVersionIds(), listOfficers()]);
  const names = getRecommendationNames(locale);
  const text: ProgrammeFormText = {
    name: t("programmes.name"),
    country: t("programmes.country"),
    version: t("programmes.version"),
    versionHint: t("programmes.versionHint"),
    versionLockedHint: t("programmes.errors.versionLocked"),
    code: t("programmes.code"),
    codeHint: t("programmes.codeHint"),
    opensOn: t("programmes.opensOn"),
    closesOn: t("programmes.closesOn"),
    datesHint: t("programmes.datesHint"),
    targetsTitle: t("programmes.targetsTitle"),
    targetsLead: t("programmes.targetsLead"),
    noTarget: t("programmes.noTarget"),
    officersTitle: t("programmes.officersTitle"),
    officersLead: t("programmes.officersLead"),
    noOfficersYet: t("programmes.noOfficersYet"),
    choose: t("signUp.choose"),
    submit: submit === "create" ? t("programmes.create") : t("programmes.save"),
    submitting: t("programmes.saving"),
    errorSummaryTitle: t("errors.summaryTitle"),
  };
  return {
    text,
    countries: countryOptions(t),
    versions: versionIds.map((id) => ({ value: id, label: id })),
    dimensions: dimensionIds.map((id) => ({ value: id, label: names.dimension(id) })),
    levels: Array.from({ length: maxLevel }, (_, i) => ({ value: String(i + 1), label: t("programmes.level", { level: i + 1 }) })),
    officers: officers.map((o) => ({ value: o.id, label: `${o.name} (${o.email})` })),
  };
}
