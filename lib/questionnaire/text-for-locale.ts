import type { QuestionnaireText } from "./text-schema";

/** The questionnaire text in the reader's language, else the version's default language. */
export function textForLocale(texts: Readonly<Record<string, QuestionnaireText>>, locale: string, defaultLocale: string): QuestionnaireText {
  const text = texts[locale] ?? texts[defaultLocale];
  if (!text) throw new Error(`questionnaire has no text for ${locale} or ${defaultLocale}`);
  return text;
}
