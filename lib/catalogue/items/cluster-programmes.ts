import type { CatalogueItemInput } from "../item-schema";

export const clusterProgrammes = {
  id: "cluster-programmes",
  kind: "instrument-type",
  status: "active",
  name: { en: "Cluster programmes", ms: "Program kluster" },
  title: {
    en: "Cluster programmes: shared facilities, training and access to lead firms' supply chains",
    ms: "Program kluster: kemudahan bersama, latihan dan akses kepada rantaian bekalan syarikat peneraju",
  },
  country: "generic",
  year: 2019,
  sectors: [],
  firmSizes: ["micro", "small", "medium"],
  technologies: [],
  dimensions: ["linkages", "supply-chain", "skills"],
  challenges: ["frontier-access", "firm-linkages", "qualified-personnel"],
  impacts: ["linkages", "efficiency"],
  mechanisms: ["network"],
  eligibility: {
    countries: [],
    firmSizes: ["micro", "small", "medium"],
    sectors: [],
    conditions: [
      {
        kind: "text",
        text: {
          en: "Clusters are tied to a place and an industry; membership usually needs a site or activity in the cluster's region.",
          ms: "Kluster terikat kepada sesuatu tempat dan industri; keahlian biasanya memerlukan tapak atau aktiviti di wilayah kluster.",
        },
      },
    ],
  },
  howToApply: {
    whoMayApply: {
      en: "Firms with a site or activity in the cluster's region and industry, usually suppliers to its lead firms.",
      ms: "Syarikat yang mempunyai tapak atau aktiviti di wilayah dan industri kluster, biasanya pembekal kepada syarikat peneraju.",
    },
    steps: [
      {
        en: "Find the cluster or industry association for your region and industry.",
        ms: "Cari kluster atau persatuan industri bagi wilayah dan industri anda.",
      },
      {
        en: "Ask how to join and what membership costs.",
        ms: "Tanya cara menyertai dan kos keahlian.",
      },
      {
        en: "Join its training, shared facilities or supplier programmes that fit your gaps.",
        ms: "Sertai latihan, kemudahan bersama atau program pembekal yang sesuai dengan jurang anda.",
      },
    ],
  },
  keyFigures: [],
  approach: {
    en: "group SMEs of one industry and place around lead firms, with shared facilities, joint training and access to orders",
    ms: "menghimpunkan PKS daripada satu industri dan tempat di sekitar syarikat peneraju, dengan kemudahan bersama, latihan bersama dan akses kepada pesanan",
  },
  summary: {
    en:
      "A cluster programme groups firms of one industry and place, such as precision engineering suppliers around an electronics hub, and " +
      "gives them shared facilities, joint training, a common voice towards buyers and government, and help to win orders from larger firms. " +
      "For an SME, the cluster is a way into supply chains whose standards it could not meet alone, and a place to learn from leading firms " +
      "that have already automated. Public agencies typically provide land, infrastructure, tax incentives or a coordinator, while industry " +
      "leads. The Penang Automation Cluster in Malaysia, led by three large local firms, is a recent example of this approach.",
    ms:
      "Program kluster menghimpunkan syarikat daripada satu industri dan tempat, seperti pembekal kejuruteraan jitu di sekitar hab elektronik, " +
      "dan memberi mereka kemudahan bersama, latihan bersama, suara bersama terhadap pembeli dan kerajaan, serta bantuan untuk memenangi pesanan " +
      "daripada syarikat yang lebih besar. Bagi PKS, kluster ialah pintu masuk ke rantaian bekalan yang piawaiannya tidak dapat dipenuhi " +
      "secara bersendirian, dan tempat untuk belajar daripada syarikat peneraju yang sudah mengautomasikan operasi. Agensi awam biasanya " +
      "menyediakan tanah, infrastruktur, insentif cukai atau penyelaras, manakala industri menerajui. Kluster Automasi Pulau Pinang di " +
      "Malaysia, yang diterajui oleh tiga syarikat tempatan yang besar, ialah contoh terkini pendekatan ini.",
  },
  lessons: [
    {
      en: "Clusters led by firms that buy from the SMEs give a clear reason to upgrade: orders.",
      ms: "Kluster yang diterajui oleh syarikat yang membeli daripada PKS memberi sebab yang jelas untuk naik taraf: pesanan.",
    },
    {
      en: "Shared equipment and services spread costs no single SME could carry.",
      ms: "Peralatan dan perkhidmatan bersama mengagihkan kos yang tidak mampu ditanggung oleh satu PKS sahaja.",
    },
  ],
  source: { kind: "generic" },
  relatedItemIds: ["penang-automation-cluster"],
} satisfies CatalogueItemInput;
