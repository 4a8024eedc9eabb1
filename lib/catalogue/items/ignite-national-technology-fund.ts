import type { CatalogueItemInput } from "../item-schema";

export const igniteNationalTechnologyFund = {
  id: "ignite-national-technology-fund",
  kind: "policy-instrument",
  status: "active",
  name: { en: "Ignite", ms: "Ignite" },
  title: {
    en: "Ignite, Pakistan's National Technology Fund: seed money, incubators and skills for 4IR start-ups",
    ms: "Ignite, Dana Teknologi Nasional Pakistan: dana benih, inkubator dan kemahiran untuk syarikat pemula 4IR",
  },
  country: "PK",
  year: 2006,
  sectors: [],
  firmSizes: ["micro", "small"],
  technologies: ["iot", "artificial-intelligence", "digital-platform"],
  dimensions: ["leadership", "lifecycle", "linkages", "skills"],
  challenges: ["funding", "awareness", "qualified-personnel"],
  impacts: ["endogenous-innovation", "business-model", "linkages", "skills-and-roles"],
  mechanisms: ["funding", "network", "training"],
  eligibility: {
    countries: ["PK"],
    firmSizes: ["micro", "small"],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Seed funding is for innovative start-ups that use fourth-industrial-revolution technologies to solve local problems; applications are judged on how the technology is used, the jobs created and export potential.",
          ms: "Dana benih adalah untuk syarikat pemula inovatif yang menggunakan teknologi revolusi perindustrian keempat bagi menyelesaikan masalah tempatan; permohonan dinilai berdasarkan cara teknologi digunakan, pekerjaan yang diwujudkan dan potensi eksport.",
        },
      },
      {
        kind: "text",
        text: {
          en: "Applications pass an internal review, two external industry experts and a final high-level panel.",
          ms: "Permohonan melalui semakan dalaman, dua pakar industri luar dan panel peringkat tinggi yang terakhir.",
        },
      },
    ],
  },
  howToApply: {
    website: "https://www.ignite.org.pk/",
    contact: { en: "Ignite, under Pakistan's Ministry of Information Technology and Telecommunication", ms: "Ignite, di bawah Kementerian Teknologi Maklumat dan Telekomunikasi Pakistan" },
    whoMayApply: {
      en: "Innovative start-ups in Pakistan that use fourth-industrial-revolution technologies to solve local problems.",
      ms: "Syarikat pemula inovatif di Pakistan yang menggunakan teknologi revolusi perindustrian keempat untuk menyelesaikan masalah tempatan.",
    },
    steps: [
      {
        en: "Read the open funding calls on Ignite's website.",
        ms: "Baca panggilan pembiayaan yang dibuka di laman web Ignite.",
      },
      {
        en: "Submit a proposal showing how the technology is used, the jobs it creates and its export potential.",
        ms: "Hantar cadangan yang menunjukkan cara teknologi digunakan, pekerjaan yang diwujudkan dan potensi eksportnya.",
      },
      {
        en: "The proposal passes an internal review, two external industry experts and a final high-level panel.",
        ms: "Cadangan melalui semakan dalaman, dua pakar industri luar dan panel peringkat tinggi terakhir.",
      },
    ],
  },
  keyFigures: [
    {
      label: { en: "Innovative projects supported in two years", ms: "Projek inovatif yang disokong dalam dua tahun" },
      value: 40,
      unit: "count",
      direction: "level",
      status: "achieved",
      dimension: "lifecycle",
      impact: "endogenous-innovation",
    },
    {
      label: { en: "Funding for those projects", ms: "Pembiayaan untuk projek tersebut" },
      value: 7_000_000,
      unit: "USD",
      direction: "level",
      status: "achieved",
    },
    {
      label: { en: "Incubators: Islamabad, Karachi, Lahore, Peshawar and Quetta", ms: "Inkubator: Islamabad, Karachi, Lahore, Peshawar dan Quetta" },
      value: 5,
      unit: "count",
      direction: "level",
      status: "achieved",
      dimension: "linkages",
      impact: "linkages",
    },
  ],
  approach: {
    en: "gives seed funding, incubation and digital-skills training to start-ups that apply new technologies to local problems",
    ms: "memberikan dana benih, inkubasi dan latihan kemahiran digital kepada syarikat pemula yang menggunakan teknologi baharu untuk masalah tempatan",
  },
  summary: {
    en:
      "Ignite, Pakistan's National Technology Fund, was set up in 2006 under the Ministry of Information Technology and Telecommunication and " +
      "is financed by a levy of half a percent of telecom operators' gross revenue. Its aim is to repair the country's innovation value chain, " +
      "with seed funds for start-ups applying fourth-industrial-revolution technologies to local problems, grants that let students build " +
      "prototypes from their final-year projects, five incubators in Islamabad, Karachi, Lahore, Peshawar and Quetta, and the DigiSkills.pk " +
      "training programme. Over two years it backed about 40 projects worth some USD 7 million. One of them, a medical devices centre, " +
      "designs, tests and manufactures devices such as a stent with a built-in sensor.",
    ms:
      "Ignite, Dana Teknologi Nasional Pakistan, ditubuhkan pada 2006 di bawah Kementerian Teknologi Maklumat dan Telekomunikasi dan dibiayai " +
      "oleh levi sebanyak setengah peratus daripada hasil kasar pengendali telekomunikasi. Matlamatnya ialah memperbaiki rantaian nilai inovasi " +
      "negara, melalui dana benih untuk syarikat pemula yang menggunakan teknologi revolusi perindustrian keempat bagi masalah tempatan, geran " +
      "yang membolehkan pelajar membina prototaip daripada projek tahun akhir mereka, lima inkubator di Islamabad, Karachi, Lahore, Peshawar dan " +
      "Quetta, serta program latihan DigiSkills.pk. Dalam tempoh dua tahun, ia menyokong kira-kira 40 projek bernilai sekitar USD 7 juta. Salah " +
      "satu daripadanya, sebuah pusat peranti perubatan, mereka bentuk, menguji dan mengeluarkan peranti seperti stent dengan penderia terbina " +
      "dalam.",
  },
  lessons: [
    {
      en: "Applicants get help to complete their application before two outside experts and a senior panel decide.",
      ms: "Pemohon dibantu untuk melengkapkan permohonan sebelum dua pakar luar dan panel kanan membuat keputusan.",
    },
    {
      en: "Incubators link start-ups with mentors, investors and large companies.",
      ms: "Inkubator menghubungkan syarikat pemula dengan mentor, pelabur dan syarikat besar.",
    },
    {
      en: "Sitting under the IT ministry, Ignite is outside industrial policy, yet many of its projects end up in manufacturing.",
      ms: "Di bawah kementerian IT, Ignite berada di luar dasar perindustrian, namun banyak projeknya berakhir dalam pembuatan.",
    },
    {
      en: "Commercialisation after the prototype is the hardest step; designing low-cost production systems helped one project license its technology.",
      ms: "Pengkomersialan selepas prototaip ialah langkah paling sukar; mereka bentuk sistem pengeluaran kos rendah membantu satu projek melesenkan teknologinya.",
    },
  ],
  source: {
    kind: "report",
    document: "unido-2019-adp",
    section: "Part II – Fostering demand and adoption: case studies (technological innovation and the fourth industrial revolution in Pakistan)",
    pages: "58–67",
  },
  relatedItemIds: ["start-up-seed-funds", "aedesign"],
} satisfies CatalogueItemInput;
