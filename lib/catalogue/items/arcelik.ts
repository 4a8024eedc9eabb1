import type { CatalogueItemInput } from "../item-schema";

export const arcelik = {
  id: "arcelik",
  kind: "case-study",
  status: "active",
  name: { en: "Arçelik", ms: "Arçelik" },
  title: {
    en: "Arçelik: a smart washing-machine factory built around skills",
    ms: "Arçelik: kilang mesin basuh pintar yang dibina berteraskan kemahiran",
  },
  country: "TR",
  activity: { en: "a home appliance maker", ms: "pengeluar perkakas rumah" },
  year: 2019,
  sectors: ["27"],
  firmSizes: ["medium", "large"],
  technologies: [
    "machine-learning",
    "iot",
    "industrial-sensors",
    "digital-platform",
    "big-data-analytics",
    "artificial-intelligence",
    "augmented-virtual-reality",
  ],
  dimensions: ["skills", "inclusion", "operations", "supply-chain", "lifecycle", "resource-efficiency", "after-sales"],
  challenges: ["firm-linkages", "qualified-personnel", "reskilling"],
  impacts: ["skills-and-roles", "relegated-groups", "efficiency", "linkages", "product", "environmental-efficiency"],
  keyFigures: [
    {
      label: { en: "Tasks in the smart factory that need digital skills", ms: "Tugas di kilang pintar yang memerlukan kemahiran digital" },
      value: 90,
      unit: "%",
      direction: "level",
      status: "achieved",
      dimension: "skills",
      impact: "skills-and-roles",
    },
    {
      label: { en: "Water used per product against the firm's other plants", ms: "Air yang digunakan bagi setiap produk berbanding loji lain syarikat" },
      value: 84,
      unit: "%",
      direction: "decrease",
      status: "achieved",
      dimension: "resource-efficiency",
      impact: "environmental-efficiency",
    },
    {
      label: { en: "Energy saved by monitoring the compressed-air system", ms: "Tenaga yang dijimatkan dengan memantau sistem udara termampat" },
      value: 12,
      unit: "%",
      direction: "decrease",
      status: "achieved",
      dimension: "operations",
      impact: "environmental-efficiency",
    },
    {
      label: { en: "CO₂ emissions avoided by on-site solar power", ms: "Pelepasan CO₂ yang dielakkan oleh tenaga solar di tapak" },
      value: 487,
      unit: "tonnes-co2-per-year",
      direction: "level",
      status: "achieved",
      impact: "environmental-efficiency",
    },
  ],
  approach: {
    en: "modelled its smart factory virtually first, then let machine learning tune the line and re-skilled staff for data-driven roles",
    ms: "memodelkan kilang pintarnya secara maya terlebih dahulu, kemudian membiarkan pembelajaran mesin menala barisan dan melatih semula kakitangan untuk peranan berasaskan data",
  },
  summary: {
    en:
      "Arçelik, the Turkish appliance maker that owns brands such as Beko and Grundig, opened its first smart washing-machine plant in Romania at the " +
      "start of 2019, beside a refrigerator factory of its Romanian brand Arctic. Before construction, the whole plant was simulated and tuned " +
      "in a virtual model. On the real line, machine-learning applications adjust process settings from quality-control results, and production " +
      "plans and quality data are shared with suppliers in real time over an in-house platform. Because 90 % of tasks need digital skills, " +
      "Arçelik hires for digital and soft skills and re-skills its existing staff on the job together with local universities. Sensors regulate " +
      "compressed air, energy and water, and solar panels supply part of the power.",
    ms:
      "Arçelik, pengeluar perkakas rumah Turki yang memiliki jenama seperti Beko dan Grundig, membuka kilang pintar pertamanya untuk mesin basuh " +
      "di Romania pada awal 2019, bersebelahan loji peti sejuk jenama Romanianya, Arctic. Loji itu terlebih dahulu dimodelkan dan diuji dalam " +
      "persekitaran maya. Pada barisan sebenar, aplikasi pembelajaran mesin melaraskan tetapan proses berdasarkan keputusan kawalan kualiti, dan " +
      "pelan pengeluaran serta data kualiti dikongsi dengan pembekal secara masa nyata melalui platform dalaman. Oleh sebab 90 % tugas " +
      "memerlukan kemahiran digital, Arçelik mengambil pekerja yang mempunyai kemahiran digital dan insaniah serta melatih semula kakitangan " +
      "sedia ada semasa bekerja bersama universiti tempatan. Penderia mengawal udara termampat, tenaga dan air, dan panel solar membekalkan " +
      "sebahagian daripada kuasa.",
  },
  lessons: [
    {
      en: "Skills and work culture, not machines, were the biggest hurdle: workers become platform managers who need coding, data and negotiation skills.",
      ms: "Kemahiran dan budaya kerja, bukan mesin, merupakan halangan terbesar: pekerja menjadi pengurus platform yang memerlukan kemahiran pengekodan, data dan rundingan.",
    },
    {
      en: "Developing technology in-house and with partners let the firm test it before investing; the pilot plant will make later conversions cheaper.",
      ms: "Membangunkan teknologi sendiri dan bersama rakan kongsi membolehkan syarikat mengujinya sebelum melabur; loji rintis akan menjadikan penukaran seterusnya lebih murah.",
    },
    {
      en: "Suppliers were brought along: Arçelik transfers technology to them and co-invests so that key suppliers move closer.",
      ms: "Pembekal turut dibawa bersama: Arçelik memindahkan teknologi kepada mereka dan melabur bersama supaya pembekal utama berpindah lebih dekat.",
    },
    {
      en: "Less physical work opens more jobs to women, backed by the firm's gender policies.",
      ms: "Kerja fizikal yang berkurangan membuka lebih banyak pekerjaan kepada wanita, disokong oleh dasar jantina syarikat.",
    },
  ],
  source: { kind: "report", document: "unido-2019-adp", section: "Part II – Social inclusiveness: case studies (Arçelik)", pages: "45–53" },
  relatedItemIds: ["training-and-apprenticeships"],
} satisfies CatalogueItemInput;
