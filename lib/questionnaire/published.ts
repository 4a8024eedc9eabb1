import { computeContentHash } from "./content-hash";
import { listTextProblems } from "./list-text-problems";
import { localeIds, type LocaleId } from "./taxonomy";
import { QuestionnaireTextSchema, type QuestionnaireText } from "./text-schema";
import { QuestionnaireVersionSchema, type QuestionnaireVersion } from "./version-schema";
import { v1English } from "./versions/v1/en";
import { v1Malay } from "./versions/v1/ms";
import { v1Structure } from "./versions/v1/structure";

export type PublishedQuestionnaire = {
  id: string;
  structure: QuestionnaireVersion;
  texts: Record<LocaleId, QuestionnaireText>;
  /** "sha256:" + hex digest of canonicalJson({ structure, texts }); pins the published content. */
  contentHash: string;
};

/** A version as shipped in lib/questionnaire/versions, before validation. */
export type QuestionnaireSource = {
  structure: unknown;
  texts: Partial<Record<LocaleId, unknown>>;
};

/** How many problems an error message lists before summarising the rest. */
const maxListedProblems = 12;

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, maxListedProblems)
    .map((issue) => `  - ${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`)
    .concat(issues.length > maxListedProblems ? [`  … and ${issues.length - maxListedProblems} more`] : [])
    .join("\n");
}

function versionLabel(structure: unknown): string {
  const id = (structure as { id?: unknown } | null)?.id;
  return typeof id === "string" ? `"${id}"` : "(without id)";
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Validates one shipped version and computes its content hash. Throws an error that names
 * the version, the locale and the offending keys, so a broken content file fails at start-up
 * (and in the unit tests) with a message that says what to fix.
 */
export function buildPublishedQuestionnaire(source: QuestionnaireSource): PublishedQuestionnaire {
  const label = versionLabel(source.structure);
  const parsedStructure = QuestionnaireVersionSchema.safeParse(source.structure);
  if (!parsedStructure.success) {
    throw new Error(`Questionnaire ${label}: the structure is invalid:\n${describeIssues(parsedStructure.error.issues)}`);
  }
  const structure = parsedStructure.data;

  // PublishedQuestionnaire promises text in every product locale, so every version must ship them all.
  for (const locale of localeIds) {
    if (!structure.locales.includes(locale)) {
      throw new Error(`Questionnaire ${label}: locale "${locale}" is not listed in the structure's locales`);
    }
  }
  for (const locale of Object.keys(source.texts)) {
    if (!(localeIds as readonly string[]).includes(locale)) {
      throw new Error(`Questionnaire ${label}: text for unknown locale "${locale}"`);
    }
  }

  const texts = {} as Record<LocaleId, QuestionnaireText>;
  for (const locale of localeIds) {
    const text = source.texts[locale];
    if (text === undefined) throw new Error(`Questionnaire ${label}: no text for locale "${locale}"`);
    const problems = listTextProblems(structure, text);
    if (problems.length > 0) {
      throw new Error(
        `Questionnaire ${label}, locale "${locale}": ${problems.length} text problem(s):\n${describeIssues(
          problems.map(({ key, problem }) => ({ path: [key], message: problem })),
        )}`,
      );
    }
    const parsedText = QuestionnaireTextSchema.safeParse(text);
    if (!parsedText.success) {
      throw new Error(`Questionnaire ${label}, locale "${locale}": the text is invalid:\n${describeIssues(parsedText.error.issues)}`);
    }
    if (parsedText.data.locale !== locale) {
      throw new Error(`Questionnaire ${label}: the "${locale}" text says it is locale "${parsedText.data.locale}"`);
    }
    texts[locale] = parsedText.data;
  }

  const contentHash = computeContentHash({ structure, texts });
  // Frozen so that no caller can change published content in memory (sorting an options
  // array in place, say) and so render or score with something other than what was hashed.
  return deepFreeze({ id: structure.id, structure, texts, contentHash });
}

function buildRegistry(sources: readonly QuestionnaireSource[]): readonly PublishedQuestionnaire[] {
  const built = sources.map(buildPublishedQuestionnaire);
  const seen = new Set<string>();
  for (const questionnaire of built) {
    if (seen.has(questionnaire.id)) throw new Error(`Questionnaire "${questionnaire.id}" is shipped twice`);
    seen.add(questionnaire.id);
  }
  return Object.freeze(built);
}

/** Every version ever published, oldest first. Never remove one: submitted assessments render with their own version. */
export const publishedQuestionnaires: readonly PublishedQuestionnaire[] = buildRegistry([
  { structure: v1Structure, texts: { en: v1English, ms: v1Malay } },
]);

/** The version new assessments start on. */
export const currentQuestionnaireId = "v1";

const byId = new Map(publishedQuestionnaires.map((questionnaire) => [questionnaire.id, questionnaire] as const));

if (!byId.has(currentQuestionnaireId)) {
  throw new Error(`The current questionnaire "${currentQuestionnaireId}" is not among the published versions`);
}

export function getPublishedQuestionnaire(id: string): PublishedQuestionnaire | undefined {
  return byId.get(id);
}
