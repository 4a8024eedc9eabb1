// While a dimension is being rated apart, its indicators' levels are the raters' and then the
// manager's to set: an ordinary save (page or autosave) of those levels is refused, so nobody
// silently overwrites what the round will agree. Notes and targets stay open.

export function ratedApartFields(patchFields: readonly string[], lockedIndicatorIds: ReadonlySet<string>): string[] {
  return patchFields.filter((field) => field.startsWith("levels.") && lockedIndicatorIds.has(field.slice("levels.".length)));
}
