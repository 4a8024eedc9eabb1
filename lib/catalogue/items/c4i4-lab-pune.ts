import type { CatalogueItemInput } from "../item-schema";

export const c4i4LabPune = {
  id: "c4i4-lab-pune",
  kind: "policy-instrument",
  status: "active",
  name: { en: "C4i4 Lab Pune", ms: "C4i4 Lab Pune" },
  title: {
    en: "C4i4 Lab, Pune: hands-on smart manufacturing for supplier SMEs",
    ms: "C4i4 Lab, Pune: pembuatan pintar secara praktikal untuk PKS pembekal",
  },
  country: "IN",
  year: 2017,
  sectors: [],
  firmSizes: ["micro", "small", "medium"],
  technologies: ["iot", "industrial-sensors", "big-data-analytics"],
  dimensions: ["leadership", "connectivity", "operations", "linkages"],
  challenges: ["funding", "firm-linkages", "awareness"],
  impacts: ["efficiency", "linkages"],
  mechanisms: ["demonstration", "advisory", "network"],
  eligibility: {
    countries: ["IN"],
    firmSizes: ["micro", "small", "medium"],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Aimed at SMEs in the Pune manufacturing region, many of them tier-1 and tier-2 suppliers; pilot support is shared among firms with the same problem.",
          ms: "Ditujukan kepada PKS di wilayah pembuatan Pune, kebanyakannya pembekal peringkat pertama dan kedua; sokongan projek rintis dikongsi antara syarikat yang mempunyai masalah sama.",
        },
      },
    ],
  },
  howToApply: {
    contact: { en: "C4i4 Lab, Pune", ms: "C4i4 Lab, Pune" },
    whoMayApply: {
      en: "SMEs in the Pune manufacturing region, many of them tier-1 and tier-2 suppliers.",
      ms: "PKS di wilayah pembuatan Pune, kebanyakannya pembekal peringkat 1 dan peringkat 2.",
    },
    steps: [
      {
        en: "Contact the lab and take part in its diagnostic study of your main challenges.",
        ms: "Hubungi makmal itu dan sertai kajian diagnostiknya tentang cabaran utama anda.",
      },
      {
        en: "Join its workshops and hands-on demonstrations.",
        ms: "Sertai bengkel dan demonstrasi amalinya.",
      },
      {
        en: "Propose a pilot project, shared with firms that have the same problem, and agree your share of the cost.",
        ms: "Cadangkan projek rintis, dikongsi dengan syarikat yang mempunyai masalah sama, dan persetujui bahagian kos anda.",
      },
    ],
  },
  keyFigures: [
    {
      label: { en: "Public grant to set up the lab", ms: "Geran awam untuk menubuhkan makmal" },
      value: 2_000_000,
      unit: "USD",
      direction: "level",
      status: "achieved",
    },
    {
      label: { en: "Private funding raised in addition", ms: "Dana swasta tambahan yang diperoleh" },
      value: 700_000,
      unit: "USD",
      direction: "level",
      status: "achieved",
      dimension: "linkages",
      impact: "linkages",
    },
    {
      label: { en: "Industry 4.0 centres India set up in 2017, Pune among them", ms: "Pusat Industri 4.0 yang ditubuhkan India pada 2017, termasuk Pune" },
      value: 4,
      unit: "count",
      direction: "level",
      status: "achieved",
    },
  ],
  approach: {
    en: "lets SMEs try smart-manufacturing equipment in hands-on demonstrations and helps them start low-cost pilots",
    ms: "membolehkan PKS mencuba peralatan pembuatan pintar dalam demonstrasi praktikal dan membantu mereka memulakan projek rintis kos rendah",
  },
  summary: {
    en:
      "C4i4 Lab in Pune is one of four centres India set up in 2017 under Make in India to spread advanced digital production; academia, " +
      "industry and government run it together. Pune is home to many first- and second-tier suppliers to global value chains, and a diagnostic study " +
      "found that SMEs there mostly lacked information on what the technologies could do for them. The lab therefore runs workshops and " +
      "hands-on demonstrations where SMEs try the equipment, and helps them start pilots with local developers. By pooling similar problems " +
      "from several SMEs into one call to developers, it shares the cost of tailored solutions. It started with a USD 2 million public grant " +
      "and raised private funds on top.",
    ms:
      "C4i4 Lab di Pune ialah salah satu daripada empat pusat yang ditubuhkan India pada 2017 di bawah Make in India untuk menyebarkan " +
      "pengeluaran digital termaju; ahli akademik, industri dan kerajaan mengendalikannya bersama. Pune menempatkan ramai pembekal peringkat " +
      "pertama dan kedua dalam rantaian nilai global, dan satu kajian diagnostik mendapati PKS di sana kebanyakannya kekurangan maklumat tentang " +
      "manfaat teknologi itu kepada mereka. Oleh itu, makmal ini mengadakan bengkel dan demonstrasi praktikal di mana PKS mencuba peralatan, " +
      "serta membantu mereka memulakan projek rintis bersama pembangun tempatan. Dengan menggabungkan masalah serupa daripada beberapa PKS ke " +
      "dalam satu panggilan kepada pembangun, kos penyelesaian khusus dapat dikongsi. Ia bermula dengan geran awam USD 2 juta dan turut " +
      "memperoleh dana swasta.",
  },
  lessons: [
    {
      en: "Demonstrations that SMEs can touch build more confidence than talk about threats to jobs.",
      ms: "Demonstrasi yang boleh disentuh oleh PKS membina keyakinan lebih daripada perbincangan tentang ancaman kepada pekerjaan.",
    },
    {
      en: "Pooling SMEs' common problems into one call makes tailored solutions affordable and creates a market for local developers.",
      ms: "Menggabungkan masalah bersama PKS ke dalam satu panggilan menjadikan penyelesaian khusus mampu milik dan mewujudkan pasaran untuk pembangun tempatan.",
    },
    {
      en: "The real barriers are management, organisation and mindset, not the technology itself.",
      ms: "Halangan sebenar ialah pengurusan, organisasi dan cara berfikir, bukan teknologi itu sendiri.",
    },
    {
      en: "The lab aims to pay its way through cost sharing with the firms it helps and through industry associations.",
      ms: "Makmal ini bertujuan membiayai dirinya melalui perkongsian kos dengan syarikat yang dibantu dan melalui persatuan industri.",
    },
  ],
  source: {
    kind: "report",
    document: "unido-2019-adp",
    section: "Part II – Fostering demand and adoption: case studies (C4i4 Lab in Pune)",
    pages: "58–67",
  },
  relatedItemIds: ["demonstration-labs", "pooled-solution-calls", "mahindra-and-mahindra"],
} satisfies CatalogueItemInput;
