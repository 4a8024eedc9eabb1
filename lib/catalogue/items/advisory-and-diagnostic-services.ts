import type { CatalogueItemInput } from "../item-schema";

export const advisoryAndDiagnosticServices = {
  id: "advisory-and-diagnostic-services",
  kind: "instrument-type",
  status: "active",
  name: { en: "Advisory and diagnostic services", ms: "Perkhidmatan nasihat dan diagnostik" },
  title: {
    en: "Advisory and diagnostic services: an expert view of where you stand and what to do first",
    ms: "Perkhidmatan nasihat dan diagnostik: pandangan pakar tentang kedudukan anda dan apa yang perlu dilakukan dahulu",
  },
  country: "generic",
  year: 2019,
  sectors: [],
  firmSizes: ["micro", "small", "medium"],
  technologies: [],
  dimensions: ["leadership", "operations", "linkages"],
  challenges: ["awareness", "legacy-integration", "standards-uncertainty"],
  impacts: ["efficiency"],
  mechanisms: ["advisory"],
  eligibility: {
    countries: [],
    firmSizes: ["micro", "small", "medium"],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Usually free or subsidised for SMEs; check which agency, productivity centre or chamber offers it near you.",
          ms: "Biasanya percuma atau bersubsidi untuk PKS; semak agensi, pusat produktiviti atau dewan perniagaan yang menawarkannya berhampiran anda.",
        },
      },
    ],
  },
  howToApply: {
    whoMayApply: {
      en: "Small and medium manufacturers that want an outside view before they invest; some schemes also take micro firms.",
      ms: "Pengilang kecil dan sederhana yang mahukan pandangan luar sebelum melabur; sesetengah skim juga menerima firma mikro.",
    },
    steps: [
      {
        en: "Find the agency, productivity centre or chamber that offers diagnostics in your region.",
        ms: "Cari agensi, pusat produktiviti atau dewan perniagaan yang menawarkan diagnostik di kawasan anda.",
      },
      {
        en: "Register your firm and book a visit; bring this readiness assessment's results.",
        ms: "Daftarkan syarikat anda dan tempah lawatan; bawa keputusan penilaian kesediaan ini.",
      },
      {
        en: "Agree the report's recommendations and a first project with the adviser.",
        ms: "Persetujui cadangan laporan dan projek pertama bersama penasihat.",
      },
    ],
  },
  keyFigures: [],
  approach: {
    en: "send an independent expert to assess the firm against a maturity scale and agree a short, costed roadmap",
    ms: "menghantar pakar bebas untuk menilai syarikat berdasarkan skala kematangan dan bersetuju dengan pelan hala tuju ringkas yang berkos",
  },
  summary: {
    en:
      "Advisory and diagnostic services send an independent expert, or combine a structured self-assessment with an expert visit, to find where " +
      "a firm stands and what it should do first. A good diagnostic compares the firm against a maturity scale, names the gaps that matter most " +
      "for its sector and goals, and ends with a short, costed roadmap and links to funding. Malaysia's Industry4WRD Readiness Assessment and " +
      "the diagnostic study of Pune SMEs by C4i4 Lab are examples, and this tool follows the same logic. Advisory help is most useful before a " +
      "large purchase, when connecting new equipment with old, or when standards and suppliers seem confusing.",
    ms:
      "Perkhidmatan nasihat dan diagnostik menghantar pakar bebas, atau menggabungkan penilaian kendiri berstruktur dengan lawatan pakar, untuk " +
      "mengetahui kedudukan syarikat dan perkara yang perlu dilakukan dahulu. Diagnostik yang baik membandingkan syarikat dengan skala " +
      "kematangan, menamakan jurang yang paling penting bagi sektor dan matlamatnya, dan diakhiri dengan pelan hala tuju ringkas yang berkos " +
      "serta pautan kepada pembiayaan. Penilaian Kesediaan Industry4WRD Malaysia dan kajian diagnostik PKS Pune oleh C4i4 Lab ialah contohnya, " +
      "dan alat ini mengikut logik yang sama. Bantuan nasihat paling berguna sebelum pembelian besar, semasa menyambungkan peralatan baharu " +
      "dengan yang lama, atau apabila piawaian dan pembekal kelihatan mengelirukan.",
  },
  lessons: [
    {
      en: "A diagnostic is worth most when it ends in a plan the firm can resource.",
      ms: "Diagnostik paling bernilai apabila ia berakhir dengan pelan yang mampu dilaksanakan oleh syarikat.",
    },
    {
      en: "Repeat the assessment after a year to see progress.",
      ms: "Ulang penilaian selepas setahun untuk melihat kemajuan.",
    },
  ],
  source: { kind: "generic" },
  relatedItemIds: ["industry4wrd-readiness-assessment", "c4i4-lab-pune"],
} satisfies CatalogueItemInput;
