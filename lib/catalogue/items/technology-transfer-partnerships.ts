import type { CatalogueItemInput } from "../item-schema";

export const technologyTransferPartnerships = {
  id: "technology-transfer-partnerships",
  kind: "instrument-type",
  status: "active",
  name: { en: "Technology-transfer partnerships", ms: "Perkongsian pemindahan teknologi" },
  title: {
    en: "Technology-transfer partnerships: bring in know-how from a technology leader, university or foreign partner",
    ms: "Perkongsian pemindahan teknologi: dapatkan kepakaran daripada peneraju teknologi, universiti atau rakan asing",
  },
  country: "generic",
  year: 2019,
  sectors: [],
  firmSizes: ["small", "medium", "large"],
  technologies: [],
  dimensions: ["linkages", "intelligence", "digital-design", "operations"],
  challenges: ["frontier-access", "qualified-personnel", "standards-uncertainty"],
  impacts: ["linkages", "endogenous-innovation"],
  mechanisms: ["technology-transfer"],
  eligibility: {
    countries: [],
    firmSizes: [],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Usually arranged project by project: the firm needs a concrete project and a partner willing to share know-how.",
          ms: "Biasanya diatur mengikut projek: syarikat memerlukan projek yang konkrit dan rakan kongsi yang sanggup berkongsi kepakaran.",
        },
      },
    ],
  },
  howToApply: {
    whoMayApply: {
      en: "Firms with a concrete project and the staff to learn from a partner that shares its know-how.",
      ms: "Syarikat dengan projek yang jelas dan kakitangan untuk belajar daripada rakan kongsi yang berkongsi kepakaran.",
    },
    steps: [
      {
        en: "Define the project and the know-how you lack.",
        ms: "Tentukan projek dan kepakaran yang anda perlukan.",
      },
      {
        en: "Ask a university, technology centre or investment agency to help find a partner.",
        ms: "Minta universiti, pusat teknologi atau agensi pelaburan membantu mencari rakan kongsi.",
      },
      {
        en: "Agree in writing who owns what the partnership develops.",
        ms: "Persetujui secara bertulis siapa yang memiliki hasil yang dibangunkan oleh perkongsian itu.",
      },
    ],
  },
  keyFigures: [],
  approach: {
    en: "pair a firm with a technology leader, university or research institute to bring in know-how it cannot build alone",
    ms: "menggandingkan syarikat dengan peneraju teknologi, universiti atau institut penyelidikan untuk mendapatkan kepakaran yang tidak dapat dibina sendiri",
  },
  summary: {
    en:
      "Technology-transfer partnerships pair a firm with a foreign or domestic technology leader, a university or a research institute to bring " +
      "in know-how it cannot build alone. Governments help through bilateral agreements, matchmaking events, industrial parks for joint " +
      "ventures and rules on sharing intellectual property. Examples in this catalogue include Baowu Steel working with Siemens under the " +
      "Sino-German agreement, New-Tek learning from its German equipment partner, and Thales training Moroccan engineers abroad. Such " +
      "partnerships work best when the firm brings deep process knowledge and data, agrees a phased plan, and sets clear terms for who owns " +
      "what is developed together.",
    ms:
      "Perkongsian pemindahan teknologi menggandingkan syarikat dengan peneraju teknologi asing atau tempatan, universiti atau institut " +
      "penyelidikan untuk mendapatkan kepakaran yang tidak dapat dibina sendiri. Kerajaan membantu melalui perjanjian dua hala, acara padanan " +
      "perniagaan, taman perindustrian untuk usaha sama dan peraturan perkongsian harta intelek. Contoh dalam katalog ini termasuk Baowu Steel " +
      "yang bekerjasama dengan Siemens di bawah perjanjian China-Jerman, New-Tek yang belajar daripada rakan kongsi peralatan Jermannya, dan " +
      "Thales yang melatih jurutera Maghribi di luar negara. Perkongsian sebegini paling berkesan apabila syarikat membawa pengetahuan proses " +
      "dan data yang mendalam, bersetuju dengan pelan berperingkat, dan menetapkan syarat yang jelas tentang pemilikan hasil pembangunan " +
      "bersama.",
  },
  lessons: [
    {
      en: "The firm's own process data and experience are its strongest bargaining chip with a technology partner.",
      ms: "Data proses dan pengalaman syarikat sendiri ialah kelebihan rundingan terkuat dengan rakan teknologi.",
    },
    {
      en: "Agree on intellectual property before the work starts.",
      ms: "Persetujui soal harta intelek sebelum kerja bermula.",
    },
  ],
  source: { kind: "generic" },
  relatedItemIds: ["sino-german-smart-manufacturing", "new-tek", "thales-3d"],
} satisfies CatalogueItemInput;
