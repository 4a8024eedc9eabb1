import type { CatalogueItemInput } from "../item-schema";

export const matchingGrants = {
  id: "matching-grants",
  kind: "instrument-type",
  status: "active",
  name: { en: "Matching grants", ms: "Geran padanan" },
  title: {
    en: "Matching grants: the state pays a share of a larger upgrade project",
    ms: "Geran padanan: kerajaan membayar sebahagian daripada projek naik taraf yang lebih besar",
  },
  country: "generic",
  year: 2019,
  sectors: [],
  firmSizes: ["small", "medium"],
  technologies: [],
  dimensions: ["automation", "operations", "leadership"],
  challenges: ["funding"],
  impacts: ["efficiency"],
  mechanisms: ["funding"],
  eligibility: {
    countries: [],
    firmSizes: ["small", "medium"],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "The firm pays its own share of the project and usually submits a business plan, quotes or a readiness assessment first.",
          ms: "Syarikat membayar bahagiannya sendiri bagi projek dan biasanya mengemukakan pelan perniagaan, sebut harga atau penilaian kesediaan terlebih dahulu.",
        },
      },
    ],
  },
  howToApply: {
    whoMayApply: {
      en: "Small and medium firms that can pay their own share of the project first.",
      ms: "Syarikat kecil dan sederhana yang mampu membayar bahagian mereka sendiri bagi projek terlebih dahulu.",
    },
    steps: [
      {
        en: "Find the open call and read its rules on shares, costs and deadlines.",
        ms: "Cari panggilan yang dibuka dan baca peraturannya tentang bahagian, kos dan tarikh akhir.",
      },
      {
        en: "Prepare the project plan, supplier quotes and, if asked, a readiness assessment.",
        ms: "Sediakan pelan projek, sebut harga pembekal dan, jika diminta, penilaian kesediaan.",
      },
      {
        en: "Apply before the call closes, then claim the grant against receipts or milestones.",
        ms: "Mohon sebelum panggilan ditutup, kemudian tuntut geran berdasarkan resit atau pencapaian.",
      },
    ],
  },
  keyFigures: [],
  approach: {
    en: "pay an agreed share of an investment in equipment or systems while the firm pays the rest",
    ms: "membayar bahagian yang dipersetujui bagi pelaburan dalam peralatan atau sistem sementara syarikat membayar selebihnya",
  },
  summary: {
    en:
      "A matching grant pays an agreed share of an investment project, such as a robot cell, a connected production line or an ERP roll-out, " +
      "while the firm pays the rest. Because the firm co-finances, the project must make business sense, and agencies normally ask for a plan, " +
      "supplier quotes and sometimes a readiness assessment first. Grants are usually paid against receipts or milestones, so the firm needs " +
      "cash to bridge the gap. Outcome-based versions, like those under Malaysia's F.I.R.S.T. enablers, tie part of the money to results such " +
      "as productivity gains. Matching grants suit firms that already know what to buy and need help with the size of the bill.",
    ms:
      "Geran padanan membayar bahagian yang dipersetujui bagi projek pelaburan, seperti sel robot, barisan pengeluaran bersambung atau " +
      "pelaksanaan ERP, manakala syarikat membayar selebihnya. Oleh sebab syarikat turut membiayai, projek itu mesti munasabah dari segi " +
      "perniagaan, dan agensi biasanya meminta pelan, sebut harga pembekal dan kadangkala penilaian kesediaan terlebih dahulu. Geran biasanya " +
      "dibayar berdasarkan resit atau pencapaian, jadi syarikat memerlukan tunai untuk menampung jurang itu. Versi berasaskan hasil, seperti di " +
      "bawah pemboleh F.I.R.S.T. Malaysia, mengaitkan sebahagian wang dengan hasil seperti peningkatan produktiviti. Geran padanan sesuai untuk " +
      "syarikat yang sudah tahu apa yang hendak dibeli dan memerlukan bantuan dengan saiz bil.",
  },
  lessons: [
    {
      en: "Prepare the plan and quotes before the call opens; calls are often short.",
      ms: "Sediakan pelan dan sebut harga sebelum panggilan dibuka; tempoh panggilan selalunya singkat.",
    },
    {
      en: "Budget for paying the full bill first: reimbursement comes later.",
      ms: "Sediakan bajet untuk membayar bil penuh terlebih dahulu: bayaran balik diterima kemudian.",
    },
  ],
  source: { kind: "generic" },
  relatedItemIds: ["industry4wrd-first-enablers"],
} satisfies CatalogueItemInput;
