import type { CatalogueItemInput } from "../item-schema";

export const zcRubber = {
  id: "zc-rubber",
  kind: "case-study",
  status: "active",
  name: { en: "ZC Rubber", ms: "ZC Rubber" },
  title: {
    en: "ZC Rubber: cloud analytics steadies rubber mixing",
    ms: "ZC Rubber: analitik awan menstabilkan pencampuran getah",
  },
  country: "CN",
  activity: { en: "a tyre and rubber products maker", ms: "pengeluar tayar dan produk getah" },
  year: 2017,
  sectors: ["22"],
  firmSizes: ["medium", "large"],
  technologies: ["cloud-computing", "big-data-analytics", "artificial-intelligence", "machine-learning", "digital-platform"],
  dimensions: ["intelligence", "operations", "lifecycle", "resource-efficiency"],
  challenges: ["qualified-personnel", "reskilling", "standards-uncertainty"],
  impacts: ["efficiency", "product", "environmental-efficiency", "skills-and-roles"],
  keyFigures: [
    {
      label: { en: "Rate of products passing quality checks, first six months", ms: "Kadar produk yang lulus pemeriksaan kualiti, enam bulan pertama" },
      value: 3,
      valueMax: 5,
      unit: "%",
      direction: "increase",
      status: "achieved",
      dimension: "intelligence",
      impact: "product",
    },
    {
      label: { en: "Spread (standard deviation) of mixing time", ms: "Sebaran (sisihan piawai) masa pencampuran" },
      value: 10,
      unit: "%",
      direction: "decrease",
      status: "achieved",
      dimension: "operations",
      impact: "efficiency",
    },
    {
      label: { en: "Spread (standard deviation) of mixing temperature", ms: "Sebaran (sisihan piawai) suhu pencampuran" },
      value: 6,
      unit: "%",
      direction: "decrease",
      status: "achieved",
      dimension: "lifecycle",
      impact: "product",
    },
    {
      label: { en: "Energy efficiency of mixing", ms: "Kecekapan tenaga pencampuran" },
      value: 10,
      unit: "%",
      direction: "increase",
      status: "achieved",
      dimension: "resource-efficiency",
      impact: "environmental-efficiency",
    },
    {
      label: { en: "Sales revenue, 2018 against 2017", ms: "Hasil jualan, 2018 berbanding 2017" },
      value: 5.31,
      unit: "%",
      direction: "increase",
      status: "achieved",
      impact: "efficiency",
    },
  ],
  approach: {
    en: "used cloud-based analytics and AI to choose the best mixing settings for each batch of rubber",
    ms: "menggunakan analitik berasaskan awan dan AI untuk memilih tetapan pencampuran terbaik bagi setiap kelompok getah",
  },
  summary: {
    en:
      "ZC Rubber, one of China's largest tyre makers and based in Hangzhou since 1958, began working with Alibaba Cloud's ET Industrial Brain in 2017 " +
      "as part of Zhejiang Province's cloud programme. Engineers from both sides first mapped the data produced at every stage of production. " +
      "Decision-tree models running in the cloud now read the data of each batch of raw rubber, propose the best recipe and settings, such as " +
      "discharge time and temperature, and then check the quality of the compound. The spread of mixing times and temperatures narrowed, more " +
      "output passed quality checks, energy efficiency improved by more than a tenth and sales grew the following year, with no loss of jobs. " +
      "The firm's own process knowledge shaped the algorithms.",
    ms:
      "ZC Rubber, antara pengeluar tayar terbesar di China yang beroperasi di Hangzhou sejak 1958, mula bekerjasama dengan ET Industrial Brain " +
      "milik Alibaba Cloud pada 2017 sebagai sebahagian daripada program awan Wilayah Zhejiang. Jurutera kedua-dua pihak terlebih dahulu memetakan " +
      "data yang dihasilkan pada setiap peringkat pengeluaran. Model pepohon keputusan yang berjalan dalam awan kini membaca data setiap kelompok " +
      "getah mentah, mencadangkan resipi dan tetapan terbaik, seperti masa pelepasan dan suhu, lalu menyemak kualiti sebatian. Sebaran masa dan " +
      "suhu pencampuran menjadi lebih kecil, lebih banyak keluaran lulus pemeriksaan kualiti, kecekapan tenaga meningkat lebih daripada " +
      "sepersepuluh dan jualan bertambah pada tahun berikutnya, tanpa sebarang kehilangan pekerjaan. Pengetahuan proses syarikat sendiri " +
      "membentuk algoritma tersebut.",
  },
  lessons: [
    {
      en: "Process know-how made the difference: decades of experience defined the parameters the algorithms optimise.",
      ms: "Pengetahuan proses menjadi pembeza: pengalaman berdekad-dekad menentukan parameter yang dioptimumkan oleh algoritma.",
    },
    {
      en: "People who understand both rubber and data are scarce, and their shortage slows the digital transformation.",
      ms: "Orang yang memahami getah dan data sekali gus sukar dicari, dan kekurangan mereka melambatkan transformasi digital.",
    },
    {
      en: "Fast-changing technology standards create uncertainty that can sap the motivation of even a strong firm; plan for continuous updating.",
      ms: "Piawaian teknologi yang cepat berubah menimbulkan ketidakpastian yang boleh melemahkan semangat syarikat yang kukuh sekalipun; rancang untuk pengemaskinian berterusan.",
    },
    {
      en: "Analytics raised the digital skills needed in the plant without cutting jobs, so re-skilling belongs in the plan.",
      ms: "Analitik meningkatkan kemahiran digital yang diperlukan di kilang tanpa mengurangkan pekerjaan, jadi latihan semula perlu ada dalam pelan.",
    },
  ],
  source: { kind: "report", document: "unido-2019-adp", section: "Part II – Competitiveness: case studies (ZC Rubber)", pages: "16–31" },
  relatedItemIds: ["zhejiang-cloud-adoption"],
} satisfies CatalogueItemInput;
