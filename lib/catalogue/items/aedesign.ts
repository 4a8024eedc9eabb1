import type { CatalogueItemInput } from "../item-schema";

export const aedesign = {
  id: "aedesign",
  kind: "case-study",
  status: "active",
  name: { en: "AEDesign", ms: "AEDesign" },
  title: {
    en: "AEDesign: engineering services and smart solutions sold worldwide from Lahore",
    ms: "AEDesign: perkhidmatan kejuruteraan dan penyelesaian pintar yang dijual ke seluruh dunia dari Lahore",
  },
  country: "PK",
  activity: { en: "an engineering and R&D services firm", ms: "firma perkhidmatan kejuruteraan dan R&D" },
  year: 2002,
  sectors: ["71", "72"],
  firmSizes: ["small", "medium"],
  technologies: ["cad-cam", "machine-learning", "artificial-intelligence", "industrial-sensors", "iot", "advanced-robotics"],
  dimensions: ["digital-design", "digital-services", "intelligence", "linkages", "skills", "inclusion"],
  challenges: ["funding", "firm-linkages", "qualified-personnel"],
  impacts: [
    "business-model",
    "endogenous-innovation",
    "linkages",
    "environmental-goods",
    "environmental-efficiency",
    "employment-conditions",
    "skills-and-roles",
    "relegated-groups",
  ],
  keyFigures: [
    {
      label: { en: "Water used to clean solar plants with its robots", ms: "Air yang digunakan untuk membersihkan loji solar dengan robotnya" },
      value: 90,
      unit: "%",
      direction: "decrease",
      status: "achieved",
      impact: "environmental-efficiency",
    },
    {
      label: { en: "Engineers on the team", ms: "Jurutera dalam pasukan" },
      value: 65,
      unit: "people",
      direction: "level",
      status: "achieved",
      dimension: "skills",
      impact: "skills-and-roles",
    },
    {
      label: { en: "Pay above the market rate for the same job", ms: "Gaji melebihi kadar pasaran bagi jawatan yang sama" },
      value: 10,
      valueMax: 50,
      unit: "%",
      direction: "level",
      status: "achieved",
      impact: "employment-conditions",
    },
    {
      label: { en: "Women among employees", ms: "Wanita dalam kalangan pekerja" },
      value: 10,
      unit: "%",
      direction: "level",
      status: "achieved",
      dimension: "inclusion",
      impact: "relegated-groups",
    },
  ],
  approach: {
    en: "turned its design and simulation skills into services and products such as predictive maintenance with machine vision",
    ms: "menjadikan kemahiran reka bentuk dan simulasinya sebagai perkhidmatan dan produk seperti penyelenggaraan ramalan dengan penglihatan mesin",
  },
  summary: {
    en:
      "AEDesign was founded in Lahore in 2002 to do research, development and engineering consulting for car and motorsport makers. " +
      "Over time it added CAD, simulation, embedded electronics and circuit-board design, and then products of its own: predictive-maintenance " +
      "systems that combine sensors, machine learning and image processing to catch faults early, including a vision system that spots broken threads " +
      "in spinning mills; AVCASS, a connected robotic platform for testing vehicle safety systems; and cleaning robots for solar plants that use " +
      "90 % less water. It opened a subsidiary in Frankfurt, patented its solar technology through the spin-off ZED Solar, and pays its 65 " +
      "engineers well above market rates.",
    ms:
      "AEDesign bermula di Lahore pada 2002 sebagai perunding kejuruteraan untuk pengeluar kereta dan sukan permotoran, dengan tumpuan pada " +
      "penyelidikan dan pembangunan. Lama-kelamaan ia menambah CAD, simulasi, elektronik terbenam dan reka bentuk papan litar, diikuti produknya " +
      "sendiri: sistem penyelenggaraan ramalan yang menggunakan penderia, pemprosesan imej dan pembelajaran mesin untuk mengesan kerosakan " +
      "lebih awal, termasuk sistem penglihatan yang mengesan benang putus di kilang pemintalan; AVCASS, platform robotik bersambung untuk menguji " +
      "sistem keselamatan kenderaan; dan robot pembersih untuk loji solar yang menggunakan 90 % kurang air. Ia membuka anak syarikat di " +
      "Frankfurt, mempatenkan teknologi solarnya melalui syarikat terbitan ZED Solar, dan membayar 65 juruteranya jauh melebihi kadar pasaran.",
  },
  lessons: [
    {
      en: "Knowledge-intensive services can compete worldwide from a developing country when they sell quality rather than low cost.",
      ms: "Perkhidmatan berintensif pengetahuan boleh bersaing di seluruh dunia dari negara membangun apabila ia menjual kualiti dan bukannya kos rendah.",
    },
    {
      en: "Prototyping facilities and public support were scarce (mostly help to attend trade fairs); relying on itself became a source of learning.",
      ms: "Kemudahan pembuatan prototaip dan sokongan awam terhad (kebanyakannya bantuan menyertai pameran perdagangan); berdikari menjadi sumber pembelajaran.",
    },
    {
      en: "Paying above market and training staff keeps a scarce engineering team; hiring on merit brought women into engineering.",
      ms: "Membayar melebihi pasaran dan melatih kakitangan mengekalkan pasukan kejuruteraan yang sukar dicari; pengambilan berdasarkan merit membawa wanita ke bidang kejuruteraan.",
    },
    {
      en: "Clients abroad and a subsidiary in Germany opened business and learning the home market could not offer.",
      ms: "Pelanggan di luar negara dan anak syarikat di Jerman membuka peluang perniagaan dan pembelajaran yang tidak ditawarkan oleh pasaran tempatan.",
    },
  ],
  source: { kind: "report", document: "unido-2019-adp", section: "Part II – Competitiveness: case studies (AEDesign)", pages: "16–31" },
  relatedItemIds: [],
} satisfies CatalogueItemInput;
