import "server-only";
import type { LocaleId } from "@/lib/questionnaire/taxonomy";
import { getCatalogueNames } from "@/lib/db/queries/plan/instrument-names";
import { listPlanActionsForFirm } from "@/lib/db/queries/plan/plan-actions";
import type { PlanAction } from "@/lib/plan/plan-action";

export type FirmPlan = {
  actions: PlanAction[];
  /** The linked instrument's name in the reader's language (its id when the item is gone). */
  instrumentName: (id: string) => string;
};

/**
 * A firm's improvement plan with its instruments' names, for the readers outside the plan page
 * (review page, PDF report, results' progress). The caller has passed a guard that lets the reader
 * see the firm (requireAssessmentAccess for one of its assessments, or requireReviewAccess).
 */
export async function loadFirmPlan(firmId: string, locale: LocaleId): Promise<FirmPlan> {
  const actions = await listPlanActionsForFirm(firmId);
  const names = await getCatalogueNames(actions.flatMap((a) => (a.instrumentId ? [a.instrumentId] : [])));
  return { actions, instrumentName: (id) => names.get(id)?.[locale] ?? id };
}
