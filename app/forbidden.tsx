import { StatusPage } from "@/components/layout/status-page";
import { getTranslator } from "@/lib/i18n/server";

export default async function ForbiddenPage() {
  const t = await getTranslator();
  return <StatusPage title={t("status.forbiddenTitle")} body={t("status.forbiddenBody")} homeLabel={t("status.backHome")} />;
}
