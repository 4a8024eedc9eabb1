import type { CatalogueItemInput } from "../item-schema";

export const pooledSolutionCalls = {
  id: "pooled-solution-calls",
  kind: "instrument-type",
  status: "active",
  name: { en: "Pooled solution calls", ms: "Panggilan penyelesaian berkumpulan" },
  title: {
    en: "Pooled solution calls: many SMEs, one shared problem, one call to local developers",
    ms: "Panggilan penyelesaian berkumpulan: banyak PKS, satu masalah bersama, satu panggilan kepada pembangun tempatan",
  },
  country: "generic",
  year: 2019,
  sectors: [],
  firmSizes: ["micro", "small", "medium"],
  technologies: [],
  dimensions: ["linkages", "connectivity", "operations"],
  challenges: ["funding", "firm-linkages", "legacy-integration"],
  impacts: ["linkages", "efficiency"],
  mechanisms: ["network", "funding"],
  eligibility: {
    countries: [],
    firmSizes: ["micro", "small", "medium"],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Run by an intermediary (technology centre, association or cluster); the firm's problem must be shared by several others.",
          ms: "Dikendalikan oleh pihak perantara (pusat teknologi, persatuan atau kluster); masalah syarikat mesti turut dihadapi oleh beberapa syarikat lain.",
        },
      },
    ],
  },
  howToApply: {
    whoMayApply: {
      en: "SMEs that share a problem with several other firms, through the intermediary that runs the call.",
      ms: "PKS yang berkongsi masalah dengan beberapa syarikat lain, melalui perantara yang menganjurkan panggilan.",
    },
    steps: [
      {
        en: "Ask your technology centre, association or cluster whether a pooled call is planned.",
        ms: "Tanya pusat teknologi, persatuan atau kluster anda sama ada panggilan berkumpulan dirancang.",
      },
      {
        en: "Describe your problem so it can be grouped with other firms' problems.",
        ms: "Terangkan masalah anda supaya ia boleh dihimpunkan dengan masalah syarikat lain.",
      },
      {
        en: "Take part in choosing and trying the solution the call selects.",
        ms: "Sertai pemilihan dan percubaan penyelesaian yang dipilih oleh panggilan.",
      },
    ],
  },
  keyFigures: [],
  approach: {
    en: "gather the same problem from many SMEs and issue one call to local developers, so the cost of the solution is shared",
    ms: "mengumpulkan masalah yang sama daripada banyak PKS dan mengeluarkan satu panggilan kepada pembangun tempatan, supaya kos penyelesaian dikongsi",
  },
  summary: {
    en:
      "In a pooled solution call, an intermediary such as a technology centre, industry association or cluster gathers the same problem from " +
      "many SMEs, for example monitoring old machines or tracking orders, and issues one call to local developers to solve it. Developing one " +
      "solution for many firms splits a cost that would be too high for a single firm, and gives local digital providers a market worth " +
      "entering. Firms usually pay a share and test the result in their own plant. C4i4 Lab in Pune uses this approach with its supplier SMEs. " +
      "It suits common, well-defined problems better than unique ones, and works best when firms agree on their requirements early.",
    ms:
      "Dalam panggilan penyelesaian berkumpulan, pihak perantara seperti pusat teknologi, persatuan industri atau kluster mengumpulkan masalah " +
      "yang sama daripada banyak PKS, contohnya memantau mesin lama atau menjejak pesanan, dan mengeluarkan satu panggilan kepada pembangun " +
      "tempatan untuk menyelesaikannya. Membangunkan satu penyelesaian untuk banyak syarikat membahagikan kos yang terlalu tinggi bagi satu " +
      "syarikat, dan memberi penyedia digital tempatan pasaran yang berbaloi untuk diceburi. Syarikat biasanya membayar sebahagian dan menguji " +
      "hasilnya di kilang sendiri. C4i4 Lab di Pune menggunakan pendekatan ini bersama PKS pembekalnya. Ia lebih sesuai untuk masalah biasa " +
      "yang jelas berbanding masalah unik, dan paling berkesan apabila syarikat bersetuju tentang keperluan mereka lebih awal.",
  },
  lessons: [
    {
      en: "Agree on shared requirements before the call; every special wish raises the cost again.",
      ms: "Persetujui keperluan bersama sebelum panggilan; setiap permintaan khas menaikkan kos semula.",
    },
    {
      en: "Local developers gain a market, which builds the ecosystem SMEs need later.",
      ms: "Pembangun tempatan memperoleh pasaran, yang membina ekosistem yang diperlukan oleh PKS kemudian.",
    },
  ],
  source: { kind: "generic" },
  relatedItemIds: ["c4i4-lab-pune"],
} satisfies CatalogueItemInput;
