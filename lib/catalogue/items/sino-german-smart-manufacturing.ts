import type { CatalogueItemInput } from "../item-schema";

export const sinoGermanSmartManufacturing = {
  id: "sino-german-smart-manufacturing",
  kind: "policy-instrument",
  status: "active",
  name: { en: "Sino-German Smart Manufacturing Cooperation", ms: "Kerjasama Pembuatan Pintar China-Jerman" },
  title: {
    en: "Sino-German smart manufacturing cooperation: pilot projects with German technology partners",
    ms: "Kerjasama pembuatan pintar China-Jerman: projek rintis bersama rakan teknologi Jerman",
  },
  country: "CN",
  year: 2015,
  sectors: [],
  firmSizes: ["medium", "large"],
  technologies: ["digital-platform", "big-data-analytics", "industrial-sensors"],
  dimensions: ["linkages", "operations", "connectivity", "intelligence", "supply-chain"],
  challenges: ["frontier-access", "legacy-integration", "standards-uncertainty"],
  impacts: ["linkages", "endogenous-innovation", "efficiency"],
  mechanisms: ["technology-transfer", "network"],
  eligibility: {
    countries: ["CN"],
    firmSizes: ["medium", "large"],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Projects are chosen by the Ministry of Industry and Information Technology (MIIT) from firms' proposals for a development strategy and assessed by a Sino-German expert commission.",
          ms: "Projek dipilih oleh Kementerian Industri dan Teknologi Maklumat (MIIT) daripada cadangan strategi pembangunan syarikat dan dinilai oleh suruhanjaya pakar China-Jerman.",
        },
      },
      {
        kind: "text",
        text: {
          en: "The project needs a German technology partner.",
          ms: "Projek memerlukan rakan teknologi dari Jerman.",
        },
      },
    ],
  },
  howToApply: {
    contact: { en: "Ministry of Industry and Information Technology (MIIT), China", ms: "Kementerian Industri dan Teknologi Maklumat (MIIT), China" },
    whoMayApply: {
      en: "Chinese firms with a German technology partner and a proposal for a development strategy.",
      ms: "Syarikat China yang mempunyai rakan teknologi Jerman dan cadangan strategi pembangunan.",
    },
    steps: [
      {
        en: "Find a German technology partner for the project.",
        ms: "Cari rakan teknologi Jerman untuk projek itu.",
      },
      {
        en: "Submit a proposal for a development strategy to MIIT.",
        ms: "Hantar cadangan strategi pembangunan kepada MIIT.",
      },
      {
        en: "A Sino-German expert commission assesses it and MIIT selects the pilot projects.",
        ms: "Suruhanjaya pakar China-Jerman menilainya dan MIIT memilih projek rintis.",
      },
    ],
  },
  keyFigures: [
    {
      label: { en: "Pilot demonstration projects in the first batch", ms: "Projek demonstrasi rintis dalam kumpulan pertama" },
      value: 14,
      unit: "count",
      direction: "level",
      status: "achieved",
      dimension: "linkages",
      impact: "linkages",
    },
    {
      label: { en: "Research areas agreed in the Baowu–Siemens project", ms: "Bidang penyelidikan yang dipersetujui dalam projek Baowu–Siemens" },
      value: 12,
      unit: "count",
      direction: "level",
      status: "achieved",
      dimension: "intelligence",
    },
    {
      label: { en: "Patent applications from the Baowu–Siemens project", ms: "Permohonan paten daripada projek Baowu–Siemens" },
      value: 9,
      unit: "count",
      direction: "level",
      status: "achieved",
      impact: "endogenous-innovation",
    },
  ],
  approach: {
    en: "pairs Chinese firms with German technology suppliers on government-endorsed smart-manufacturing pilots",
    ms: "menggandingkan syarikat China dengan pembekal teknologi Jerman dalam projek rintis pembuatan pintar yang disokong kerajaan",
  },
  summary: {
    en:
      "In 2015 China and Germany signed a memorandum linking Made in China 2025 with Industrie 4.0. One of its activities pairs Chinese firms " +
      "with German technology suppliers on smart-manufacturing projects. In 2016 the Ministry of Industry and Information Technology (MIIT) " +
      "invited proposals, and a commission of experts from both countries selected 14 pilot demonstration projects for the first " +
      "round, among them Baowu Steel working with Siemens. The partners diagnose the plant's weak points, agree a short-, medium- and long-term plan and share " +
      "the intellectual property they create. A Sino-German industrial park gives firms a place to meet German technology. The cooperation " +
      "later widened to lifecycle management, supply chains, training and regulation.",
    ms:
      "Pada 2015, China dan Jerman menandatangani memorandum yang menghubungkan Made in China 2025 dengan Industrie 4.0. Salah satu aktivitinya " +
      "menggandingkan syarikat China dengan pembekal teknologi Jerman dalam projek pembuatan pintar. Pada 2016, Kementerian Industri dan " +
      "Teknologi Maklumat (MIIT) mempelawa cadangan, dan suruhanjaya pakar dari kedua-dua negara memilih kumpulan pertama 14 projek demonstrasi " +
      "rintis, termasuk Baowu Steel yang bekerjasama dengan Siemens. Rakan kongsi mendiagnosis titik lemah loji, bersetuju dengan pelan jangka " +
      "pendek, sederhana dan panjang serta berkongsi harta intelek yang dihasilkan. Sebuah taman perindustrian China-Jerman menyediakan tempat " +
      "untuk syarikat bertemu teknologi Jerman. Kerjasama ini kemudian diperluas kepada pengurusan kitaran hayat, rantaian bekalan, latihan " +
      "dan peraturan.",
  },
  lessons: [
    {
      en: "A government-to-government agreement lowered the barrier for firms to reach frontier technology and partners.",
      ms: "Perjanjian antara kerajaan merendahkan halangan bagi syarikat untuk mendapatkan teknologi terkini dan rakan kongsi.",
    },
    {
      en: "A joint diagnosis first, then a phased plan, kept the projects realistic.",
      ms: "Diagnosis bersama terlebih dahulu, diikuti pelan berperingkat, memastikan projek kekal realistik.",
    },
    {
      en: "Clear rules for sharing intellectual property made the technology partner willing to co-develop.",
      ms: "Peraturan yang jelas tentang perkongsian harta intelek menjadikan rakan teknologi bersedia untuk membangunkan bersama.",
    },
  ],
  source: {
    kind: "report",
    document: "unido-2019-adp",
    section: "Part II – Developing framework conditions: case study (Sino-German Smart Manufacturing Cooperation)",
    pages: "55–56",
  },
  relatedItemIds: ["china-baowu-steel", "haier", "technology-transfer-partnerships"],
} satisfies CatalogueItemInput;
