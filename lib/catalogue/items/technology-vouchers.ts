import type { CatalogueItemInput } from "../item-schema";

export const technologyVouchers = {
  id: "technology-vouchers",
  kind: "instrument-type",
  status: "active",
  name: { en: "Technology vouchers", ms: "Baucar teknologi" },
  title: {
    en: "Technology vouchers: a small, quick subsidy to try a first digital service",
    ms: "Baucar teknologi: subsidi kecil dan pantas untuk mencuba perkhidmatan digital pertama",
  },
  country: "generic",
  year: 2019,
  sectors: [],
  firmSizes: ["micro", "small", "medium"],
  technologies: ["cloud-computing", "iot", "big-data-analytics"],
  dimensions: ["intelligence", "connectivity", "leadership"],
  challenges: ["funding", "awareness"],
  impacts: ["efficiency"],
  mechanisms: ["funding"],
  eligibility: {
    countries: [],
    firmSizes: ["micro", "small", "medium"],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Usually limited to SMEs registered in the region that runs the scheme; the voucher is spent with an approved provider.",
          ms: "Biasanya terhad kepada PKS yang berdaftar di wilayah yang menjalankan skim; baucar digunakan dengan penyedia yang diluluskan.",
        },
      },
    ],
  },
  howToApply: {
    whoMayApply: {
      en: "SMEs registered in the region that runs the scheme.",
      ms: "PKS yang berdaftar di wilayah yang menjalankan skim itu.",
    },
    steps: [
      {
        en: "Check the scheme's list of approved providers and services.",
        ms: "Semak senarai penyedia dan perkhidmatan yang diluluskan oleh skim itu.",
      },
      {
        en: "Apply for the voucher online before you order the service.",
        ms: "Mohon baucar dalam talian sebelum anda memesan perkhidmatan.",
      },
      {
        en: "Spend it with an approved provider and submit the invoice.",
        ms: "Gunakannya dengan penyedia yang diluluskan dan hantar invois.",
      },
    ],
  },
  keyFigures: [],
  approach: {
    en: "pay part of the price of a first cloud, sensor or analytics service bought from an approved provider",
    ms: "membayar sebahagian harga perkhidmatan awan, penderia atau analitik pertama yang dibeli daripada penyedia yang diluluskan",
  },
  summary: {
    en:
      "A technology voucher is a small grant, often issued as a credit note, that a firm spends with an approved provider of digital services: " +
      "a cloud subscription, a first sensor kit, a data-analytics project or a consultant's time. Vouchers suit firms that have never bought " +
      "such services, because the application is short, the decision quick and the provider, not the firm, receives the payment. The firm " +
      "still pays part of the price, so it picks something it actually wants. Zhejiang's cloud programme in China combined vouchers with " +
      "provider discounts and seminars. Ask your SME agency, productivity centre or chamber of commerce whether a voucher scheme runs where you " +
      "are.",
    ms:
      "Baucar teknologi ialah geran kecil, selalunya dikeluarkan sebagai nota kredit, yang dibelanjakan oleh syarikat dengan penyedia " +
      "perkhidmatan digital yang diluluskan: langganan awan, kit penderia pertama, projek analitik data atau masa perunding. Baucar sesuai " +
      "untuk syarikat yang belum pernah membeli perkhidmatan sedemikian, kerana permohonannya ringkas, keputusannya cepat dan penyedia, bukan " +
      "syarikat, yang menerima bayaran. Syarikat masih membayar sebahagian harga, jadi ia memilih sesuatu yang benar-benar diperlukan. Program " +
      "awan Zhejiang di China menggabungkan baucar dengan diskaun penyedia dan seminar. Tanya agensi PKS, pusat produktiviti atau dewan " +
      "perniagaan anda sama ada skim baucar ditawarkan di kawasan anda.",
  },
  lessons: [
    {
      en: "Small amounts and fast decisions lower the barrier for a first purchase.",
      ms: "Jumlah kecil dan keputusan pantas merendahkan halangan untuk pembelian pertama.",
    },
    {
      en: "A share paid by the firm keeps the choice serious.",
      ms: "Bahagian yang dibayar oleh syarikat memastikan pilihan dibuat dengan serius.",
    },
    {
      en: "Vouchers work best together with awareness activities and a list of trusted providers.",
      ms: "Baucar paling berkesan apabila digabungkan dengan aktiviti kesedaran dan senarai penyedia yang dipercayai.",
    },
  ],
  source: { kind: "generic" },
  relatedItemIds: ["zhejiang-cloud-adoption"],
} satisfies CatalogueItemInput;
