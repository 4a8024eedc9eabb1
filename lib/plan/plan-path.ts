/** The plan page of a firm; `dimension` opens it at that dimension (shown even before it has actions). */
export function planPath(firmId: string, dimension?: string): string {
  return dimension ? `/firms/${firmId}/plan?dimension=${encodeURIComponent(dimension)}#dimension-${dimension}` : `/firms/${firmId}/plan`;
}
