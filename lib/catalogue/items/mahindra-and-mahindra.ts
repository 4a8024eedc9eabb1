import type { CatalogueItemInput } from "../item-schema";

export const mahindraAndMahindra = {
  id: "mahindra-and-mahindra",
  kind: "case-study",
  status: "active",
  name: { en: "Mahindra & Mahindra", ms: "Mahindra & Mahindra" },
  title: {
    en: "Mahindra & Mahindra: cobots take over hazardous sealant work on an assembly line",
    ms: "Mahindra & Mahindra: cobot mengambil alih kerja pengedap berbahaya di barisan pemasangan",
  },
  country: "IN",
  activity: { en: "a vehicle and tractor maker", ms: "pengeluar kenderaan dan traktor" },
  year: 2019,
  sectors: ["29"],
  firmSizes: ["small", "medium", "large"],
  technologies: ["cobots", "industrial-sensors", "iot", "digital-platform"],
  dimensions: ["automation", "inclusion", "operations", "lifecycle", "resource-efficiency"],
  challenges: ["reskilling", "legacy-integration"],
  impacts: ["employment-conditions", "efficiency", "product", "environmental-efficiency", "relegated-groups"],
  keyFigures: [
    {
      label: { en: "Productivity of the ring-gear assembly line", ms: "Produktiviti barisan pemasangan gear gelang" },
      value: 8.4,
      unit: "%",
      direction: "increase",
      status: "achieved",
      dimension: "automation",
      impact: "efficiency",
    },
    {
      label: { en: "Payback of the cobot investment", ms: "Tempoh pulangan modal pelaburan cobot" },
      value: 1.5,
      unit: "years",
      direction: "level",
      status: "achieved",
      dimension: "operations",
      impact: "efficiency",
    },
    {
      label: { en: "Further cobots planned across the group's plants", ms: "Cobot tambahan yang dirancang di loji kumpulan" },
      value: 25,
      unit: "count",
      direction: "level",
      status: "expected",
    },
  ],
  approach: {
    en: "put cobots beside workers to dispense sealant precisely, without safety fences or rebuilding the line",
    ms: "meletakkan cobot di sebelah pekerja untuk mengeluarkan pengedap dengan tepat, tanpa pagar keselamatan atau membina semula barisan",
  },
  summary: {
    en:
      "Mahindra & Mahindra, India's leading maker of utility vehicles and the world's largest tractor maker by volume, put collaborative robots " +
      "on the ring-gear assembly line at its Kandivli plant. Workers used to apply Loctite sealant by hand, which caused errors and exposed their " +
      "skin to a hazardous chemical, while a conventional robot would have meant rebuilding the line and fencing it off. Cobots now dispense a " +
      "pre-set amount into each hole, guided by a sensor on the arm, while cameras and a digital checklist record quality. They work beside people " +
      "without safety fences and needed little training. Productivity on the line rose by about 8.4 % and the investment paid back in 18 months.",
    ms:
      "Mahindra & Mahindra, pengeluar kenderaan utiliti terkemuka India dan pengeluar traktor terbesar di dunia dari segi jumlah, memasang robot " +
      "kolaboratif di barisan pemasangan gear gelang di loji Kandivli. Dahulu pekerja menyapu pengedap Loctite dengan tangan, yang menyebabkan " +
      "kesilapan dan mendedahkan kulit mereka kepada bahan kimia berbahaya, manakala robot konvensional bermakna barisan itu perlu dibina semula " +
      "dan dipagar. Kini cobot mengeluarkan jumlah yang telah ditetapkan ke dalam setiap lubang, dipandu oleh penderia pada lengannya, sementara " +
      "kamera dan senarai semak digital merekodkan kualiti. Cobot bekerja di sebelah manusia tanpa pagar keselamatan dan memerlukan sedikit " +
      "latihan sahaja. Produktiviti barisan meningkat kira-kira 8.4 % dan pelaburan itu pulang modal dalam 18 bulan.",
  },
  lessons: [
    {
      en: "Cobots fit into an existing line where a conventional robot would need extra space and fencing.",
      ms: "Cobot boleh dimuatkan dalam barisan sedia ada, sedangkan robot konvensional memerlukan ruang tambahan dan pagar.",
    },
    {
      en: "Integrating a new technology with older equipment took trial and error.",
      ms: "Mengintegrasikan teknologi baharu dengan peralatan lama memerlukan cubaan dan kesilapan.",
    },
    {
      en: "Workers had to learn how cobots behave before the collaboration ran smoothly.",
      ms: "Pekerja perlu memahami cara cobot berfungsi sebelum kerjasama berjalan lancar.",
    },
    {
      en: "A quick payback (1.5 years) justified rolling out 25 more cobots across plants.",
      ms: "Tempoh pulangan modal yang singkat (1.5 tahun) mewajarkan pemasangan 25 lagi cobot di beberapa loji.",
    },
    {
      en: "Taking away hazardous, strenuous tasks can open automotive jobs to more women.",
      ms: "Menghapuskan tugas berbahaya dan berat boleh membuka pekerjaan automotif kepada lebih ramai wanita.",
    },
  ],
  source: {
    kind: "report",
    document: "unido-2019-adp",
    section: "Part II – Social inclusiveness: case studies (Mahindra & Mahindra Ltd)",
    pages: "45–53",
  },
  relatedItemIds: ["c4i4-lab-pune"],
} satisfies CatalogueItemInput;
