import type { CatalogueItemInput } from "../item-schema";

export const chinaBaowuSteel = {
  id: "china-baowu-steel",
  kind: "case-study",
  status: "active",
  name: { en: "China Baowu Steel", ms: "China Baowu Steel" },
  title: {
    en: "China Baowu Steel: a digital platform and a smart crane for existing steel plants",
    ms: "China Baowu Steel: platform digital dan kren pintar untuk loji keluli sedia ada",
  },
  country: "CN",
  activity: { en: "a steel maker", ms: "pengeluar keluli" },
  year: 2016,
  sectors: ["24"],
  firmSizes: ["medium", "large"],
  technologies: [
    "digital-platform",
    "artificial-intelligence",
    "machine-learning",
    "edge-computing",
    "cloud-computing",
    "augmented-virtual-reality",
    "industrial-sensors",
  ],
  dimensions: ["automation", "operations", "connectivity", "intelligence", "resource-efficiency", "inclusion", "linkages"],
  challenges: ["frontier-access", "firm-linkages", "legacy-integration"],
  impacts: ["efficiency", "product", "endogenous-innovation", "linkages", "environmental-efficiency", "employment-conditions", "relegated-groups"],
  keyFigures: [
    {
      label: { en: "Automation rate of the hot steel line (now 98.5 %)", ms: "Kadar automasi barisan keluli panas (kini 98.5 %)" },
      value: 6,
      unit: "%",
      direction: "increase",
      status: "achieved",
      dimension: "automation",
      impact: "efficiency",
    },
    {
      label: { en: "Labour efficiency", ms: "Kecekapan buruh" },
      value: 10,
      unit: "%",
      direction: "increase",
      status: "achieved",
      dimension: "operations",
      impact: "efficiency",
    },
    {
      label: { en: "Operating costs", ms: "Kos operasi" },
      value: 20,
      unit: "%",
      direction: "decrease",
      status: "achieved",
      impact: "efficiency",
    },
    {
      label: { en: "Effective operating time of equipment", ms: "Masa operasi berkesan peralatan" },
      value: 35,
      unit: "%",
      direction: "increase",
      status: "expected",
      dimension: "connectivity",
      impact: "efficiency",
    },
    {
      label: { en: "Rate of non-conforming products", ms: "Kadar produk tidak menepati spesifikasi" },
      value: 28,
      unit: "%",
      direction: "decrease",
      status: "expected",
      dimension: "intelligence",
      impact: "product",
    },
    {
      label: { en: "Daily output at the Baoshan plant (average)", ms: "Purata keluaran harian loji Baoshan" },
      value: 15,
      valueMax: 30,
      unit: "%",
      direction: "increase",
      status: "expected",
      impact: "efficiency",
    },
    {
      label: { en: "Energy utilisation rate of the hot steel line", ms: "Kadar penggunaan tenaga barisan keluli panas" },
      value: 5,
      unit: "%",
      direction: "increase",
      status: "achieved",
      dimension: "resource-efficiency",
      impact: "environmental-efficiency",
    },
    {
      label: { en: "Share of women among employees, 2015–2017", ms: "Bahagian wanita dalam kalangan pekerja, 2015–2017" },
      value: 38,
      unit: "%",
      direction: "increase",
      status: "achieved",
      dimension: "inclusion",
      impact: "relegated-groups",
    },
    {
      label: { en: "Patent applications filed jointly with Siemens", ms: "Permohonan paten yang difailkan bersama Siemens" },
      value: 9,
      unit: "count",
      direction: "level",
      status: "achieved",
      dimension: "linkages",
      impact: "endogenous-innovation",
    },
  ],
  approach: {
    en: "linked its existing machines on one digital platform with Siemens and added predictive maintenance and a smart crane",
    ms: "menghubungkan mesin sedia adanya pada satu platform digital bersama Siemens serta menambah penyelenggaraan ramalan dan kren pintar",
  },
  summary: {
    en:
      "China Baowu Steel had run ERP and MES systems since the 1990s but still trailed world leaders in maintenance, logistics and the " +
      "integration of production stages. In 2016, with backing from the Chinese and German governments, it agreed with Siemens to modernise " +
      "its plants without replacing the machines already in place. Siemens' COMOS software now links the whole hot steel line on one digital " +
      "platform, and a virtual operations and maintenance platform lets engineers watch equipment in several plants remotely, diagnose faults " +
      "and predict when parts will fail. A smart crane now carries molten metal, the most dangerous job in a steel plant. Automation, labour " +
      "efficiency and energy use all improved, and the workforce grew rather than shrank.",
    ms:
      "China Baowu Steel telah menggunakan sistem ERP dan MES sejak 1990-an tetapi masih ketinggalan berbanding peneraju dunia dalam " +
      "penyelenggaraan, logistik dan integrasi peringkat pengeluaran. Pada 2016, dengan sokongan kerajaan China dan Jerman, syarikat itu " +
      "bersetuju dengan Siemens untuk memodenkan lojinya tanpa menggantikan mesin yang sedia ada. Perisian COMOS milik Siemens kini " +
      "menghubungkan seluruh barisan keluli panas pada satu platform digital, dan platform operasi dan penyelenggaraan maya membolehkan " +
      "jurutera memantau peralatan di beberapa loji dari jauh, mendiagnosis kerosakan dan meramalkan bila komponen akan rosak. Kren pintar " +
      "kini mengangkut logam lebur, tugas paling berbahaya di loji keluli. Automasi, kecekapan buruh dan penggunaan tenaga semuanya bertambah " +
      "baik, dan bilangan pekerja meningkat, bukannya berkurang.",
  },
  lessons: [
    {
      en: "Building on existing equipment kept the upgrade affordable: the platform was added to machines already in place.",
      ms: "Membina di atas peralatan sedia ada memastikan kos naik taraf mampu ditanggung: platform ditambah pada mesin yang sudah dipasang.",
    },
    {
      en: "Decades of process data and an experienced workforce let the partner configure the new system quickly and let workers master it fast.",
      ms: "Data proses berdekad-dekad dan tenaga kerja berpengalaman membolehkan rakan kongsi menyediakan sistem baharu dengan cepat dan pekerja menguasainya dengan pantas.",
    },
    {
      en: "Backing from both governments and a rule for sharing intellectual property kept the partnership productive.",
      ms: "Sokongan kedua-dua kerajaan dan peraturan perkongsian harta intelek memastikan kerjasama itu produktif.",
    },
    {
      en: "Taking heavy and dangerous work off the floor opened jobs to women; most workers now run the plant from a control room.",
      ms: "Mengurangkan kerja berat dan berbahaya di lantai kilang membuka peluang pekerjaan kepada wanita; kebanyakan pekerja kini mengendalikan loji dari bilik kawalan.",
    },
    {
      en: "Uncertain steel markets make the payback period of the upgrade hard to predict.",
      ms: "Pasaran keluli yang tidak menentu menyukarkan ramalan tempoh pulangan modal naik taraf ini.",
    },
  ],
  source: { kind: "report", document: "unido-2019-adp", section: "Part II – Competitiveness: case studies (China Baowu Steel Group Corporation)", pages: "16–31" },
  relatedItemIds: ["sino-german-smart-manufacturing"],
} satisfies CatalogueItemInput;
