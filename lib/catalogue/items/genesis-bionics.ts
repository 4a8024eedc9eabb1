import type { CatalogueItemInput } from "../item-schema";

export const genesisBionics = {
  id: "genesis-bionics",
  kind: "case-study",
  status: "active",
  name: { en: "Genesis Bionics", ms: "Genesis Bionics" },
  title: {
    en: "Genesis Bionics: 3D-printed bionic hands at a fraction of the usual price",
    ms: "Genesis Bionics: tangan bionik bercetak 3D pada sebahagian kecil harga biasa",
  },
  country: "KG",
  activity: { en: "a maker of bionic prostheses", ms: "pengeluar prostesis bionik" },
  year: 2018,
  sectors: ["32"],
  firmSizes: ["micro", "small"],
  technologies: ["additive-manufacturing", "cad-cam", "industrial-sensors", "augmented-virtual-reality"],
  dimensions: ["digital-design", "lifecycle", "linkages", "inclusion"],
  challenges: ["frontier-access", "funding", "qualified-personnel"],
  impacts: ["relegated-groups", "product", "endogenous-innovation", "environmental-goods", "linkages"],
  keyFigures: [
    {
      label: { en: "Price of a bionic hand (comparable devices: USD 10,000–20,000)", ms: "Harga tangan bionik (peranti setanding: USD 10,000–20,000)" },
      value: 1500,
      valueMax: 2000,
      unit: "USD",
      direction: "level",
      status: "achieved",
      dimension: "digital-design",
      impact: "relegated-groups",
    },
    {
      label: { en: "Weight against a competitor's prosthesis", ms: "Berat berbanding prostesis pesaing" },
      from: 2,
      value: 1,
      unit: "kg",
      direction: "decrease",
      status: "achieved",
      dimension: "lifecycle",
      impact: "product",
    },
    {
      label: { en: "Battery capacity against a competitor's prosthesis", ms: "Kapasiti bateri berbanding prostesis pesaing" },
      from: 550,
      value: 2200,
      unit: "mAh",
      direction: "increase",
      status: "achieved",
      impact: "product",
    },
    {
      label: { en: "Starting capital (founder and private donations)", ms: "Modal permulaan (pengasas dan derma persendirian)" },
      value: 2600,
      unit: "USD",
      direction: "level",
      status: "achieved",
    },
    {
      label: { en: "Personalised bionic hands made so far", ms: "Tangan bionik peribadi yang telah dihasilkan setakat ini" },
      value: 10,
      unit: "count",
      direction: "level",
      status: "achieved",
      dimension: "inclusion",
      impact: "relegated-groups",
    },
  ],
  approach: {
    en: "designs each prosthesis in free CAD software and 3D-prints it, so a personalised bionic hand costs a tenth of the usual price",
    ms: "mereka bentuk setiap prostesis dengan perisian CAD percuma dan mencetaknya secara 3D, jadi tangan bionik peribadi berharga sepersepuluh daripada harga biasa",
  },
  summary: {
    en:
      "Genesis Bionics grew out of a student project at the Kyrgyz State Medical Academy, led by a hand surgeon and a robot programmer, and was " +
      "registered in 2018 with about USD 2,600 of starting money. The team designs each prosthesis in free CAD software and prints its parts on " +
      "two 3D printers, using plastics made from sugarcane and corn; it learned both skills from online tutorials. Muscle signals (EMG) control " +
      "the hand through chips and firmware the firm wrote itself, and a virtual-reality game helps users train. Its bionic hands cost USD " +
      "1,500–2,000 where comparable devices cost about ten times more, and they are lighter and carry bigger batteries.",
    ms:
      "Genesis Bionics bermula daripada projek pelajar di Akademi Perubatan Negeri Kyrgyzstan, diketuai oleh seorang pakar bedah tangan dan " +
      "seorang pengaturcara robot, dan didaftarkan pada 2018 dengan modal permulaan kira-kira USD 2,600. Pasukan ini mereka bentuk setiap " +
      "prostesis dengan perisian CAD percuma dan mencetak bahagiannya menggunakan dua pencetak 3D, dengan plastik yang diperbuat daripada tebu " +
      "dan jagung; kedua-dua kemahiran itu dipelajari melalui tutorial dalam talian. Isyarat otot (EMG) mengawal tangan tersebut melalui cip dan " +
      "perisian tegar yang ditulis sendiri oleh syarikat, dan permainan realiti maya membantu pengguna berlatih. Tangan bioniknya berharga " +
      "USD 1,500–2,000 sedangkan peranti setanding berharga kira-kira sepuluh kali ganda, malah lebih ringan dan mempunyai bateri lebih besar.",
  },
  lessons: [
    {
      en: "3D printing makes small batches of personalised products affordable, opening a market that mass production ignored.",
      ms: "Pencetakan 3D menjadikan kelompok kecil produk peribadi mampu milik, sekali gus membuka pasaran yang diabaikan oleh pengeluaran besar-besaran.",
    },
    {
      en: "Fast, affordable internet let the team learn CAD and 3D printing online and start with very little capital.",
      ms: "Internet yang pantas dan murah membolehkan pasukan mempelajari CAD dan pencetakan 3D dalam talian serta bermula dengan modal yang sangat kecil.",
    },
    {
      en: "Universities provide interns and research partners but no robotics or additive-manufacturing courses, so qualified staff are scarce.",
      ms: "Universiti menyediakan pelatih dan rakan penyelidikan tetapi tiada kursus robotik atau pembuatan bahan tambah, jadi kakitangan berkelayakan sukar dicari.",
    },
    {
      en: "Adapting the technology produced the firm's own copyrighted firmware and control chips.",
      ms: "Penyesuaian teknologi menghasilkan perisian tegar dan cip kawalan syarikat sendiri yang dilindungi hak cipta.",
    },
  ],
  source: {
    kind: "report",
    document: "unido-2019-adp",
    section: "Part II – Social inclusiveness: case studies (Genesis Bionics)",
    pages: "45–53",
  },
  relatedItemIds: ["start-up-seed-funds"],
} satisfies CatalogueItemInput;
