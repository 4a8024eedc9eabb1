import type { CatalogueItemInput } from "../item-schema";

export const freeZoneIncentives = {
  id: "free-zone-incentives",
  kind: "instrument-type",
  status: "active",
  name: { en: "Free-zone incentives", ms: "Insentif zon bebas" },
  title: {
    en: "Free-zone incentives: tax breaks and duty-free equipment for firms that export",
    ms: "Insentif zon bebas: pelepasan cukai dan peralatan bebas duti untuk syarikat pengeksport",
  },
  country: "generic",
  year: 2019,
  sectors: [],
  firmSizes: ["small", "medium", "large"],
  technologies: [],
  dimensions: ["supply-chain", "linkages"],
  challenges: ["funding"],
  impacts: ["efficiency", "linkages"],
  mechanisms: ["tax-incentive"],
  eligibility: {
    countries: [],
    firmSizes: [],
    sectors: [],
    conditions: [
      {
        kind: "exports",
        value: true,
        text: { en: "Free zones mainly admit firms that export.", ms: "Zon bebas kebanyakannya menerima syarikat yang mengeksport." },
      },
      {
        kind: "text",
        text: {
          en: "The firm must operate from inside the zone.",
          ms: "Syarikat mesti beroperasi dari dalam zon tersebut.",
        },
      },
    ],
  },
  howToApply: {
    whoMayApply: {
      en: "Firms that export and operate, or will operate, from inside a free zone.",
      ms: "Syarikat yang mengeksport dan beroperasi, atau akan beroperasi, dari dalam zon bebas.",
    },
    steps: [
      {
        en: "Ask the zone's authority which activities and exports qualify.",
        ms: "Tanya pihak berkuasa zon aktiviti dan eksport yang layak.",
      },
      {
        en: "Submit the application with your business plan and export figures.",
        ms: "Hantar permohonan bersama pelan perniagaan dan angka eksport anda.",
      },
      {
        en: "Once approved, register the equipment you import under the zone's rules.",
        ms: "Setelah diluluskan, daftarkan peralatan yang diimport mengikut peraturan zon.",
      },
    ],
  },
  keyFigures: [
    {
      label: { en: "Flat tax on revenue paid by New-Tek in Kyrgyzstan's Free Economic Zone", ms: "Cukai rata ke atas hasil yang dibayar oleh New-Tek di Zon Ekonomi Bebas Kyrgyzstan" },
      value: 2,
      unit: "%",
      direction: "level",
      status: "achieved",
    },
  ],
  approach: {
    en: "give firms that set up inside a zone tax exemptions, duty-free equipment and simpler customs",
    ms: "memberi syarikat yang beroperasi dalam zon pengecualian cukai, peralatan bebas duti dan urusan kastam yang lebih mudah",
  },
  summary: {
    en:
      "Free zones and special economic zones offer firms that set up inside them tax exemptions, duty-free import of equipment and inputs, " +
      "simpler customs and sometimes ready-built factories and fast internet. For firms investing in advanced production equipment, lower taxes " +
      "and duty-free machinery shorten the payback. Three firms in this catalogue benefited: New-Tek in Kyrgyzstan pays a flat 2 % tax on revenue " +
      "in its Free Economic Zone, AVS Technology works from a science-park free zone in Uruguay, and Thales 3D sits in a Casablanca free zone. " +
      "Zones mostly admit exporters, and moving operations there is a strategic decision rather than a quick fix.",
    ms:
      "Zon bebas dan zon ekonomi khas menawarkan syarikat yang beroperasi di dalamnya pengecualian cukai, import peralatan dan input bebas duti, " +
      "urusan kastam yang lebih mudah dan kadangkala kilang siap bina serta internet pantas. Bagi syarikat yang melabur dalam peralatan " +
      "pengeluaran termaju, cukai yang lebih rendah dan jentera bebas duti memendekkan tempoh pulangan modal. Tiga syarikat dalam katalog ini " +
      "mendapat manfaat: New-Tek di Kyrgyzstan membayar cukai rata 2 % ke atas hasil di Zon Ekonomi Bebasnya, AVS Technology beroperasi dari " +
      "zon bebas taman sains di Uruguay, dan Thales 3D terletak di zon bebas Casablanca. Zon ini kebanyakannya menerima pengeksport, dan " +
      "memindahkan operasi ke sana ialah keputusan strategik, bukannya penyelesaian segera.",
  },
  lessons: [
    {
      en: "Tax and duty savings help most when the firm invests in costly imported equipment.",
      ms: "Penjimatan cukai dan duti paling membantu apabila syarikat melabur dalam peralatan import yang mahal.",
    },
    {
      en: "Trade agreements of the host country decide which export markets the zone really opens.",
      ms: "Perjanjian perdagangan negara tuan rumah menentukan pasaran eksport yang benar-benar dibuka oleh zon itu.",
    },
  ],
  source: { kind: "generic" },
  relatedItemIds: ["new-tek", "avs-technology", "thales-3d"],
} satisfies CatalogueItemInput;
