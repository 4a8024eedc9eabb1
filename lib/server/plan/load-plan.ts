import { listFirmMembers } from "@/lib/db/queries/firm-team";
import "server-only";
import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import { listAssessmentsForFirm, getSubmittedRevisionScores, listRevisions } from "@/lib/db/queries/assessments";
import { listActiveCatalogueForRecommendations } from "@/lib/db/queries/catalogue";
import { listPlanActionsForFirm } from "@/lib/db/queries/plan/plan-actions";
import { listPlanCommentsForFirm, type PlanCommentView } from "@/lib/db/queries/plan/plan-comments";
import { getValidatedResultForFirm } from "@/lib/db/queries/validated-results";
import type { PlanAction } from "@/lib/plan/plan-action";
import { recommendWithText } from "@/lib/server/recommendations/recommendations";

// What the plan page shows, loaded in one place: the firm's actions, its members (owners), the
// active catalogue, and what the firm's latest submitted results recommend (the same lists as its
// results page: validated levels once approved), from which suggestions and the instrument
// choices are drawn. Callers have passed requirePlanAccess(firmId, ...).

/** More than the results page shows, so each dimension of the plan finds its own matches. */
const matchesPerList = 20;

export type PlanRecommendations = {
  /** The latest submitted assessment the recommendations follow, with its results' address. */
  assessmentId: string;
  focusDimensionIds: string[];
  caseStudies: CatalogueItem[];
  instruments: CatalogueItem[];
};

export type PlanPageData = {
  actions: PlanAction[];
  /** What programme officers wrote about the plan on their review pages, oldest first. */
  officerComments: PlanCommentView[];
  members: { id: string; name: string }[];
  catalogue: CatalogueItem[];
  recommendations: PlanRecommendations | null;
};

async function loadRecommendations(firmId: string, catalogue: CatalogueItem[], today: string): Promise<PlanRecommendations | null> {
  // Newest first; an assessment with a readiness index has been submitted at least once.
  const latest = (await listAssessmentsForFirm(firmId)).find((assessment) => assessment.readinessIndex !== null);
  if (!latest) return null;
  const revisions = await listRevisions(latest.id);
  const submitted = revisions.filter((revision) => revision.submittedAt !== null).at(-1);
  if (!submitted) return null;
  const [stored, validated] = await Promise.all([getSubmittedRevisionScores(latest.id, submitted.number), getValidatedResultForFirm(firmId, latest.id, submitted.number)]);
  if (!stored) return null;
  const priorities = (validated?.scores ?? stored.scores).priorities;
  const lists = recommendWithText({ profile: submitted.answers.profile, priorities, catalogue }, { today, limit: matchesPerList });
  const byId = new Map(catalogue.map((item) => [item.id, item] as const));
  const items = (list: { itemId: string }[]) => list.flatMap(({ itemId }) => byId.get(itemId) ?? []);
  return {
    assessmentId: latest.id,
    focusDimensionIds: priorities.focusAreas.map((area) => area.dimensionId),
    caseStudies: items(lists.firmsLikeYours),
    instruments: items(lists.supportYouCanUse),
  };
}

export async function loadPlanPage(firmId: string, today: string): Promise<PlanPageData> {
  const [actions, officerComments, members, catalogue] = await Promise.all([
    listPlanActionsForFirm(firmId),
    listPlanCommentsForFirm(firmId),
    listFirmMembers(firmId).then((rows) => rows.map((m) => ({ id: m.userId, name: m.name })).sort((a, b) => a.name.localeCompare(b.name))),
    listActiveCatalogueForRecommendations(),
  ]);
  const recommendations = await loadRecommendations(firmId, catalogue, today);
  return { actions, officerComments, members, catalogue, recommendations };
}
