import type { CatalogueItemInput } from "../item-schema";

export const avsTechnology = {
  id: "avs-technology",
  kind: "case-study",
  status: "active",
  name: { en: "AVS Technology", ms: "AVS Technology" },
  title: {
    en: "AVS Technology: small chlorine plants monitored remotely over IoT",
    ms: "AVS Technology: loji klorin kecil yang dipantau dari jauh melalui IoT",
  },
  country: "UY",
  activity: { en: "a maker of small chlorine production plants", ms: "pengeluar loji pengeluaran klorin berskala kecil" },
  year: 2012,
  sectors: ["28", "20", "71"],
  firmSizes: ["micro", "small", "medium"],
  technologies: ["iot", "industrial-sensors", "big-data-analytics", "machine-learning", "artificial-intelligence"],
  dimensions: ["connectivity", "after-sales", "digital-services", "resource-efficiency", "lifecycle", "inclusion"],
  challenges: ["funding", "firm-linkages"],
  impacts: [
    "environmental-efficiency",
    "environmental-goods",
    "business-model",
    "product",
    "endogenous-innovation",
    "employment-conditions",
    "relegated-groups",
  ],
  keyFigures: [
    {
      label: { en: "Share of a plant's cost spent on the control system and sensors", ms: "Bahagian kos loji untuk sistem kawalan dan penderia" },
      value: 10,
      valueMax: 15,
      unit: "%",
      direction: "level",
      status: "achieved",
      dimension: "connectivity",
    },
    {
      label: { en: "Share of chlorine production costs that is energy, which cell-by-cell monitoring targets", ms: "Bahagian kos pengeluaran klorin yang merupakan tenaga, sasaran pemantauan setiap sel" },
      value: 40,
      unit: "%",
      direction: "level",
      status: "achieved",
      dimension: "resource-efficiency",
      impact: "environmental-efficiency",
    },
    {
      label: { en: "Employees, from five founders in 2009", ms: "Pekerja, daripada lima pengasas pada 2009" },
      from: 5,
      value: 15,
      unit: "people",
      direction: "increase",
      status: "achieved",
      impact: "employment-conditions",
    },
    {
      label: { en: "Women among the 20 people working with the firm, the CEO included", ms: "Wanita dalam kalangan 20 orang yang bekerja dengan syarikat, termasuk Ketua Pegawai Eksekutif" },
      value: 5,
      unit: "people",
      direction: "level",
      status: "achieved",
      dimension: "inclusion",
      impact: "relegated-groups",
    },
  ],
  approach: {
    en: "fitted its small plants with sensors so that its team runs and services them remotely from Uruguay",
    ms: "memasang penderia pada loji kecilnya supaya pasukannya dapat mengendali dan menyelenggara loji itu dari jauh dari Uruguay",
  },
  summary: {
    en:
      "AVS Technology began in 2009 as a Uruguayan engineering consultancy for the chlor-alkali industry and in 2012 built its first small plant " +
      "that makes chlorine on the site of a water treatment works, so no liquefied chlorine has to be stored or transported. Sensors in each plant " +
      "record temperature, pressure, pH and the voltage of every electrolysis cell and feed a control system that the team watches from " +
      "Uruguay, fixing problems without travelling. The data reveal energy losses, improve the design of the next plant and now support " +
      "after-sales technical assistance. Plants run in Brazil, Spain and Uruguay; the firm grew from five founders to fifteen employees, with " +
      "women in leading roles.",
    ms:
      "AVS Technology bermula pada 2009 sebagai perunding kejuruteraan Uruguay untuk industri klor-alkali dan pada 2012 membina loji kecil " +
      "pertamanya yang menghasilkan klorin di tapak loji rawatan air, supaya klorin cecair tidak perlu disimpan atau diangkut. Penderia di setiap " +
      "loji merekodkan suhu, tekanan, pH dan voltan setiap sel elektrolisis lalu menghantarnya ke sistem kawalan yang dipantau oleh pasukan dari " +
      "Uruguay, dan masalah diselesaikan tanpa perlu ke tapak. Data itu mendedahkan pembaziran tenaga, menambah baik reka bentuk loji " +
      "seterusnya dan kini menyokong bantuan teknikal selepas jualan. Loji beroperasi di Brazil, Sepanyol dan Uruguay; syarikat ini berkembang " +
      "daripada lima pengasas kepada lima belas pekerja, dengan wanita memegang peranan utama.",
  },
  lessons: [
    {
      en: "Remote monitoring turned a design consultancy into a maker of plants that also sells after-sales services.",
      ms: "Pemantauan jarak jauh mengubah sebuah perunding reka bentuk menjadi pengeluar loji yang turut menjual perkhidmatan selepas jualan.",
    },
    {
      en: "The control software was built with a partner in Argentina; sensors bought abroad are adapted to each plant.",
      ms: "Perisian kawalan dibina bersama rakan kongsi di Argentina; penderia yang dibeli dari luar negara disesuaikan dengan setiap loji.",
    },
    {
      en: "Growth was financed from own funds and private investors; working from a free zone (Parque de las Ciencias) cut taxes.",
      ms: "Pertumbuhan dibiayai dengan dana sendiri dan pelabur swasta; beroperasi dari zon bebas (Parque de las Ciencias) mengurangkan cukai.",
    },
    {
      en: "The firm keeps its plant design as a trade secret rather than patenting it.",
      ms: "Syarikat ini menyimpan reka bentuk lojinya sebagai rahsia perdagangan dan tidak mempatenkannya.",
    },
  ],
  source: {
    kind: "report",
    document: "unido-2019-adp",
    section: "Part II – Environmental sustainability: case studies (AVS Technology AG)",
    pages: "35–41",
  },
  relatedItemIds: ["free-zone-incentives"],
} satisfies CatalogueItemInput;
