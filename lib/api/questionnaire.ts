import { currentQuestionnaireId, getPublishedQuestionnaire, publishedQuestionnaires } from "@/lib/questionnaire/published";
import type { LocaleId } from "@/lib/questionnaire/taxonomy";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import { cacheControl, strongEtag } from "./http-cache";

export type QuestionnaireBody = {
  questionnaireVersion: string;
  contentHash: string;
  locale: LocaleId;
  /** Every locale the version ships text for. */
  locales: LocaleId[];
  structure: QuestionnaireVersion;
  text: QuestionnaireText;
};

export type QuestionnaireOutcome =
  | { kind: "unknown-version"; versionId: string }
  | {
      kind: "found";
      body: QuestionnaireBody;
      /** Strong ETag: the version's content hash, which pins its structure and every locale's text. */
      etag: string;
      cacheControl: string;
    };

/**
 * One published version in one locale, with how long it may be cached. A request that names
 * its version is immutable; one that follows the current version is cached briefly.
 */
export function findQuestionnaireForApi(requested: { version?: string; locale: LocaleId }): QuestionnaireOutcome {
  const versionId = requested.version ?? currentQuestionnaireId;
  const questionnaire = getPublishedQuestionnaire(versionId);
  if (!questionnaire) return { kind: "unknown-version", versionId };
  const { structure, texts, contentHash } = questionnaire;
  return {
    kind: "found",
    body: {
      questionnaireVersion: questionnaire.id,
      contentHash,
      locale: requested.locale,
      locales: [...structure.locales],
      structure,
      text: texts[requested.locale],
    },
    etag: strongEtag(contentHash),
    cacheControl: requested.version === undefined ? cacheControl.current : cacheControl.immutable,
  };
}

/** The sentence for a version id that is not published, listing the ones that are. */
export function describeUnknownVersion(versionId: string): string {
  const known = publishedQuestionnaires.map((questionnaire) => questionnaire.id).join(", ");
  return `Questionnaire version "${versionId}" is not published. Published versions: ${known}.`;
}
