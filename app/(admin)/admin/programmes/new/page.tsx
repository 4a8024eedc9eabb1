import type { Metadata } from "next";
import Link from "next/link";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { requireRole } from "@/lib/auth/guards";
import { getFormMessages, getLocale, getTranslator } from "@/lib/i18n/server";
import { currentQuestionnaireId } from "@/lib/questionnaire/published";
import { buildProgrammeFormProps } from "../programme-form-props";
import { createProgrammeAction } from "../settings-actions";

export const metadata: Metadata = { title: "Create a programme" };

/** GET /admin/programmes/new — create a programme; admin only. */
export default async function NewProgrammePage() {
  await requireRole("admin");
  const [t, locale, messages] = await Promise.all([getTranslator(), getLocale(), getFormMessages("programmes.errors")]);
  const props = await buildProgrammeFormProps(locale, t, "create");
  return (
    <>
      <nav aria-label={t("admin.breadcrumbs")} className="breadcrumbs">
        <Link href="/admin/programmes">{t("admin.programmesTitle")}</Link>
      </nav>
      <h1>{t("programmes.newTitle")}</h1>
      <p>{t("programmes.newLead")}</p>
      <ProgrammeForm
        action={createProgrammeAction}
        messages={messages}
        initialValues={{ country: "MY", questionnaireVersionId: currentQuestionnaireId }}
        versionLocked={false}
        {...props}
      />
    </>
  );
}
