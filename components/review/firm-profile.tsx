import type { MessageKey, Translate } from "@/lib/i18n";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { firmSizeBandFor } from "@/lib/questionnaire/taxonomy";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import { listVisibleProfileQuestions } from "@/lib/questionnaire/visible-items";
import { describeProfileValue } from "@/lib/review/describe-changes";

type FirmProfileValues = { name: string; country: string; sector: string; employees: number };

type Props = {
  t: Translate;
  firm: FirmProfileValues;
  /** Today's profile, when it differs from the one the revision was submitted with. */
  firmNow?: FirmProfileValues | null;
  programmeName: string | null;
  /** The reviewed revision's profile answers, when there is one. */
  profile?: { structure: QuestionnaireVersion; text: QuestionnaireText; answers: AnswerSet };
};

/** Who the firm is: its account details, then the profile answers of the revision under review. */
export function FirmProfile({ t, firm, firmNow, programmeName, profile }: Props) {
  const labels = { notAnswered: t("review.changes.notAnswered"), yes: t("assessment.yes"), no: t("assessment.no") };
  return (
    <section aria-labelledby="firm-profile-heading">
      <h2 id="firm-profile-heading">{t("review.firm.title")}</h2>
      <dl className="summary">
        <dt>{t("review.firm.name")}</dt>
        <dd>{firm.name}</dd>
        <dt>{t("review.firm.sector")}</dt>
        <dd>{t(`sectors.${firm.sector}` as MessageKey)}</dd>
        <dt>{t("review.firm.size")}</dt>
        <dd>{t("review.firm.sizeValue", { size: t(`review.sizes.${firmSizeBandFor(firm.employees)}`), employees: firm.employees })}</dd>
        <dt>{t("review.firm.country")}</dt>
        <dd>{t(`countries.${firm.country}` as MessageKey)}</dd>
        <dt>{t("review.firm.programme")}</dt>
        <dd>{programmeName ?? t("review.firm.noProgramme")}</dd>
      </dl>
      {firmNow ? (
        <p className="hint" data-testid="firm-profile-changed">
          {t("review.firm.changedSince", {
            name: firmNow.name,
            sector: t(`sectors.${firmNow.sector}` as MessageKey),
            employees: firmNow.employees,
            country: t(`countries.${firmNow.country}` as MessageKey),
          })}
        </p>
      ) : null}
      {profile ? (
        <details className="review-profile-answers">
          <summary>{t("review.firm.answersTitle")}</summary>
          <dl className="summary">
            {listVisibleProfileQuestions(profile.structure, profile.answers).map((question) => {
              const questionText = profile.text.profile[question.id];
              return (
                <div key={question.id} className="summary__row">
                  <dt>{questionText?.label ?? question.id}</dt>
                  <dd>{describeProfileValue(profile.answers.profile[question.id] ?? null, questionText?.options ?? {}, labels)}</dd>
                </div>
              );
            })}
          </dl>
        </details>
      ) : null}
    </section>
  );
}
