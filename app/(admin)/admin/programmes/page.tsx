import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { listProgrammesWithOfficers } from "@/lib/db/queries/programmes";
import { listOfficers } from "@/lib/db/queries/users";
import type { MessageKey } from "@/lib/i18n";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { enrolmentWindowState } from "@/lib/programmes/enrolment-window";
import { assignOfficerAction, unassignOfficerAction } from "./actions";

export const metadata: Metadata = { title: "Programmes" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const outcomeMessages = {
  assigned: "admin.officerAssigned",
  unassigned: "admin.officerUnassigned",
  created: "programmes.created",
  saved: "programmes.saved",
  "officer-missing": "errors.officerRequired",
  "programme-missing": "errors.programmeRequired",
} as const satisfies Record<string, MessageKey>;

function outcomeKey(value: unknown): keyof typeof outcomeMessages | null {
  return typeof value === "string" && value in outcomeMessages ? (value as keyof typeof outcomeMessages) : null;
}

/** GET /admin/programmes — programmes with their officers, and officer assignment; admin only. */
export default async function AdminProgrammesPage({ searchParams }: Props) {
  await requireRole("admin");
  const [t, formats, programmes, officers, params] = await Promise.all([getTranslator(), getFormats(), listProgrammesWithOfficers(), listOfficers(), searchParams]);
  const done = outcomeKey(params.done);
  const error = outcomeKey(params.error);
  const focusProgramme = typeof params.programme === "string" ? params.programme : undefined;
  const createdName = done === "created" ? programmes.find((p) => p.id === focusProgramme)?.name : undefined;
  // Window days are Malaysian calendar days: "today" is the day in the display time zone.
  const today = formats.isoDay(new Date());
  const windowText = (programme: { opensOn: string | null; closesOn: string | null }) => {
    const state = enrolmentWindowState(programme, today);
    if (state === "not-yet-open") return t("programmes.windowNotYetOpen", { date: formats.day(programme.opensOn!) });
    if (state === "closed") return t("programmes.windowClosed", { date: formats.day(programme.closesOn!) });
    return programme.closesOn ? t("programmes.windowOpenUntil", { date: formats.day(programme.closesOn) }) : t("programmes.windowOpen");
  };
  return (
    <>
      <h1>{t("admin.programmesTitle")}</h1>
      <p>{t("admin.programmesLead")}</p>
      <p>
        <Link href="/admin/programmes/new" className="button">
          {t("programmes.newProgramme")}
        </Link>
      </p>
      {done ? (
        <div className="notice notice--success" role="status">
          {t(outcomeMessages[done], { name: createdName ?? "" })}
        </div>
      ) : null}
      {error ? (
        <div className="error-summary" role="alert">
          <p>{t(outcomeMessages[error])}</p>
        </div>
      ) : null}
      {programmes.map((programme) => {
        const assignedIds = new Set(programme.officers.map((o) => o.id));
        const available = officers.filter((o) => !assignedIds.has(o.id));
        const selectId = `assign-${programme.id}`;
        return (
          <section key={programme.id} className="card" aria-labelledby={`programme-${programme.id}`} data-focus={focusProgramme === programme.id || undefined}>
            <h2 id={`programme-${programme.id}`}>{programme.name}</h2>
            <p>
              <Link href={`/admin/programmes/${programme.id}`} aria-label={t("programmes.editLink", { name: programme.name })}>
                {t("programmes.edit")}
              </Link>
            </p>
            <dl className="summary">
              <dt>{t("officer.country")}</dt>
              <dd>{t(`countries.${programme.country}` as MessageKey)}</dd>
              <dt>{t("admin.enrolmentCode")}</dt>
              <dd>
                <code>{programme.enrolmentCode}</code>
              </dd>
              <dt>{t("programmes.window")}</dt>
              <dd>{windowText(programme)}</dd>
              <dt>{t("admin.officers")}</dt>
              <dd>
                {programme.officers.length === 0 ? (
                  t("admin.noOfficers")
                ) : (
                  <ul className="plain-list">
                    {programme.officers.map((officer) => (
                      <li key={officer.id}>
                        {officer.name}{" "}
                        <form action={unassignOfficerAction} className="inline-form inline-form--compact">
                          <input type="hidden" name="programmeId" value={programme.id} />
                          <input type="hidden" name="officerId" value={officer.id} />
                          <button type="submit" className="link-button">
                            {t("admin.unassign", { name: officer.name })}
                          </button>
                        </form>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </dl>
            {available.length > 0 ? (
              <form action={assignOfficerAction} className="inline-form">
                <input type="hidden" name="programmeId" value={programme.id} />
                <div>
                  <label htmlFor={selectId} className="label">
                    {t("admin.assignOfficer")}
                  </label>
                  <select id={selectId} name="officerId" defaultValue="">
                    <option value="">{t("signUp.choose")}</option>
                    {available.map((officer) => (
                      <option key={officer.id} value={officer.id}>
                        {officer.name} ({officer.email})
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className="button button--secondary">
                  {t("admin.assign")}
                </button>
              </form>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
