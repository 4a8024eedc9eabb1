import type { CatalogueItemInput } from "../item-schema";

export const startUpSeedFunds = {
  id: "start-up-seed-funds",
  kind: "instrument-type",
  status: "active",
  name: { en: "Seed funds and incubators", ms: "Dana benih dan inkubator" },
  title: {
    en: "Seed funds and incubators: from a prototype to a product for technology start-ups",
    ms: "Dana benih dan inkubator: daripada prototaip kepada produk untuk syarikat pemula teknologi",
  },
  country: "generic",
  year: 2019,
  sectors: [],
  firmSizes: ["micro", "small"],
  technologies: [],
  dimensions: ["leadership", "lifecycle", "linkages"],
  challenges: ["funding", "firm-linkages"],
  impacts: ["endogenous-innovation", "business-model"],
  mechanisms: ["funding", "network"],
  eligibility: {
    countries: [],
    firmSizes: ["micro", "small"],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "For young firms with an innovative product; selection looks at the technology, the team and market prospects.",
          ms: "Untuk syarikat muda dengan produk inovatif; pemilihan melihat teknologi, pasukan dan prospek pasaran.",
        },
      },
    ],
  },
  howToApply: {
    whoMayApply: {
      en: "Young firms with an innovative product and a team able to bring it to market.",
      ms: "Syarikat muda dengan produk inovatif dan pasukan yang mampu membawanya ke pasaran.",
    },
    steps: [
      {
        en: "Find a seed fund or incubator whose call fits your technology and stage.",
        ms: "Cari dana benih atau inkubator yang panggilannya sesuai dengan teknologi dan peringkat anda.",
      },
      {
        en: "Prepare a short pitch: the problem, the prototype, the team and the market.",
        ms: "Sediakan pembentangan ringkas: masalah, prototaip, pasukan dan pasaran.",
      },
      {
        en: "Apply, then present to the selection panel if shortlisted.",
        ms: "Mohon, kemudian buat pembentangan kepada panel pemilihan jika disenarai pendek.",
      },
    ],
  },
  keyFigures: [],
  approach: {
    en: "give young technology firms grants or small equity, workspace, mentors and introductions to investors",
    ms: "memberi syarikat teknologi muda geran atau ekuiti kecil, ruang kerja, mentor dan perkenalan kepada pelabur",
  },
  summary: {
    en:
      "Seed funds and incubators help young firms turn an idea built on new technology into a product and a business. Seed funds give grants or " +
      "small equity stakes to cover prototypes, testing and first production; incubators add office or workshop space, mentors, and " +
      "introductions to investors and large customers. Student competitions and final-year project grants often feed them. Pakistan's Ignite " +
      "fund combines all three, and Kyrgyzstan's Genesis Bionics grew from a student competition project. Such support matters most in the step " +
      "from a working prototype to a product that can be made and sold at scale, which is where many hardware start-ups stall.",
    ms:
      "Dana benih dan inkubator membantu syarikat muda mengubah idea yang berasaskan teknologi baharu menjadi produk dan perniagaan. Dana benih " +
      "memberikan geran atau pegangan ekuiti kecil untuk menampung prototaip, ujian dan pengeluaran pertama; inkubator pula menyediakan ruang " +
      "pejabat atau bengkel, mentor, serta perkenalan kepada pelabur dan pelanggan besar. Pertandingan pelajar dan geran projek tahun akhir " +
      "sering menjadi sumbernya. Dana Ignite di Pakistan menggabungkan ketiga-tiganya, dan Genesis Bionics di Kyrgyzstan bermula daripada projek " +
      "pertandingan pelajar. Sokongan sebegini paling penting pada langkah daripada prototaip yang berfungsi kepada produk yang boleh dihasilkan " +
      "dan dijual secara besar-besaran, iaitu tahap di mana banyak syarikat pemula perkakasan tersekat.",
  },
  lessons: [
    {
      en: "Plan production and certification early: commercialisation is where hardware start-ups stall.",
      ms: "Rancang pengeluaran dan pensijilan lebih awal: pengkomersialan ialah tahap di mana syarikat pemula perkakasan tersekat.",
    },
    {
      en: "Mentors and links to large customers can be worth more than the money.",
      ms: "Mentor dan hubungan dengan pelanggan besar boleh lebih bernilai daripada wang.",
    },
  ],
  source: { kind: "generic" },
  relatedItemIds: ["ignite-national-technology-fund", "genesis-bionics"],
} satisfies CatalogueItemInput;
