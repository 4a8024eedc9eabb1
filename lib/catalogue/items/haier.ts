import type { CatalogueItemInput } from "../item-schema";

export const haier = {
  id: "haier",
  kind: "case-study",
  status: "active",
  name: { en: "Haier", ms: "Haier" },
  title: {
    en: "Haier: an industrial IoT platform for made-to-order air conditioners",
    ms: "Haier: platform IoT industri untuk penyaman udara yang dibuat mengikut pesanan",
  },
  country: "CN",
  activity: { en: "an air-conditioning equipment maker", ms: "pengeluar peralatan penyaman udara" },
  year: 2017,
  sectors: ["28", "27"],
  firmSizes: ["medium", "large"],
  technologies: ["iot", "industrial-sensors", "digital-platform", "big-data-analytics", "advanced-robotics"],
  dimensions: ["connectivity", "digital-services", "after-sales", "lifecycle", "supply-chain", "operations", "skills"],
  challenges: ["firm-linkages", "reskilling"],
  impacts: [
    "product",
    "business-model",
    "efficiency",
    "endogenous-innovation",
    "linkages",
    "environmental-goods",
    "employment-conditions",
    "skills-and-roles",
    "relegated-groups",
  ],
  keyFigures: [
    {
      label: { en: "Operational efficiency", ms: "Kecekapan operasi" },
      value: 60,
      unit: "%",
      direction: "increase",
      status: "achieved",
      dimension: "operations",
      impact: "efficiency",
    },
    {
      label: { en: "Sensors connecting the production line", ms: "Penderia yang menghubungkan barisan pengeluaran" },
      value: 10000,
      unit: "count",
      direction: "level",
      status: "achieved",
      dimension: "connectivity",
    },
    {
      label: { en: "Yearly output within one year of opening", ms: "Keluaran tahunan dalam tempoh setahun selepas dibuka" },
      value: 300000,
      unit: "units-per-year",
      direction: "increase",
      status: "achieved",
      dimension: "lifecycle",
      impact: "efficiency",
    },
    {
      label: { en: "Energy use of its magnetic-levitation air conditioners against conventional ones", ms: "Penggunaan tenaga penyaman udara levitasi magnetnya berbanding yang konvensional" },
      value: 50,
      unit: "%",
      direction: "decrease",
      status: "achieved",
      dimension: "after-sales",
      impact: "environmental-goods",
    },
    {
      label: { en: "Labour costs", ms: "Kos buruh" },
      value: 50,
      unit: "%",
      direction: "decrease",
      status: "achieved",
      impact: "efficiency",
    },
    {
      label: { en: "Employees of the plant", ms: "Pekerja kilang" },
      from: 550,
      value: 248,
      unit: "people",
      direction: "decrease",
      status: "achieved",
      dimension: "skills",
      impact: "employment-conditions",
    },
    {
      label: { en: "Investment against a conventional factory", ms: "Pelaburan berbanding kilang konvensional" },
      value: 1.2,
      unit: "times",
      direction: "level",
      status: "achieved",
    },
  ],
  approach: {
    en: "built its own IoT platform so that customers design their air conditioner online and installed units report faults by themselves",
    ms: "membina platform IoT sendiri supaya pelanggan mereka bentuk penyaman udara mereka dalam talian dan unit yang dipasang melaporkan kerosakan dengan sendirinya",
  },
  summary: {
    en:
      "Haier, founded in 1984 as a small appliance factory, developed COSMO Plat, its own industrial IoT platform, and launched it in 2017; it " +
      "now runs in eight Haier factories, among them Qingdao's plant for central air conditioners. Customers choose functions, size, model and " +
      "colour, and more than 10,000 sensors tie their orders to machines, workers and suppliers, so that each unit is built to order. Installed " +
      "units send data back, and faults are flagged to the service team before the customer calls. Operational efficiency rose by more than " +
      "60 %, which paid for an investment about 1.2 times what a conventional plant costs, and production workers moved into customer-facing and " +
      "coordination roles.",
    ms:
      "Haier, yang diasaskan pada 1984 sebagai kilang perkakas kecil, membangunkan COSMO Plat, platform IoT industrinya sendiri, dan " +
      "melancarkannya pada 2017; kini ia digunakan di lapan kilang Haier, termasuk kilang penyaman udara berpusat di Qingdao. Pelanggan memilih " +
      "fungsi, saiz, model dan warna, dan lebih daripada 10,000 penderia menghubungkan pesanan mereka dengan mesin, pekerja dan pembekal, " +
      "supaya setiap unit dibuat mengikut pesanan. Unit yang telah dipasang menghantar data kembali, dan kerosakan dimaklumkan kepada pasukan " +
      "servis sebelum pelanggan menelefon. Kecekapan operasi meningkat lebih daripada 60 %, yang menampung pelaburan kira-kira 1.2 kali ganda " +
      "kilang konvensional, dan pekerja pengeluaran beralih kepada peranan berhadapan pelanggan dan penyelarasan.",
  },
  lessons: [
    {
      en: "Mass customisation needs a platform that connects customers, suppliers and technology partners, not only machines.",
      ms: "Penyesuaian besar-besaran memerlukan platform yang menghubungkan pelanggan, pembekal dan rakan teknologi, bukan mesin sahaja.",
    },
    {
      en: "Connected products turn a one-off sale into a service relationship: remote monitoring, faster repairs and lower energy use.",
      ms: "Produk bersambung mengubah jualan sekali sahaja menjadi hubungan perkhidmatan: pemantauan jarak jauh, pembaikan lebih cepat dan penggunaan tenaga lebih rendah.",
    },
    {
      en: "The hardest part was people: getting workers to accept new roles and a new business mindset took workshops, training and a new pay model.",
      ms: "Bahagian paling sukar ialah manusia: meyakinkan pekerja menerima peranan baharu dan cara berfikir perniagaan baharu memerlukan bengkel, latihan dan model gaji baharu.",
    },
    {
      en: "Its site in Qingdao's Sino-German industrial park eased access to foreign partners and know-how.",
      ms: "Beroperasi di taman perindustrian China-Jerman di Qingdao memudahkan akses kepada rakan kongsi asing dan kepakaran.",
    },
  ],
  source: { kind: "report", document: "unido-2019-adp", section: "Part II – Competitiveness: case studies (Haier)", pages: "16–31" },
  relatedItemIds: ["sino-german-smart-manufacturing"],
} satisfies CatalogueItemInput;
