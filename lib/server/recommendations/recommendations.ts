import { closingNotice, type ClosingNotice } from "@/lib/catalogue/closing-notice";
import type { CatalogueItem, HowToApply, LocalizedText } from "@/lib/catalogue/item-schema";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { localeIds, type LocaleId } from "@/lib/questionnaire/taxonomy";
import { validateAnswerSet, type AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { describeRecommendation, type RecommendationText } from "@/lib/recommender/describe";
import { readFirmProfile } from "@/lib/recommender/firm-profile";
import { recommend } from "@/lib/recommender/recommend";
import type { Recommendation } from "@/lib/recommender/result-schema";
import { rankPriorities } from "@/lib/scoring/rank-priorities";
import type { PriorityRanking } from "@/lib/scoring/result-schema";
import { scoreAssessment } from "@/lib/scoring/score-assessment";

/** A recommendations request after its schema has passed (app/api/v1/recommendations/schema.ts). */
export type RecommendationsInput = {
  questionnaireVersion?: string;
  profile: AnswerSet["profile"];
  answers?: Partial<Omit<AnswerSet, "profile">>;
  targets?: Record<string, number>;
  priorities?: PriorityRanking;
  today?: string;
  limit?: number;
};

/** One recommendation with what a client needs to show it: the item's names and the sentences in every language. */
export type ApiRecommendation = Recommendation & {
  name: LocalizedText;
  title: LocalizedText;
  country: string;
  text: Record<LocaleId, RecommendationText>;
  /** Instruments only: how to apply, when the item says. */
  howToApply?: HowToApply;
  /** Instruments only: the application window on `asOf`, when it has an announced end or has not opened. */
  closingNotice?: ClosingNotice;
};

export type RecommendationsBody = {
  questionnaireVersion: string;
  asOf: string;
  firmsLikeYours: ApiRecommendation[];
  supportYouCanUse: ApiRecommendation[];
};

export type RecommendationsOutcome =
  | { kind: "unknown-version"; versionId: string }
  | { kind: "invalid"; problems: AnswerProblem[] }
  | { kind: "recommended"; body: RecommendationsBody };

/** Today in UTC, YYYY-MM-DD: the default day for eligibility dates. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The two recommendation lists for the public API. The firm's priorities are either given (e.g.
 * from POST /score or a stored submission) or scored here from the answers exactly as the app
 * scores a submission; the profile is checked against the questionnaire version either way.
 * Problem fields are paths in the request body ("profile.<id>", "answers.levels.<id>", "targets.<id>").
 */
export function recommendForApi(input: RecommendationsInput, catalogue: readonly CatalogueItem[], today: string): RecommendationsOutcome {
  const versionId = input.questionnaireVersion ?? currentQuestionnaireId;
  const questionnaire = getPublishedQuestionnaire(versionId);
  if (!questionnaire) return { kind: "unknown-version", versionId };
  const version = questionnaire.structure;

  const answers: AnswerSet = {
    profile: input.profile,
    levels: input.answers?.levels ?? {},
    notes: input.answers?.notes ?? {},
    targets: input.answers?.targets ?? {},
  };
  const problems = validateAnswerSet(version, answers, "draft").map((problem) =>
    problem.field.startsWith("profile.") ? problem : { ...problem, field: `answers.${problem.field}` },
  );
  if (input.targets) problems.push(...validateAnswerSet(version, { profile: {}, levels: {}, notes: {}, targets: input.targets }, "draft"));
  if (problems.length > 0) return { kind: "invalid", problems };

  let priorities = input.priorities;
  if (!priorities) {
    const result = scoreAssessment(version, answers, input.targets);
    priorities = rankPriorities(version, answers, result);
  }
  const recommendations = recommendWithText(
    { profile: input.profile, priorities, catalogue },
    { today: input.today ?? today, ...(input.limit === undefined ? {} : { limit: input.limit }) },
  );
  return {
    kind: "recommended",
    body: {
      questionnaireVersion: questionnaire.id,
      ...recommendations,
    },
  };
}

/** Both lists with each item's names and sentences in every language. */
export type RecommendationsWithText = Pick<RecommendationsBody, "asOf" | "firmsLikeYours" | "supportYouCanUse">;

/**
 * The one place a firm's recommendations are chosen and worded: the public API, the results page
 * and the PDF report all call this, so the three never disagree. Items missing from `catalogue`
 * cannot occur (recommend only returns catalogue items) but are dropped rather than thrown on.
 */
export function recommendWithText(
  input: { profile: AnswerSet["profile"]; priorities: PriorityRanking; catalogue: readonly CatalogueItem[] },
  options: { today: string; limit?: number },
): RecommendationsWithText {
  const lists = recommend({ firm: readFirmProfile(input.profile), priorities: input.priorities, catalogue: input.catalogue }, options);
  const byId = new Map(input.catalogue.map((item) => [item.id, item] as const));
  const describe = (list: readonly Recommendation[]): ApiRecommendation[] =>
    list.flatMap((recommendation) => {
      const item = byId.get(recommendation.itemId);
      if (!item) return [];
      const text = Object.fromEntries(localeIds.map((locale) => [locale, describeRecommendation(recommendation, item, locale)])) as Record<LocaleId, RecommendationText>;
      const described: ApiRecommendation = { ...recommendation, name: item.name, title: item.title, country: item.country, text };
      if (item.kind === "case-study") return [described];
      const notice = closingNotice(item.eligibility, lists.asOf);
      return [{ ...described, ...(item.howToApply ? { howToApply: item.howToApply } : {}), ...(notice ? { closingNotice: notice } : {}) }];
    });
  return { asOf: lists.asOf, firmsLikeYours: describe(lists.firmsLikeYours), supportYouCanUse: describe(lists.supportYouCanUse) };
}

/** A recommendation as a reader sees it: the item's title, the headline and the reasons in their language. */
export type LocalizedRecommendation = { itemId: string; title: string; headline: string; reasons: string[] };

/** Both lists of `recommendWithText` in one language, for the results page and the report. */
export function localizeRecommendations(
  recommendations: RecommendationsWithText,
  locale: LocaleId,
): { firmsLikeYours: LocalizedRecommendation[]; supportYouCanUse: LocalizedRecommendation[] } {
  const localize = (r: ApiRecommendation): LocalizedRecommendation => ({ itemId: r.itemId, title: r.title[locale], headline: r.text[locale].headline, reasons: r.text[locale].reasons });
  return { firmsLikeYours: recommendations.firmsLikeYours.map(localize), supportYouCanUse: recommendations.supportYouCanUse.map(localize) };
}
