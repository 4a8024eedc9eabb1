import type { CatalogueItemInput } from "../item-schema";

export const zhejiangCloudAdoption = {
  id: "zhejiang-cloud-adoption",
  kind: "policy-instrument",
  status: "active",
  name: { en: "Zhejiang 'Enterprises Deploying the Cloud'", ms: "'Perusahaan Menggunakan Awan' Zhejiang" },
  title: {
    en: "Zhejiang's cloud action plan: seminars, vouchers and cloud platforms for firms of every size",
    ms: "Pelan tindakan awan Zhejiang: seminar, baucar dan platform awan untuk syarikat semua saiz",
  },
  country: "CN",
  year: 2017,
  sectors: [],
  firmSizes: ["micro", "small", "medium", "large"],
  technologies: ["cloud-computing", "big-data-analytics", "artificial-intelligence"],
  dimensions: ["intelligence", "connectivity", "leadership", "skills"],
  challenges: ["frontier-access", "funding", "awareness"],
  impacts: ["efficiency", "business-model"],
  mechanisms: ["advisory", "funding", "training"],
  eligibility: {
    countries: ["CN"],
    firmSizes: [],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: { en: "Open to enterprises registered in Zhejiang Province.", ms: "Terbuka kepada perusahaan yang berdaftar di Wilayah Zhejiang." },
      },
    ],
    opensOn: "2017-04-01",
    closesOn: "2020-12-31",
  },
  howToApply: {
    contact: { en: "Zhejiang provincial government", ms: "Kerajaan wilayah Zhejiang" },
    whoMayApply: {
      en: "Enterprises registered in Zhejiang Province, of every size.",
      ms: "Perusahaan yang berdaftar di Wilayah Zhejiang, daripada semua saiz.",
    },
    steps: [
      {
        en: "Attend the province's awareness seminars on cloud technology.",
        ms: "Hadiri seminar kesedaran wilayah tentang teknologi awan.",
      },
      {
        en: "Apply for a cloud application project in your field.",
        ms: "Mohon projek aplikasi awan dalam bidang anda.",
      },
      {
        en: "Cloud providers and experts on the province's platform assess the application and shape the project.",
        ms: "Penyedia awan dan pakar di platform wilayah menilai permohonan dan membentuk projek.",
      },
    ],
  },
  keyFigures: [
    {
      label: { en: "Firms using cloud services by the end of 2018 (target: 100,000 by 2020)", ms: "Syarikat yang menggunakan perkhidmatan awan menjelang akhir 2018 (sasaran: 100,000 menjelang 2020)" },
      value: 268000,
      unit: "firms",
      direction: "level",
      status: "achieved",
      dimension: "intelligence",
      impact: "efficiency",
    },
    {
      label: { en: "Awareness seminars held in 2017", ms: "Seminar kesedaran yang diadakan pada 2017" },
      value: 1100,
      unit: "count",
      direction: "level",
      status: "achieved",
      dimension: "leadership",
    },
    {
      label: { en: "Enterprises reached by the seminars", ms: "Perusahaan yang dicapai melalui seminar" },
      value: 90000,
      unit: "firms",
      direction: "level",
      status: "achieved",
    },
    {
      label: { en: "Industry cloud platforms developed", ms: "Platform awan industri yang dibangunkan" },
      value: 12,
      unit: "count",
      direction: "level",
      status: "achieved",
      dimension: "connectivity",
    },
  ],
  approach: {
    en: "ran awareness seminars in every city, matched firms with cloud providers and cut their costs with vouchers and provider discounts",
    ms: "mengadakan seminar kesedaran di setiap bandar, memadankan syarikat dengan penyedia awan dan mengurangkan kos mereka melalui baucar dan diskaun penyedia",
  },
  summary: {
    en:
      "In April 2017 the provincial government of Zhejiang launched an action plan called 'Enterprises Deploying the Cloud', aiming to bring " +
      "100,000 firms onto cloud services in 2018–2020. Province, city and county governments ran more than 1,100 seminars in 2017, reaching " +
      "about 90,000 enterprises of every size. Firms then applied for cloud projects; a provincial platform matched them with cloud providers " +
      "such as Alibaba, with software and hardware developers and with industry associations, and twelve industry cloud platforms were built. " +
      "Firms paid most of the cost, but providers gave discounts and vouchers cut the price further, while strategic pilots received subsidies. " +
      "Small firms started with basic cloud tools, larger ones with deeper changes to their processes.",
    ms:
      "Pada April 2017, kerajaan wilayah Zhejiang melancarkan pelan tindakan bertajuk 'Perusahaan Menggunakan Awan' dengan matlamat membawa " +
      "100,000 syarikat menggunakan perkhidmatan awan dalam tempoh 2018–2020. Kerajaan wilayah, bandar dan daerah menganjurkan lebih daripada " +
      "1,100 seminar pada 2017 yang mencapai kira-kira 90,000 perusahaan pelbagai saiz. Syarikat kemudian memohon projek awan; sebuah platform " +
      "wilayah memadankan mereka dengan penyedia awan seperti Alibaba, pembangun perisian dan perkakasan serta persatuan industri, dan dua " +
      "belas platform awan industri dibina. Syarikat menanggung sebahagian besar kos, tetapi penyedia memberikan diskaun dan baucar " +
      "mengurangkan harga lagi, manakala projek rintis strategik menerima subsidi. Syarikat kecil bermula dengan alat awan asas, manakala " +
      "syarikat lebih besar membuat perubahan proses yang lebih mendalam.",
  },
  lessons: [
    {
      en: "Awareness came first: seminars in every city created demand far beyond the target (268,000 adopters by the end of 2018).",
      ms: "Kesedaran didahulukan: seminar di setiap bandar mewujudkan permintaan jauh melebihi sasaran (268,000 pengguna menjelang akhir 2018).",
    },
    {
      en: "Vouchers spent with approved providers lowered costs while firms still paid the bulk, so they chose projects they valued.",
      ms: "Baucar yang digunakan dengan penyedia yang diluluskan mengurangkan kos sementara syarikat masih membayar sebahagian besar, jadi mereka memilih projek yang bernilai bagi mereka.",
    },
    {
      en: "The path differed by firm size: basic cloud tools for small firms, deeper integration for larger ones.",
      ms: "Laluan berbeza mengikut saiz syarikat: alat awan asas untuk syarikat kecil, integrasi lebih mendalam untuk syarikat lebih besar.",
    },
    {
      en: "Recording and sharing the experience of pioneering firms is the suggested next step.",
      ms: "Merekod dan berkongsi pengalaman syarikat perintis ialah langkah seterusnya yang dicadangkan.",
    },
  ],
  source: {
    kind: "report",
    document: "unido-2019-adp",
    section: "Part II – Fostering demand and adoption: case studies (cloud computing in Zhejiang Province)",
    pages: "58–67",
  },
  relatedItemIds: ["zc-rubber", "technology-vouchers"],
} satisfies CatalogueItemInput;
