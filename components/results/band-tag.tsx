import type { MessageKey, Translate } from "@/lib/i18n";
import type { BandId } from "@/lib/scoring/bands";

export const bandName = (t: Translate, band: BandId) => t(`bands.${band}.name` as MessageKey);
export const bandMeaning = (t: Translate, band: BandId) => t(`bands.${band}.meaning` as MessageKey);

export function BandTag({ band, t }: { band: BandId; t: Translate }) {
  return <span className={`band-tag band-tag--${band}`}>{bandName(t, band)}</span>;
}
