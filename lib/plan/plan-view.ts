// The improvement plan as its readers outside the plan page see it (the officer's review page, the
// PDF report, the results' progress): grouped by dimension in questionnaire order, each row already
// worded. Pure: the callers pass the words and formats of their reader's language.
import { sortPlanActions, type PlanAction, type PlanActionStatus } from "./plan-action";

export type PlanDimensionGroup = { dimensionId: string; actions: PlanAction[] };

/**
 * The plan's dimensions in `dimensionOrder` (the questionnaire's), then any other dimension the
 * plan names (one a later questionnaire dropped) by id; inside each, actions as people read them.
 */
export function groupPlanByDimension(actions: readonly PlanAction[], dimensionOrder: readonly string[]): PlanDimensionGroup[] {
  const ids = [...new Set(actions.map((a) => a.dimensionId))];
  const position = (id: string) => (dimensionOrder.includes(id) ? dimensionOrder.indexOf(id) : dimensionOrder.length);
  ids.sort((a, b) => position(a) - position(b) || a.localeCompare(b));
  return ids.map((dimensionId) => ({ dimensionId, actions: sortPlanActions(actions.filter((a) => a.dimensionId === dimensionId)) }));
}

export type PlanRowWording = {
  status: (status: PlanActionStatus) => string;
  /** Shown for a field the action leaves empty. */
  noValue: string;
  day: (isoDay: string) => string;
  number: (value: number) => string;
  instrumentName: (id: string) => string;
};

export type PlanRow = { key: string; title: string; status: string; owner: string; due: string; cost: string; instrument: string };

/** One action as a table row: title, status, owner, due date, cost with its currency, instrument. */
export function planRow(action: PlanAction, w: PlanRowWording): PlanRow {
  return {
    key: action.id,
    title: action.title,
    status: w.status(action.status),
    owner: action.ownerName ?? w.noValue,
    due: action.dueOn ? w.day(action.dueOn) : w.noValue,
    // A no-break space: "MYR" never ends a line apart from its amount (a narrow PDF table cell).
    cost: action.estimatedCost === null ? w.noValue : `${action.currency ?? ""}\u00a0${w.number(action.estimatedCost)}`.trim(),
    instrument: action.instrumentId ? w.instrumentName(action.instrumentId) : w.noValue,
  };
}

/**
 * Per dimension, the actions done between two submissions: status done, marked done after `from`
 * (the previous submission) and no later than `to` (this one). Work finished after a submission
 * counts towards the next one, so an older assessment's progress does not change later, and work
 * already shown beside the previous assessment is not shown again. An action marked done by a path
 * that left no completion time counts from its last change.
 */
export function actionsDoneBetween(actions: readonly PlanAction[], from: Date, to: Date): Map<string, PlanAction[]> {
  const doneAt = (action: PlanAction) => (action.completedAt ?? action.updatedAt).getTime();
  const done = new Map<string, PlanAction[]>();
  for (const action of actions) {
    if (action.status !== "done" || doneAt(action) <= from.getTime() || doneAt(action) > to.getTime()) continue;
    const list = done.get(action.dimensionId);
    if (list) list.push(action);
    else done.set(action.dimensionId, [action]);
  }
  for (const list of done.values()) list.sort((a, b) => doneAt(a) - doneAt(b) || a.title.localeCompare(b.title));
  return done;
}
