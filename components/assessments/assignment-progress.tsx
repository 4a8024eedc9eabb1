import type { Translate } from "@/lib/i18n";
import type { AssignmentsView } from "@/lib/server/assessments/section-assignments";

type Props = {
  t: Translate;
  assessmentId: string;
  view: AssignmentsView;
  /** A manager's "Remove" buttons (a server action taking the form); none for contributors. */
  unassignAction?: (formData: FormData) => Promise<void>;
};

/** "Progress per person" ("Aisyah: 2 of 3 sections complete, 14 of 20 questions answered") and per section with its assignees. */
export function AssignmentProgress({ t, assessmentId, view, unassignAction }: Props) {
  return (
    <>
      <section aria-labelledby="people-progress-title">
        <h2 id="people-progress-title">{t("assignments.peopleTitle")}</h2>
        {view.people.length === 0 ? (
          <p className="muted">{t("assignments.noPeople")}</p>
        ) : (
          <ul className="plain-list" data-testid="people-progress">
            {view.people.map((person) => (
              <li key={person.userId}>
                {t("assignments.personCompleted", { name: person.name, completed: person.completedPages, pages: person.pages, answered: person.answered, questions: person.total })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="section-progress-title" id="assignments">
        <h2 id="section-progress-title">{t("assignments.progressTitle")}</h2>
        <div className="table-wrap">
          <table className="dashboard-table" data-testid="section-progress">
            <thead>
              <tr>
                <th scope="col">{t("assignments.section")}</th>
                <th scope="col">{t("assignments.assignedTo")}</th>
                <th scope="col">{t("assignments.answered")}</th>
              </tr>
            </thead>
            <tbody>
              {view.sections.map((section) => (
                <tr key={section.pageId}>
                  <th scope="row" data-label={t("assignments.section")}>
                    <a href={`/assessments/${assessmentId}/${section.pageId}`}>{section.title}</a>
                  </th>
                  <td data-label={t("assignments.assignedTo")}>
                    {section.assignees.length === 0 ? <span className="muted">{t("assignments.nobody")}</span> : null}
                    {section.assignees.map((assignee) => (
                      <div key={assignee.userId} className="row-actions">
                        <span>{assignee.name}</span>
                        {unassignAction ? (
                          <form action={unassignAction}>
                            <input type="hidden" name="assessmentId" value={assessmentId} />
                            <input type="hidden" name="userId" value={assignee.userId} />
                            <input type="hidden" name="pageId" value={section.pageId} />
                            <button type="submit" className="link-button" aria-label={`${t("assignments.remove")} ${t("assignments.removeOf", { section: section.title, name: assignee.name })}`}>
                              {t("assignments.remove")}
                            </button>
                          </form>
                        ) : null}
                      </div>
                    ))}
                  </td>
                  <td data-label={t("assignments.answered")}>{t("assignments.answeredOf", { answered: section.answered, total: section.total })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
