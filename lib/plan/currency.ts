// The currency a plan's cost is estimated in when the firm gives none: its country's own, so a
// Malaysian firm plans in ringgit and an agency can add costs up per programme without converting.
// Countries missing here plan in US dollars (the catalogue's figures use them too).

const currencyByCountry: Readonly<Record<string, string>> = {
  MY: "MYR", CN: "CNY", IN: "INR", PK: "PKR", TR: "TRY", UY: "UYU", KG: "KGS", MA: "MAD", ID: "IDR", TH: "THB",
  VN: "VND", PH: "PHP", SG: "SGD", BD: "BDT", LK: "LKR", KE: "KES", NG: "NGN", ET: "ETB", ZA: "ZAR", EG: "EGP",
  BR: "BRL", MX: "MXN", CO: "COP", PE: "PEN", AR: "ARS", DE: "EUR",
};

export const fallbackCurrency = "USD";

/** The ISO 4217 code a firm in `country` (ISO 3166 alpha-2) estimates costs in by default. */
export function defaultCurrencyFor(country: string): string {
  return currencyByCountry[country.toUpperCase()] ?? fallbackCurrency;
}
