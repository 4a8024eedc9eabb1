import { StatusPage } from "@/components/layout/status-page";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFoundPage() {
  const t = await getTranslator();
  return <StatusPage title={t("status.notFoundTitle")} body={t("status.notFoundBody")} homeLabel={t("status.backHome")} />;
}
