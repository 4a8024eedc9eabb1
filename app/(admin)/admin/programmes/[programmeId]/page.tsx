import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { requireRole } from "@/lib/auth/guards";
import { getProgrammeSettings } from "@/lib/db/queries/programme-settings";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { buildProgrammeFormProps } from "../programme-form-props";
import { ProgrammeIdSchema } from "../schema";
import { updateProgrammeAction } from "../settings-actions";

export const metadata: Metadata = { title: "Edit programme" };

type Props = { params: Promise<{ programmeId: string }> };

/** GET /admin/programmes/:id — edit a programme's settings and officers; admin only. */
export default async function EditProgrammePage({ params }: Props) {
  await requireRole("admin");
  const { programmeId } = await params;
  if (!ProgrammeIdSchema.safeParse(programmeId).success) notFound();
  const settings = await getProgrammeSettings(programmeId);
  if (!settings) notFound();
  const [t, locale] = await Promise.all([getTranslator(), getLocale()]);
  const props = await buildProgrammeFormProps(locale, t, "save");
  const initialValues: Record<string, string[]> = {
    name: [settings.name],
    country: [settings.country],
    questionnaireVersionId: [settings.questionnaireVersionId],
    enrolmentCode: [settings.enrolmentCode],
    opensOn: [settings.opensOn ?? ""],
    closesOn: [settings.closesOn ?? ""],
    officerId: settings.officerIds,
    ...Object.fromEntries(Object.entries(settings.targets).map(([dimensionId, level]) => [`target.${dimensionId}`, [String(level)]])),
  };
  return (
    <>
      <nav aria-label={t("admin.breadcrumbs")} className="breadcrumbs">
        <Link href="/admin/programmes">{t("admin.programmesTitle")}</Link>
      </nav>
      <h1>{t("programmes.editTitle", { name: settings.name })}</h1>
      <ProgrammeForm action={updateProgrammeAction.bind(null, programmeId)} initialValues={initialValues} versionLocked={settings.hasAssessments} {...props} />
    </>
  );
}
