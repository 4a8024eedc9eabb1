import type { CatalogueItemInput } from "../item-schema";

export const demonstrationLabs = {
  id: "demonstration-labs",
  kind: "instrument-type",
  status: "active",
  name: { en: "Demonstration labs and test beds", ms: "Makmal demonstrasi dan kemudahan ujian" },
  title: {
    en: "Demonstration labs and test beds: see, try and pilot a technology before buying it",
    ms: "Makmal demonstrasi dan kemudahan ujian: lihat, cuba dan rintis teknologi sebelum membelinya",
  },
  country: "generic",
  year: 2019,
  sectors: [],
  firmSizes: ["micro", "small", "medium"],
  technologies: ["industrial-sensors", "iot", "cobots", "additive-manufacturing"],
  dimensions: ["leadership", "connectivity", "automation", "digital-design"],
  challenges: ["frontier-access", "awareness", "legacy-integration"],
  impacts: ["efficiency", "endogenous-innovation"],
  mechanisms: ["demonstration"],
  eligibility: {
    countries: [],
    firmSizes: [],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Check whether a lab near you offers visits, trials or pilot support, and at what fee.",
          ms: "Semak sama ada makmal berhampiran anda menawarkan lawatan, percubaan atau sokongan projek rintis, dan berapa bayarannya.",
        },
      },
    ],
  },
  howToApply: {
    whoMayApply: {
      en: "Any manufacturer that wants to see or try a technology before buying it; SMEs often pay lower fees.",
      ms: "Mana-mana pengilang yang mahu melihat atau mencuba teknologi sebelum membelinya; PKS selalunya membayar yuran lebih rendah.",
    },
    steps: [
      {
        en: "Find a demonstration lab or test bed near you that covers the technology you need.",
        ms: "Cari makmal demonstrasi atau kemudahan ujian berhampiran yang meliputi teknologi yang anda perlukan.",
      },
      {
        en: "Book a visit or a trial and describe the problem you want to solve.",
        ms: "Tempah lawatan atau percubaan dan terangkan masalah yang hendak diselesaikan.",
      },
      {
        en: "Agree a pilot, its fee and what you will measure.",
        ms: "Persetujui projek rintis, yurannya dan perkara yang akan diukur.",
      },
    ],
  },
  keyFigures: [],
  approach: {
    en: "let managers and technicians see sensors, cobots and 3D printers at work and test them on their own parts",
    ms: "membolehkan pengurus dan juruteknik melihat penderia, cobot dan pencetak 3D beroperasi serta mengujinya pada komponen mereka sendiri",
  },
  summary: {
    en:
      "Demonstration labs and test beds are working production cells, run by a university, technology centre or industry body, where managers " +
      "and technicians can see sensors, cobots, 3D printers or analytics dashboards at work, try them on their own parts and ask what they " +
      "cost. Many also help a firm set up a first pilot with a local solution provider, or test how new equipment will connect with older " +
      "machines. They answer the most common first barrier of small firms: not knowing what a technology could do for them. India's C4i4 Lab " +
      "in Pune is one example. Fees are usually low, and some labs share costs among firms with the same problem.",
    ms:
      "Makmal demonstrasi dan kemudahan ujian ialah sel pengeluaran yang berfungsi, dikendalikan oleh universiti, pusat teknologi atau badan " +
      "industri, di mana pengurus dan juruteknik boleh melihat penderia, cobot, pencetak 3D atau papan pemuka analitik beroperasi, mencubanya " +
      "pada komponen mereka sendiri dan bertanya tentang kosnya. Kebanyakannya juga membantu syarikat menyediakan projek rintis pertama dengan " +
      "penyedia penyelesaian tempatan, atau menguji bagaimana peralatan baharu akan disambungkan dengan mesin lama. Makmal ini menjawab halangan " +
      "pertama yang paling biasa bagi syarikat kecil: tidak tahu apa yang boleh dilakukan oleh sesuatu teknologi untuk mereka. C4i4 Lab di " +
      "Pune, India, ialah satu contoh. Bayarannya biasanya rendah, dan sesetengah makmal berkongsi kos antara syarikat yang mempunyai masalah " +
      "sama.",
  },
  lessons: [
    {
      en: "Seeing a technology on one's own parts convinces more than brochures.",
      ms: "Melihat teknologi digunakan pada komponen sendiri lebih meyakinkan daripada risalah.",
    },
    {
      en: "A small pilot tests integration with old machines before a large purchase.",
      ms: "Projek rintis kecil menguji integrasi dengan mesin lama sebelum pembelian besar.",
    },
  ],
  source: { kind: "generic" },
  relatedItemIds: ["c4i4-lab-pune"],
} satisfies CatalogueItemInput;
