import type { CatalogueItemInput } from "../item-schema";

export const industry4wrdReadinessAssessment = {
  id: "industry4wrd-readiness-assessment",
  kind: "policy-instrument",
  status: "active",
  name: { en: "Industry4WRD Readiness Assessment", ms: "Penilaian Kesediaan Industry4WRD" },
  title: {
    en: "Industry4WRD: Malaysia's national Industry 4.0 policy and its Readiness Assessment for SMEs",
    ms: "Industry4WRD: dasar Industri 4.0 negara Malaysia dan Penilaian Kesediaannya untuk PKS",
  },
  country: "MY",
  year: 2018,
  // The policy's catalytic sectors; the assessment itself is open to all manufacturing.
  sectors: ["26", "27", "28", "20", "30", "32"],
  firmSizes: ["micro", "small", "medium"],
  technologies: [
    "iot",
    "big-data-analytics",
    "cloud-computing",
    "artificial-intelligence",
    "additive-manufacturing",
    "advanced-robotics",
    "augmented-virtual-reality",
  ],
  dimensions: ["leadership", "skills", "operations", "automation", "connectivity", "intelligence"],
  challenges: ["funding", "awareness", "qualified-personnel"],
  impacts: ["efficiency", "skills-and-roles"],
  mechanisms: ["advisory", "funding", "policy-framework"],
  eligibility: {
    countries: ["MY"],
    firmSizes: ["micro", "small", "medium"],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "For manufacturing SMEs and manufacturing-related services firms. The 2019–2021 round funded 500 SMEs; check with MITI whether a new intake is open.",
          ms: "Untuk PKS pembuatan dan syarikat perkhidmatan berkaitan pembuatan. Pusingan 2019–2021 membiayai 500 PKS; semak dengan MITI sama ada pengambilan baharu dibuka.",
        },
      },
    ],
    opensOn: "2019-03-01",
  },
  howToApply: {
    contact: { en: "Ministry of International Trade and Industry (MITI), Malaysia", ms: "Kementerian Perdagangan Antarabangsa dan Industri (MITI), Malaysia" },
    whoMayApply: {
      en: "Malaysian manufacturing SMEs, and firms offering manufacturing-related services.",
      ms: "PKS pembuatan Malaysia, dan syarikat yang menawarkan perkhidmatan berkaitan pembuatan.",
    },
    steps: [
      {
        en: "Ask MITI whether a new intake is open.",
        ms: "Tanya MITI sama ada pengambilan baharu dibuka.",
      },
      {
        en: "Apply with your firm's details; the assessment scores people, process and technology.",
        ms: "Mohon dengan butiran syarikat anda; penilaian itu memberi skor kepada manusia, proses dan teknologi.",
      },
      {
        en: "Use the assessment's gaps to prepare an upgrading plan and the support it asks for.",
        ms: "Gunakan jurang daripada penilaian untuk menyediakan pelan naik taraf dan sokongan yang diperlukan.",
      },
    ],
  },
  keyFigures: [
    {
      label: { en: "SMEs to be assessed and supported in 2019–2021", ms: "PKS yang akan dinilai dan disokong dalam tempoh 2019–2021" },
      value: 500,
      unit: "firms",
      direction: "level",
      status: "target",
      dimension: "leadership",
    },
    {
      label: { en: "Budget of the programme", ms: "Peruntukan program" },
      value: 210_000_000,
      unit: "MYR",
      direction: "level",
      status: "achieved",
    },
    {
      label: { en: "Applications in the first call, March 2019", ms: "Permohonan dalam panggilan pertama, Mac 2019" },
      value: 300,
      unit: "count",
      direction: "level",
      status: "achieved",
    },
    {
      label: { en: "Manufacturing labour productivity, nationwide", ms: "Produktiviti buruh pembuatan, seluruh negara" },
      value: 30,
      unit: "%",
      direction: "increase",
      status: "target",
      dimension: "operations",
      impact: "efficiency",
    },
    {
      label: { en: "Share of high-skilled workers in manufacturing, nationwide", ms: "Bahagian pekerja berkemahiran tinggi dalam pembuatan, seluruh negara" },
      from: 18,
      value: 35,
      unit: "%",
      direction: "increase",
      status: "target",
      dimension: "skills",
      impact: "skills-and-roles",
    },
  ],
  approach: {
    en: "scores an SME on people, process and technology, shows its gaps and helps it draw up a funded upgrading plan",
    ms: "menilai PKS dari segi manusia, proses dan teknologi, menunjukkan jurangnya dan membantu menyediakan pelan naik taraf yang dibiayai",
  },
  summary: {
    en:
      "Malaysia launched Industry4WRD, its national policy on Industry 4.0, in October 2018 after a task force led by the Ministry of " +
      "International Trade and Industry (MITI) consulted industry. It covers manufacturing and manufacturing-related services, with special " +
      "attention to SMEs. In 2019 the government added the Industry4WRD Readiness Assessment: a structured check that scores a firm on people, " +
      "process and technology (the policy's three 'shifting factors'), shows its current capabilities and gaps, and helps it draw up a realistic upgrading " +
      "plan. A separate module covers services firms. MYR 210 million was set aside to assess and support 500 SMEs in 2019–2021, and the first " +
      "call in March 2019 drew about 300 applications.",
    ms:
      "Malaysia melancarkan Industry4WRD, dasar negara mengenai Industri 4.0, pada Oktober 2018 selepas pasukan petugas yang diketuai oleh " +
      "Kementerian Perdagangan Antarabangsa dan Industri (MITI) berunding dengan industri. Dasar ini merangkumi pembuatan dan perkhidmatan " +
      "berkaitan pembuatan, dengan perhatian khusus kepada PKS. Pada 2019, kerajaan menambah Penilaian Kesediaan Industry4WRD: semakan " +
      "berstruktur yang memberi skor kepada syarikat berdasarkan tiga faktor peralihan, iaitu manusia, proses dan teknologi, menunjukkan " +
      "keupayaan dan jurang semasa, serta membantu syarikat menyediakan pelan naik taraf yang realistik. Modul berasingan meliputi syarikat " +
      "perkhidmatan. Sebanyak RM210 juta diperuntukkan untuk menilai dan menyokong 500 PKS dalam tempoh 2019–2021, dan panggilan pertama pada " +
      "Mac 2019 menerima kira-kira 300 permohonan.",
  },
  lessons: [
    {
      en: "One national framework pulled scattered national, state and industry initiatives together.",
      ms: "Satu rangka kerja negara menyatukan inisiatif kebangsaan, negeri dan industri yang sebelum ini berselerak.",
    },
    {
      en: "Assessing gaps before funding means support follows a plan the firm owns.",
      ms: "Menilai jurang sebelum pembiayaan bermakna sokongan mengikut pelan yang dimiliki oleh syarikat sendiri.",
    },
    {
      en: "Demand was strong, but smaller cities need more awareness activities.",
      ms: "Permintaan tinggi, tetapi bandar yang lebih kecil memerlukan lebih banyak aktiviti kesedaran.",
    },
    {
      en: "Measurable national targets (labour productivity +30 %, high-skilled share up to 35 %) make progress visible.",
      ms: "Sasaran negara yang boleh diukur (produktiviti buruh +30 %, bahagian berkemahiran tinggi sehingga 35 %) menjadikan kemajuan dapat dilihat.",
    },
  ],
  source: {
    kind: "report",
    document: "unido-2019-adp",
    section: "Part II – Fostering demand and adoption: case studies (Malaysian manufacturing firms and the fourth industrial revolution)",
    pages: "58–67",
  },
  relatedItemIds: ["industry4wrd-first-enablers", "advisory-and-diagnostic-services"],
} satisfies CatalogueItemInput;
