import type { CatalogueItemInput } from "../item-schema";

export const trainingAndApprenticeships = {
  id: "training-and-apprenticeships",
  kind: "instrument-type",
  status: "active",
  name: { en: "Training and apprenticeships", ms: "Latihan dan perantisan" },
  title: {
    en: "Training and apprenticeships: courses, certified skills and dual training for digital production",
    ms: "Latihan dan perantisan: kursus, kemahiran bertauliah dan latihan dwi untuk pengeluaran digital",
  },
  country: "generic",
  year: 2019,
  sectors: [],
  firmSizes: ["micro", "small", "medium", "large"],
  technologies: [],
  dimensions: ["skills", "inclusion"],
  challenges: ["qualified-personnel", "reskilling"],
  impacts: ["skills-and-roles", "employment-conditions"],
  mechanisms: ["training"],
  eligibility: {
    countries: [],
    firmSizes: [],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Places and subsidies usually depend on the trainee's current job or qualification; check the provider's intake rules.",
          ms: "Tempat dan subsidi biasanya bergantung pada pekerjaan atau kelayakan semasa pelatih; semak syarat pengambilan penyedia latihan.",
        },
      },
    ],
  },
  howToApply: {
    whoMayApply: {
      en: "Employers sending staff on courses, and trainees who meet the provider's intake rules.",
      ms: "Majikan yang menghantar kakitangan ke kursus, dan pelatih yang memenuhi syarat pengambilan penyedia.",
    },
    steps: [
      {
        en: "Choose the skills your gaps call for and find a provider that teaches them.",
        ms: "Pilih kemahiran yang diperlukan oleh jurang anda dan cari penyedia yang mengajarnya.",
      },
      {
        en: "Check the intake rules and any training subsidy your firm can claim.",
        ms: "Semak syarat pengambilan dan sebarang subsidi latihan yang boleh dituntut oleh syarikat anda.",
      },
      {
        en: "Enrol your staff and plan their work around the course.",
        ms: "Daftarkan kakitangan anda dan rancang kerja mereka mengikut kursus.",
      },
    ],
  },
  keyFigures: [],
  approach: {
    en: "pay for courses, certify skills or run apprenticeships that alternate between the workplace and a training centre",
    ms: "membiayai kursus, mentauliahkan kemahiran atau menjalankan perantisan yang berselang-seli antara tempat kerja dan pusat latihan",
  },
  summary: {
    en:
      "Digital production needs people who can program robots, maintain sensors, read data and coordinate with customers and suppliers, and " +
      "such people are scarce in most developing economies. Public training instruments pay for courses, certify skills or run apprenticeships " +
      "in which learners alternate between the workplace and a training centre. Dual vocational training, like the German-style course at the " +
      "Penang Skills Development Centre, upgrades current technicians and prepares new graduates side by side. Tax deductions for training, " +
      "levy-funded schemes and courses run by equipment suppliers are other common forms. Re-skilling current staff is often faster than hiring, " +
      "and it keeps experienced workers as their jobs change.",
    ms:
      "Pengeluaran digital memerlukan orang yang boleh memprogram robot, menyelenggara penderia, membaca data dan berkoordinasi dengan pelanggan " +
      "serta pembekal, dan orang sebegini sukar dicari di kebanyakan ekonomi membangun. Instrumen latihan awam membiayai kursus, mentauliahkan " +
      "kemahiran atau menjalankan perantisan di mana pelatih berselang-seli antara tempat kerja dan pusat latihan. Latihan vokasional dwi, " +
      "seperti kursus gaya Jerman di Pusat Pembangunan Kemahiran Pulau Pinang, meningkatkan kemahiran juruteknik sedia ada dan menyediakan " +
      "graduan baharu secara seiring. Potongan cukai untuk latihan, skim yang dibiayai levi dan kursus yang dikendalikan oleh pembekal " +
      "peralatan ialah bentuk lain yang biasa. Melatih semula kakitangan sedia ada selalunya lebih cepat daripada mengambil pekerja baharu, dan " +
      "ia mengekalkan pekerja berpengalaman apabila tugas mereka berubah.",
  },
  lessons: [
    {
      en: "Firms in the case studies trained staff abroad or in-house because no local course existed; ask providers to build one together with industry.",
      ms: "Syarikat dalam kajian kes melatih kakitangan di luar negara atau secara dalaman kerana tiada kursus tempatan; minta penyedia membinanya bersama industri.",
    },
    {
      en: "Soft skills (coordination, negotiation, learning) matter as much as technical ones in smart factories.",
      ms: "Kemahiran insaniah (penyelarasan, rundingan, pembelajaran) sama penting dengan kemahiran teknikal di kilang pintar.",
    },
  ],
  source: { kind: "generic" },
  relatedItemIds: ["penang-automation-cluster", "arcelik"],
} satisfies CatalogueItemInput;
