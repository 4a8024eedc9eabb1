import { fieldDomId } from "@/lib/questionnaire/answer-fields";

/** After a form post based on an outdated copy: the answers someone else saved meanwhile, linked to their fields, with who changed each. */
export function ConflictNotice({ title, lead, conflicts }: { title: string; lead: string; conflicts: { field: string; label: string; by?: string }[] }) {
  if (conflicts.length === 0) return null;
  return (
    <div className="conflict-panel" role="alert">
      <h2>{title}</h2>
      <p>{lead}</p>
      <ul>
        {conflicts.map(({ field, label, by }) => (
          <li key={field}>
            <a href={`#${fieldDomId(field)}`}>{label}</a>
            {by ? <span data-testid="conflict-by"> — {by}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
