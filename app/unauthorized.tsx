import { StatusPage } from "@/components/layout/status-page";
import { getTranslator } from "@/lib/i18n/server";

export default async function UnauthorizedPage() {
  const t = await getTranslator();
  return <StatusPage title={t("status.unauthorizedTitle")} body={t("status.unauthorizedBody")} homeLabel={t("status.backHome")} />;
}
