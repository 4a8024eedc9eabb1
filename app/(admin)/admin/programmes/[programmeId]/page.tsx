import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { requireRole } from "@/lib/auth/guards";
import { getProgrammeSettings } from "@/lib/db/queries/programme-settings";
import { getFormMessages, getLocale, getTranslator } from "@/lib/i18n/server";
import { programmeFormValues } from "@/lib/programmes/programme-settings";
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
  const [t, locale, messages] = await Promise.all([getTranslator(), getLocale(), getFormMessages("programmes.errors")]);
  const props = await buildProgrammeFormProps(locale, t, "save");
  return (
    <>
      <nav aria-label={t("admin.breadcrumbs")} className="breadcrumbs">
        <Link href="/admin/programmes">{t("admin.programmesTitle")}</Link>
      </nav>
      <h1>{t("programmes.editTitle", { name: settings.name })}</h1>
      <ProgrammeForm action={updateProgrammeAction.bind(null, programmeId)} messages={messages} initialValues={programmeFormValues(settings)} versionLocked={settings.hasAssessments} {...props} />
    </>
  );
}
