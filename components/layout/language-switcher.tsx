import { localeNames, locales, type Locale } from "@/lib/i18n";

/** A plain form so the language can be changed without JavaScript. */
export function LanguageSwitcher({
  current,
  label,
  submitLabel,
  returnTo,
  action,
}: {
  current: Locale;
  label: string;
  submitLabel: string;
  returnTo: string;
  action: (formData: FormData) => Promise<void>;
}) {
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="returnTo" value={returnTo} />
      <div>
        <label htmlFor="locale-select" className="label">
          {label}
        </label>
        <select id="locale-select" name="locale" defaultValue={current}>
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {submitLabel}
      </button>
    </form>
  );
}
