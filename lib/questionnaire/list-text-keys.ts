import { levelValues, type QuestionnaireVersion } from "./version-schema";

/**
 * Every text key a locale of this version must fill, as dotted paths into
 * QuestionnaireText (e.g. "indicators.skills-training.levels.3.descriptor").
 */
export function listTextKeys(version: QuestionnaireVersion): string[] {
  const keys: string[] = ["title"];
  for (const level of levelValues) keys.push(`scale.${level}.label`, `scale.${level}.description`);
  for (const section of version.sections) {
    keys.push(`sections.${section.id}.title`, `sections.${section.id}.intro`);
    if (section.kind !== "profile") continue;
    for (const question of section.questions) {
      keys.push(`profile.${question.id}.label`);
      if (question.hasHint) keys.push(`profile.${question.id}.hint`);
      if (question.type === "single-select" || question.type === "multi-select") {
        for (const option of question.options) keys.push(`profile.${question.id}.options.${option}`);
      }
    }
  }
  for (const factor of version.factors) {
    keys.push(`factors.${factor.id}.title`, `factors.${factor.id}.description`);
    for (const dimension of factor.dimensions) {
      keys.push(`dimensions.${dimension.id}.title`, `dimensions.${dimension.id}.description`);
      for (const indicator of dimension.indicators) {
        keys.push(`indicators.${indicator.id}.question`);
        if (indicator.hasHelp) keys.push(`indicators.${indicator.id}.help`);
        for (const level of levelValues) {
          keys.push(`indicators.${indicator.id}.levels.${level}.label`, `indicators.${indicator.id}.levels.${level}.descriptor`);
        }
      }
    }
  }
  return keys;
}
