import type { CatalogueItemInput } from "../item-schema";

export const industry4wrdFirstEnablers = {
  id: "industry4wrd-first-enablers",
  kind: "policy-instrument",
  status: "active",
  name: { en: "Industry4WRD's F.I.R.S.T. enablers", ms: "Pemboleh F.I.R.S.T. Industry4WRD" },
  title: {
    en: "F.I.R.S.T.: the five enablers of Malaysia's Industry4WRD policy",
    ms: "F.I.R.S.T.: lima pemboleh dasar Industry4WRD Malaysia",
  },
  country: "MY",
  year: 2018,
  sectors: [],
  firmSizes: ["micro", "small", "medium", "large"],
  technologies: [],
  dimensions: ["leadership", "skills", "connectivity", "linkages"],
  challenges: ["frontier-access", "funding", "qualified-personnel", "standards-uncertainty"],
  impacts: ["efficiency", "endogenous-innovation", "skills-and-roles"],
  mechanisms: ["policy-framework", "funding", "training"],
  eligibility: {
    countries: ["MY"],
    firmSizes: [],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Each enabler is delivered through its own programmes with their own criteria; ask MITI or its agencies which one fits your project.",
          ms: "Setiap pemboleh dilaksanakan melalui program tersendiri dengan kriteria masing-masing; tanya MITI atau agensinya program mana yang sesuai dengan projek anda.",
        },
      },
    ],
  },
  howToApply: {
    contact: { en: "Ministry of International Trade and Industry (MITI), Malaysia", ms: "Kementerian Perdagangan Antarabangsa dan Industri (MITI), Malaysia" },
    whoMayApply: {
      en: "Malaysian manufacturers and manufacturing-related services firms of any size; each enabler's programme sets its own criteria.",
      ms: "Pengilang dan syarikat perkhidmatan berkaitan pembuatan Malaysia daripada semua saiz; program setiap pemboleh menetapkan kriteria sendiri.",
    },
    steps: [
      {
        en: "Use your readiness results to decide which enabler your project needs: funding, infrastructure, regulation, skills or technology.",
        ms: "Gunakan keputusan kesediaan anda untuk menentukan pemboleh yang diperlukan oleh projek anda: pembiayaan, infrastruktur, peraturan, kemahiran atau teknologi.",
      },
      {
        en: "Ask MITI or its agencies which programme delivers that enabler now.",
        ms: "Tanya MITI atau agensinya program mana yang melaksanakan pemboleh itu sekarang.",
      },
      {
        en: "Apply to that programme under its own rules.",
        ms: "Mohon kepada program itu mengikut peraturannya sendiri.",
      },
    ],
  },
  keyFigures: [
    {
      label: { en: "Manufacturing's contribution to the economy", ms: "Sumbangan pembuatan kepada ekonomi" },
      from: 254_000_000_000,
      value: 392_000_000_000,
      unit: "MYR",
      direction: "increase",
      status: "target",
      impact: "efficiency",
    },
    {
      label: { en: "Share of high-skilled workers in manufacturing, nationwide", ms: "Bahagian pekerja berkemahiran tinggi dalam pembuatan, seluruh negara" },
      from: 18,
      value: 35,
      unit: "%",
      direction: "increase",
      status: "target",
      dimension: "skills",
      impact: "skills-and-roles",
    },
  ],
  approach: {
    en: "group Malaysia's Industry 4.0 support under five headings: funding, infrastructure, regulation, skills and technology",
    ms: "menghimpunkan sokongan Industri 4.0 Malaysia di bawah lima pemboleh: pembiayaan, infrastruktur, peraturan, kemahiran dan teknologi",
  },
  summary: {
    en:
      "Industry4WRD, Malaysia's 2018 policy on Industry 4.0, groups its measures under five enablers abbreviated F.I.R.S.T.: Funding and " +
      "outcome-based incentives; Infrastructure, meaning enabling ecosystems and efficient digital networks; Regulation that supports " +
      "industry adoption; Skills, upgrading today's workforce and preparing future talent; and Technology, giving firms access to smart " +
      "technologies. The enablers came from five themes identified while the policy was drafted, including the inclusion of SMEs and " +
      "collaborative innovation platforms. Ministries, agencies, industry and universities deliver them under a national council chaired by " +
      "MITI, with action plans for sectors such as electrical and electronics, machinery, chemicals, aerospace and medical devices.",
    ms:
      "Industry4WRD, dasar Malaysia mengenai Industri 4.0 yang dilancarkan pada 2018, menghimpunkan langkah-langkahnya di bawah lima pemboleh " +
      "yang diringkaskan sebagai F.I.R.S.T.: Pembiayaan dan insentif berasaskan hasil; Infrastruktur, iaitu ekosistem pemboleh dan rangkaian " +
      "digital yang cekap; Peraturan yang menyokong penerimaan industri; Kemahiran, iaitu meningkatkan kemahiran tenaga kerja hari ini dan " +
      "menyediakan bakat masa depan; dan Teknologi, iaitu memberi syarikat akses kepada teknologi pintar. Pemboleh ini lahir daripada lima tema " +
      "yang dikenal pasti semasa dasar digubal, termasuk penglibatan PKS dan platform inovasi kolaboratif. Kementerian, agensi, industri dan " +
      "universiti melaksanakannya di bawah majlis kebangsaan yang dipengerusikan oleh MITI, dengan pelan tindakan untuk sektor seperti elektrik " +
      "dan elektronik, jentera, kimia, aeroangkasa dan peranti perubatan.",
  },
  lessons: [
    {
      en: "A handful of named enablers gives firms and agencies a shared map of where support comes from.",
      ms: "Beberapa pemboleh yang dinamakan memberi syarikat dan agensi peta bersama tentang sumber sokongan.",
    },
    {
      en: "Funding is tied to outcomes, not only to purchases.",
      ms: "Pembiayaan dikaitkan dengan hasil, bukan hanya dengan pembelian.",
    },
    {
      en: "Coordinating many ministries needs a council with a clear chair.",
      ms: "Penyelarasan banyak kementerian memerlukan majlis dengan pengerusi yang jelas.",
    },
  ],
  source: {
    kind: "report",
    document: "unido-2019-adp",
    section: "Part II – Fostering demand and adoption: case studies (Malaysian manufacturing firms and the fourth industrial revolution)",
    pages: "58–67",
  },
  relatedItemIds: ["industry4wrd-readiness-assessment", "matching-grants"],
} satisfies CatalogueItemInput;
