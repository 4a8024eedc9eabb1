import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/guards";
import { getOfficerWorklist, type OfficerWorklistProgramme } from "@/lib/db/queries/officer-worklist";
import type { MessageKey, Translate } from "@/lib/i18n";
import type { Formats } from "@/lib/i18n/format";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { daysWaiting } from "@/lib/queue/days-waiting";
import { countForStatusFilter } from "@/lib/queue/queue-params";
import { queueStatusSearch } from "@/lib/queue/queue-query";

export const metadata: Metadata = { title: "My programmes" };

/**
 * GET /officer — the officer's worklist: per programme they run, how many submissions wait, are in
 * review, were returned or approved, how long the oldest has waited, and one link to what needs
 * their action; officer only.
 */
export default async function OfficerHomePage() {
  const user = await requireRole("officer");
  const [t, formats, programmes] = await Promise.all([getTranslator(), getFormats(), getOfficerWorklist(user.id)]);
  const now = new Date();
  return (
    <>
      <h1>{t("officer.title")}</h1>
      {programmes.length === 0 ? (
        <p>{t("officer.none")}</p>
      ) : (
        <>
          <p>{t("officer.worklistLead")}</p>
          {programmes.map((programme) => (
            <ProgrammeWorklist key={programme.id} programme={programme} t={t} formats={formats} now={now} />
          ))}
        </>
      )}
    </>
  );
}

function ProgrammeWorklist({ programme, t, formats, now }: { programme: OfficerWorklistProgramme; t: Translate; formats: Formats; now: Date }) {
  const headingId = `programme-${programme.id}`;
  const country = t(`countries.${programme.country}` as MessageKey);
  const period = [programme.opensOn, programme.closesOn].filter(Boolean).join(" – ");
  const { counts, oldestWaitingSince } = programme;
  const figures: { label: string; value: number }[] = [
    { label: t("officer.waiting"), value: counts.submitted },
    { label: t("officer.inReview"), value: counts.in_review },
    { label: t("officer.returned"), value: counts.returned },
    { label: t("officer.approved"), value: counts.approved },
  ];
  return (
    <section aria-labelledby={headingId} className="worklist-programme">
      <h2 id={headingId}>
        <Link href={`/officer/programmes/${programme.id}`}>{programme.name}</Link>
      </h2>
      <p className="muted">
        {period
          ? t("officer.programmeFacts", { country, period, firms: programme.firmCount })
          : t("officer.programmeFactsNoPeriod", { country, firms: programme.firmCount })}
      </p>
      <dl className="worklist-counts">
        {figures.map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{formats.number(figure.value)}</dd>
          </div>
        ))}
        <div className="worklist-counts__oldest">
          <dt>{t("officer.oldestWaiting")}</dt>
          <dd>
            {oldestWaitingSince
              ? t("officer.oldestWaitingValue", { days: daysWaiting(oldestWaitingSince, now, formats.isoDay), date: formats.shortDate(oldestWaitingSince) })
              : t("officer.noneWaiting")}
          </dd>
        </div>
      </dl>
      <p>
        <Link className="button" href={`/officer/programmes/${programme.id}/queue${queueStatusSearch("needs-action")}`}>
          {t("officer.needsMyAction", { count: countForStatusFilter(counts, "needs-action") })}
        </Link>
      </p>
    </section>
  );
}
