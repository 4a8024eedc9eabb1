import { isInstrument, type CatalogueItem } from "@/lib/catalogue/item-schema";
import { firmSizeBandIds, type FirmSizeBand, type TechnologyId } from "@/lib/questionnaire/taxonomy";
import type { FirmProfile } from "./firm-profile";
import type { RecommendationReason } from "./result-schema";
import type { RecommenderWeights } from "./weights-schema";

// How a case's firm size is read from the catalogue, and when a large firm's case is still worth
// showing to a small one. The catalogue gives no head count, only the size bands a case is relevant
// to (`firmSizes`), and curators always tag a case with its own firm's band: so a case tagged
// `large` is a large firm's case (every shipped one is a group of thousands), and the bands below
// `large` it is tagged with are the sizes the curator judged its lessons to reach.

const bandIndex = new Map<FirmSizeBand, number>(firmSizeBandIds.map((band, index) => [band, index]));

/** Micro and small firms (under 75 employees): the firms a large case is filtered for. */
export function isSmallFirmBand(band: FirmSizeBand | undefined): boolean {
  return band === "micro" || band === "small";
}

/** A case study of a large firm (tagged for large firms; the catalogue has no head count). */
export function isLargeFirmCase(item: CatalogueItem): boolean {
  return !isInstrument(item) && item.firmSizes.includes("large");
}

/** How many bands lie between the firm's band and the nearest band the item is tagged for (0 = tagged for it). */
export function sizeDistance(firmBand: FirmSizeBand, itemBands: readonly FirmSizeBand[]): { distance: number; nearest: FirmSizeBand } | undefined {
  const firm = bandIndex.get(firmBand)!;
  let best: { distance: number; nearest: FirmSizeBand } | undefined;
  // In taxonomy order, so the nearest band does not depend on the order of the item's list (the smaller wins a tie).
  for (const band of firmSizeBandIds) {
    if (!itemBands.includes(band)) continue;
    const distance = Math.abs(bandIndex.get(band)! - firm);
    if (best === undefined || distance < best.distance) best = { distance, nearest: band };
  }
  return best;
}

export type SizeTransferReason = Extract<RecommendationReason, { code: "size-transfer" }>;

/**
 * Why a large firm's case holds for a micro or small firm, or undefined when nothing in the data
 * says it does (the case is then not listed for that firm). Two grounds, in this order:
 * - its primary technology is one a small firm can adopt at small scale (weights.smallScaleTechnologies:
 *   rented cloud services, a single cobot, printers and print services, design software);
 * - the curator tagged the case for the firm's size band: its lessons are marked as reaching firms
 *   that size (the reason quotes its first lesson).
 * Medium and large firms, and firms of unknown size, need no transfer reason.
 */
export function findSizeTransfer(item: CatalogueItem, firm: FirmProfile, weights: RecommenderWeights): SizeTransferReason | undefined {
  if (!isLargeFirmCase(item) || !isSmallFirmBand(firm.sizeBand)) return undefined;
  const band = firm.sizeBand!;
  const primary: TechnologyId | undefined = item.technologies[0];
  if (primary !== undefined && weights.smallScaleTechnologies.includes(primary)) {
    return { code: "size-transfer", basis: "small-scale-technology", band, technology: primary, points: 0 };
  }
  if (item.firmSizes.includes(band)) return { code: "size-transfer", basis: "marked-for-size", band, lesson: item.lessons[0]!, points: 0 };
  return undefined;
}
