import type { Metadata } from "next";
import type { SearchParams } from "@/app/(admin)/admin/catalogue/list-view";
import { CatalogueNewView } from "@/app/(admin)/admin/catalogue/new-view";

export const metadata: Metadata = { title: "Add a policy instrument" };

/** GET /officer/catalogue/new — form to add a policy instrument for one of the officer's programmes; officer only. */
export default function OfficerNewCatalogueItemPage({ searchParams }: { searchParams: SearchParams }) {
  return CatalogueNewView({ searchParams, audience: "officer" });
}
