import type { Metadata } from "next";
import { CatalogueEditView } from "@/app/(admin)/admin/catalogue/edit-view";

export const metadata: Metadata = { title: "Edit a policy instrument" };

/** GET /officer/catalogue/[itemId] — edit or retire an instrument of the officer's countries (403 for other items); officer only. */
export default function OfficerEditCatalogueItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  return CatalogueEditView({ params, audience: "officer" });
}
