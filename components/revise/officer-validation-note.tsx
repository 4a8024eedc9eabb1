import type { Translate } from "@/lib/i18n";
import type { ReturnedValidation } from "@/lib/review/returned-feedback";

/** The level the officer validated for one indicator of the returned revision, read-only beside its question. */
export function OfficerValidationNote({ t, validation, levelLabel }: { t: Translate; validation: ReturnedValidation; levelLabel: string }) {
  return (
    <p className="officer-validation">
      {t("returned.validatedLevel", { level: validation.validatedLevel, label: levelLabel, justification: validation.justification })}
    </p>
  );
}
