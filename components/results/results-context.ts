import type { Translate } from "@/lib/i18n";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { NumberFormats } from "./number-formats";

/** What every results component needs to word and format its numbers. */
export type ResultsContext = {
  t: Translate;
  /** The text of the questionnaire version the result was scored with, in the reader's language. */
  text: QuestionnaireText;
  formats: NumberFormats;
};

export const dimensionTitle = (text: QuestionnaireText, dimensionId: string) => text.dimensions[dimensionId]?.title ?? dimensionId;
export const factorTitle = (text: QuestionnaireText, factorId: string) => text.factors[factorId]?.title ?? factorId;

/** The id of the "where this comes from" block of a dimension; the dimension table links to it. */
export const sourceAnchor = (dimensionId: string) => `source-${dimensionId}`;
