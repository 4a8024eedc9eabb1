import type { CatalogueItemInput } from "../item-schema";

export const newTek = {
  id: "new-tek",
  kind: "case-study",
  status: "active",
  name: { en: "New-Tek", ms: "New-Tek" },
  title: {
    en: "New-Tek: an automated solar-module line in Kyrgyzstan",
    ms: "New-Tek: barisan modul solar automatik di Kyrgyzstan",
  },
  country: "KG",
  activity: { en: "a solar module maker", ms: "pengeluar modul solar" },
  year: 2017,
  sectors: ["26", "27"],
  firmSizes: ["small", "medium"],
  technologies: ["advanced-robotics", "industrial-sensors", "iot", "digital-platform", "big-data-analytics"],
  dimensions: ["automation", "lifecycle", "connectivity", "skills", "resource-efficiency"],
  challenges: ["frontier-access", "qualified-personnel", "reskilling"],
  impacts: ["environmental-goods", "product", "efficiency", "endogenous-innovation", "employment-conditions"],
  keyFigures: [
    {
      label: { en: "Yearly capacity of the automated line (about 200,000 panels)", ms: "Kapasiti tahunan barisan automatik (kira-kira 200,000 panel)" },
      value: 50,
      unit: "MW",
      direction: "level",
      status: "achieved",
      dimension: "automation",
      impact: "efficiency",
    },
    {
      label: { en: "Energy efficiency of its solar modules", ms: "Kecekapan tenaga modul solarnya" },
      value: 18,
      unit: "%",
      direction: "level",
      status: "achieved",
      dimension: "lifecycle",
      impact: "environmental-goods",
    },
    {
      label: { en: "Warranty on its modules (competitors: 2.5 years)", ms: "Waranti modulnya (pesaing: 2.5 tahun)" },
      value: 10,
      unit: "years",
      direction: "level",
      status: "achieved",
      impact: "product",
    },
    {
      label: { en: "Monthly wage (national average: USD 250)", ms: "Gaji bulanan (purata nasional: USD 250)" },
      value: 500,
      unit: "USD",
      direction: "level",
      status: "achieved",
      dimension: "skills",
      impact: "employment-conditions",
    },
    {
      label: { en: "Initial investment", ms: "Pelaburan awal" },
      value: 15_000_000,
      unit: "USD",
      direction: "level",
      status: "achieved",
    },
    {
      label: { en: "Expected payback", ms: "Tempoh pulangan modal yang dijangka" },
      value: 5,
      unit: "years",
      direction: "level",
      status: "expected",
    },
  ],
  approach: {
    en: "runs a fully automated line where sensor-equipped robots stop at any fault and its German partner monitors the equipment remotely",
    ms: "mengendalikan barisan automatik sepenuhnya di mana robot berpenderia berhenti apabila berlaku kerosakan dan rakan kongsi Jermannya memantau peralatan dari jauh",
  },
  summary: {
    en:
      "New-Tek was founded in 2015 as a joint venture of the Kyrgyz firm Babek and the German equipment maker Schmid Group, and started making " +
      "class A solar modules in 2017. Its Montrak line is fully automated: robots with material-control sensors stop as soon as a part shifts, a " +
      "monorail avoids vibration, and three quality-testing posts log every module in a central database. Schmid's experts can watch and fix the " +
      "line remotely from Germany. The 35-person plant, with 50 MW of yearly capacity, exports to Central Asian neighbours, the Middle East and " +
      "Europe. Because no local workers had the mix of IT and electronics skills needed, every employee was trained, first in Germany and then " +
      "on site.",
    ms:
      "New-Tek ditubuhkan pada 2015 sebagai usaha sama antara syarikat Kyrgyzstan, Babek, dan pengeluar peralatan Jerman, Schmid Group, lalu mula " +
      "menghasilkan modul solar kelas A pada 2017. Barisan Montraknya automatik sepenuhnya: robot dengan penderia kawalan bahan berhenti sebaik " +
      "sahaja sesuatu bahagian teranjak, monorel mengelakkan getaran, dan tiga stesen ujian kualiti merekodkan setiap modul dalam pangkalan " +
      "data berpusat. Pakar Schmid boleh memantau dan membaiki barisan itu dari jauh dari Jerman. Kilang yang mempunyai 35 pekerja dan " +
      "kapasiti tahunan 50 MW ini mengeksport ke negara jiran di Asia Tengah, Timur Tengah dan Eropah. Oleh sebab tiada pekerja tempatan yang " +
      "memiliki gabungan kemahiran IT dan elektronik yang diperlukan, setiap pekerja dilatih, mula-mula di Jerman dan kemudian di tapak.",
  },
  lessons: [
    {
      en: "An automated, sensor-checked line delivered premium modules (over 18 % efficiency) and a ten-year warranty that sets the firm apart.",
      ms: "Barisan automatik yang disemak oleh penderia menghasilkan modul premium (kecekapan melebihi 18 %) dan waranti sepuluh tahun yang membezakan syarikat ini.",
    },
    {
      en: "Skills at the junction of IT and electronics were not available locally; the equipment partner trained every employee.",
      ms: "Kemahiran gabungan IT dan elektronik tiada di pasaran tempatan; rakan kongsi peralatan melatih setiap pekerja.",
    },
    {
      en: "Office work (orders by e-mail, separate design tools, customer records in spreadsheets) stayed manual; digitalising it is the next step.",
      ms: "Kerja pejabat (pesanan melalui e-mel, alat reka bentuk berasingan, rekod pelanggan dalam hamparan) masih manual; pendigitalannya ialah langkah seterusnya.",
    },
    {
      en: "A free economic zone (flat 2 % tax on revenue, duty-free exports) made the location viable; the firm received no subsidy.",
      ms: "Zon ekonomi bebas (cukai rata 2 % ke atas hasil, eksport bebas duti) menjadikan lokasi ini berdaya maju; syarikat tidak menerima sebarang subsidi.",
    },
  ],
  source: {
    kind: "report",
    document: "unido-2019-adp",
    section: "Part II – Environmental sustainability: case studies (New-Tek LLC)",
    pages: "35–41",
  },
  relatedItemIds: ["free-zone-incentives", "technology-transfer-partnerships"],
} satisfies CatalogueItemInput;
