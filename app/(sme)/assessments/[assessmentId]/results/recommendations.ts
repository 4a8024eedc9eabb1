import "server-only";
import type { ShownRecommendation } from "@/components/results/recommendation-lists";
import { listActiveCatalogueForRecommendations } from "@/lib/db/queries/catalogue";
import type { LocaleId } from "@/lib/questionnaire/taxonomy";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { describeRecommendation } from "@/lib/recommender/describe";
import { readFirmProfile } from "@/lib/recommender/firm-profile";
import { recommend } from "@/lib/recommender/recommend";
import type { PriorityRanking } from "@/lib/scoring/result-schema";

/** Both recommendation lists for a submitted revision, from the live catalogue (admin edits show at once). */
export async function loadRecommendations(
  profile: AnswerSet["profile"],
  priorities: PriorityRanking,
  locale: LocaleId,
  today: string,
): Promise<{ firmsLikeYours: ShownRecommendation[]; supportYouCanUse: ShownRecommendation[] }> {
  const catalogue = await listActiveCatalogueForRecommendations();
  const byId = new Map(catalogue.map((item) => [item.id, item]));
  const lists = recommend({ firm: readFirmProfile(profile), priorities, catalogue }, { today });
  const show = (list: typeof lists.firmsLikeYours) =>
    list.flatMap((recommendation) => {
      const item = byId.get(recommendation.itemId);
      if (!item) return [];
      const text = describeRecommendation(recommendation, item, locale);
      return [{ itemId: item.id, title: item.title[locale], headline: text.headline, reasons: text.reasons }];
    });
  return { firmsLikeYours: show(lists.firmsLikeYours), supportYouCanUse: show(lists.supportYouCanUse) };
}
