import type { Metadata } from "next";
import { CatalogueListView, type SearchParams } from "@/app/(admin)/admin/catalogue/list-view";

export const metadata: Metadata = { title: "Catalogue" };

/** GET /officer/catalogue — the catalogue, with edit and retire for the instruments of the officer's countries; officer only. */
export default function OfficerCataloguePage({ searchParams }: { searchParams: SearchParams }) {
  return CatalogueListView({ searchParams, audience: "officer" });
}
