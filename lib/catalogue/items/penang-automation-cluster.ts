import type { CatalogueItemInput } from "../item-schema";

export const penangAutomationCluster = {
  id: "penang-automation-cluster",
  kind: "policy-instrument",
  status: "active",
  name: { en: "Penang Automation Cluster", ms: "Kluster Automasi Pulau Pinang" },
  title: {
    en: "Penang Automation Cluster: large local firms pull SMEs into precision manufacturing, backed by dual vocational training",
    ms: "Kluster Automasi Pulau Pinang: syarikat tempatan besar membawa PKS ke dalam pembuatan jitu, disokong latihan vokasional dwi",
  },
  country: "MY",
  year: 2016,
  sectors: ["25", "28", "26", "27"],
  firmSizes: ["micro", "small", "medium"],
  technologies: ["advanced-robotics", "iot", "big-data-analytics"],
  dimensions: ["automation", "skills", "linkages", "supply-chain", "connectivity"],
  challenges: ["firm-linkages", "qualified-personnel", "reskilling", "legacy-integration"],
  impacts: ["linkages", "skills-and-roles", "employment-conditions", "efficiency"],
  mechanisms: ["network", "training", "tax-incentive"],
  eligibility: {
    countries: ["MY"],
    firmSizes: ["micro", "small", "medium"],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Mainly for SMEs in precision engineering and metal fabrication (machining, tooling, sheet metal, finishing and coating) able to work from the cluster site in Batu Kawan, Penang.",
          ms: "Terutamanya untuk PKS kejuruteraan jitu dan fabrikasi logam (pemesinan, perkakasan, kepingan logam, kemasan dan salutan) yang boleh beroperasi dari tapak kluster di Batu Kawan, Pulau Pinang.",
        },
      },
      {
        kind: "text",
        text: {
          en: "The dual vocational training at the Penang Skills Development Centre is for employees already in technical jobs and for recent graduates.",
          ms: "Latihan vokasional dwi di Pusat Pembangunan Kemahiran Pulau Pinang adalah untuk pekerja yang sudah memegang jawatan teknikal dan graduan baharu.",
        },
      },
    ],
  },
  howToApply: {
    contact: { en: "Penang Automation Cluster, Batu Kawan; for training, the Penang Skills Development Centre (PSDC)", ms: "Kluster Automasi Pulau Pinang, Batu Kawan; untuk latihan, Pusat Pembangunan Kemahiran Pulau Pinang (PSDC)" },
    whoMayApply: {
      en: "SMEs in precision engineering and metal fabrication able to work from the cluster site in Batu Kawan, Penang.",
      ms: "PKS dalam kejuruteraan ketepatan dan fabrikasi logam yang mampu bekerja dari tapak kluster di Batu Kawan, Pulau Pinang.",
    },
    steps: [
      {
        en: "Contact the cluster and describe your processes and customers.",
        ms: "Hubungi kluster itu dan terangkan proses serta pelanggan anda.",
      },
      {
        en: "Agree a place on the cluster site and the work you will take on for its lead firms.",
        ms: "Persetujui tempat di tapak kluster dan kerja yang akan anda ambil bagi syarikat peneraju.",
      },
      {
        en: "Send technical staff or recent graduates to the dual vocational training at PSDC.",
        ms: "Hantar kakitangan teknikal atau graduan baharu ke latihan vokasional dwi di PSDC.",
      },
    ],
  },
  keyFigures: [
    {
      label: { en: "Skilled jobs the cluster is expected to create", ms: "Pekerjaan mahir yang dijangka diwujudkan oleh kluster" },
      value: 500,
      unit: "people",
      direction: "level",
      status: "expected",
      dimension: "skills",
      impact: "employment-conditions",
    },
    {
      label: { en: "SMEs to be housed in the cluster", ms: "PKS yang akan ditempatkan dalam kluster" },
      value: 18,
      unit: "firms",
      direction: "level",
      status: "expected",
      dimension: "linkages",
      impact: "linkages",
    },
    {
      label: { en: "Local suppliers in Penang's electronics ecosystem", ms: "Pembekal tempatan dalam ekosistem elektronik Pulau Pinang" },
      value: 3000,
      unit: "firms",
      direction: "level",
      status: "achieved",
      dimension: "supply-chain",
    },
    {
      label: { en: "State investment in the dual vocational training course", ms: "Pelaburan negeri dalam kursus latihan vokasional dwi" },
      value: 6_000_000,
      unit: "MYR",
      direction: "level",
      status: "achieved",
      impact: "skills-and-roles",
    },
    {
      label: { en: "Revenue of the lead firms by 2021", ms: "Hasil syarikat peneraju menjelang 2021" },
      value: 980_000_000,
      unit: "MYR",
      direction: "level",
      status: "target",
      dimension: "automation",
      impact: "efficiency",
    },
  ],
  approach: {
    en: "gives local SMEs a shared site, coaching, training and orders from three large automation-equipment makers",
    ms: "memberi PKS tempatan tapak bersama, bimbingan, latihan dan pesanan daripada tiga pengeluar peralatan automasi yang besar",
  },
  summary: {
    en:
      "Three Penang firms that grew up supplying multinationals, ViTrox, Pentamaster and Walta, formed the Penang Automation Cluster in 2016 " +
      "to build a base of local SME suppliers for their automation and test equipment. The state development agency invested, the state " +
      "government sold a five-acre site in Batu Kawan at a discount, and the cluster receives tax breaks as well as grants for training, research, " +
      "equipment and shared facilities. About 18 SMEs in precision engineering, sheet metal, machining, tooling and finishing are to work there with coaching, " +
      "training and orders from the three firms, which are bringing IoT, data analytics and machine-to-machine links into production. Staff can " +
      "join German-style dual vocational training at the Penang Skills Development Centre.",
    ms:
      "Tiga syarikat Pulau Pinang yang berkembang dengan membekal kepada syarikat multinasional, iaitu ViTrox, Pentamaster dan Walta, menubuhkan " +
      "Kluster Automasi Pulau Pinang pada 2016 untuk membina asas pembekal PKS tempatan bagi peralatan automasi dan ujian mereka. Agensi " +
      "pembangunan negeri melabur, kerajaan negeri menjual tapak seluas lima ekar di Batu Kawan pada harga diskaun, serta menawarkan insentif " +
      "cukai dan geran untuk latihan, R&D, peralatan dan kemudahan bersama. Kira-kira 18 PKS dalam kejuruteraan jitu, kepingan logam, " +
      "pemesinan, perkakasan dan kemasan akan beroperasi di sana dengan bimbingan, latihan dan pesanan daripada tiga syarikat tersebut, yang " +
      "membawa IoT, analitik data dan sambungan mesin ke mesin ke dalam pengeluaran. Kakitangan boleh menyertai latihan vokasional dwi gaya " +
      "Jerman di Pusat Pembangunan Kemahiran Pulau Pinang.",
  },
  lessons: [
    {
      en: "Anchor firms that once learnt from multinationals now pass their standards and orders on to SMEs.",
      ms: "Syarikat peneraju yang dahulunya belajar daripada syarikat multinasional kini menyalurkan piawaian dan pesanan mereka kepada PKS.",
    },
    {
      en: "Automation is costly and hard for an SME alone; a shared site, shared services and coaching lower the threshold.",
      ms: "Automasi mahal dan sukar bagi PKS secara bersendirian; tapak bersama, perkhidmatan bersama dan bimbingan merendahkan halangan.",
    },
    {
      en: "Training alternates between workplace and classroom, upskilling current technicians and new graduates together.",
      ms: "Latihan berselang-seli antara tempat kerja dan bilik darjah, meningkatkan kemahiran juruteknik sedia ada dan graduan baharu bersama-sama.",
    },
    {
      en: "State support (land, tax incentives, MYR 6 million for training and a double tax deduction for similar training) made the industry-led cluster possible.",
      ms: "Sokongan negeri (tanah, insentif cukai, RM6 juta untuk latihan dan potongan cukai berganda bagi latihan serupa) menjadikan kluster yang diterajui industri ini mungkin.",
    },
  ],
  source: {
    kind: "report",
    document: "unido-2019-adp",
    section: "Part II – Building and strengthening capabilities: case study (Penang Automation Cluster)",
    pages: "69–71",
  },
  relatedItemIds: ["cluster-programmes", "training-and-apprenticeships"],
} satisfies CatalogueItemInput;
