import type { CatalogueItemInput } from "../item-schema";

export const thales3d = {
  id: "thales-3d",
  kind: "case-study",
  status: "active",
  name: { en: "Thales 3D", ms: "Thales 3D" },
  title: {
    en: "Thales 3D: metal 3D printing of aerospace parts in Morocco",
    ms: "Thales 3D: pencetakan 3D logam untuk komponen aeroangkasa di Maghribi",
  },
  country: "MA",
  activity: { en: "an aerospace parts maker", ms: "pengeluar komponen aeroangkasa" },
  year: 2017,
  sectors: ["30"],
  firmSizes: ["small", "medium", "large"],
  technologies: ["additive-manufacturing", "cad-cam", "digital-platform"],
  dimensions: ["digital-design", "skills", "linkages", "resource-efficiency"],
  challenges: ["frontier-access", "qualified-personnel", "firm-linkages"],
  impacts: ["product", "endogenous-innovation", "linkages", "environmental-efficiency", "skills-and-roles", "employment-conditions"],
  keyFigures: [
    {
      label: { en: "Metal 3D printers in use (seven more planned)", ms: "Pencetak 3D logam yang digunakan (tujuh lagi dirancang)" },
      value: 3,
      unit: "count",
      direction: "level",
      status: "achieved",
      dimension: "digital-design",
      impact: "product",
    },
    {
      label: { en: "Engineers at the centre", ms: "Jurutera di pusat ini" },
      from: 8,
      value: 20,
      unit: "people",
      direction: "increase",
      status: "expected",
      dimension: "skills",
      impact: "skills-and-roles",
    },
    {
      label: { en: "Training abroad before production started", ms: "Latihan di luar negara sebelum pengeluaran bermula" },
      value: 1,
      unit: "years",
      direction: "level",
      status: "achieved",
      impact: "skills-and-roles",
    },
    {
      label: { en: "Share of the product's value added in the plant (the rest from local suppliers)", ms: "Bahagian nilai tambah produk di loji (selebihnya daripada pembekal tempatan)" },
      value: 50,
      unit: "%",
      direction: "level",
      status: "achieved",
      dimension: "linkages",
      impact: "linkages",
    },
    {
      label: { en: "Investment in the competence centre", ms: "Pelaburan dalam pusat kecekapan" },
      value: 15_000_000,
      valueMax: 20_000_000,
      unit: "EUR",
      direction: "level",
      status: "achieved",
    },
    {
      label: { en: "Expected payback", ms: "Tempoh pulangan modal yang dijangka" },
      value: 10,
      unit: "years",
      direction: "level",
      status: "expected",
    },
  ],
  approach: {
    en: "prints complex aluminium and titanium aircraft parts layer by layer from CAD models, without moulds or special tooling",
    ms: "mencetak komponen pesawat aluminium dan titanium yang kompleks lapisan demi lapisan daripada model CAD, tanpa acuan atau perkakas khas",
  },
  summary: {
    en:
      "Thales, a French aerospace and defence group with more than 65,000 staff, opened Thales 3D in 2017 in Casablanca's MidParc free zone, " +
      "under a cooperation agreement it had signed with Morocco in 2011. The centre makes aluminium and titanium aircraft parts by selective laser " +
      "melting: a CAD model is split into layers of metal powder 30 microns thick, and a laser fuses each layer in turn. Complex parts that " +
      "could not be machined are made without moulds or special tooling, and little material is wasted. The EUR 15–20 million centre is fully " +
      "connected on a secure digital platform. Its engineers trained for a year with a partner firm in Belgium, and the centre works with " +
      "Moroccan universities and local suppliers for finishing steps.",
    ms:
      "Thales, sebuah kumpulan aeroangkasa dan pertahanan Perancis dengan lebih daripada 65,000 kakitangan, menubuhkan Thales 3D di Zon Bebas " +
      "MidParc Casablanca pada 2017 di bawah perjanjian kerjasama yang ditandatanganinya dengan Maghribi pada 2011. Pusat ini menghasilkan " +
      "komponen pesawat aluminium dan titanium melalui peleburan laser terpilih: model CAD dibahagikan kepada lapisan serbuk logam setebal " +
      "30 mikron, dan laser mencantumkan setiap lapisan satu demi satu. Komponen kompleks yang tidak dapat dimesin dihasilkan tanpa acuan atau " +
      "perkakas khas, dan sangat sedikit bahan terbazir. Pusat bernilai EUR 15–20 juta ini disambungkan sepenuhnya pada platform digital yang " +
      "selamat. Juruteranya menjalani latihan selama setahun dengan syarikat rakan kongsi di Belgium, dan pusat ini bekerjasama dengan " +
      "universiti Maghribi serta pembekal tempatan untuk langkah kemasan.",
  },
  lessons: [
    {
      en: "Additive manufacturing pays where parts are complex and volumes small, but a large centre takes around ten years to pay back.",
      ms: "Pembuatan bahan tambah berbaloi apabila komponen kompleks dan kuantiti kecil, tetapi pusat yang besar memerlukan kira-kira sepuluh tahun untuk pulang modal.",
    },
    {
      en: "No local course taught metal 3D printing, so engineers had to be trained abroad for a year.",
      ms: "Tiada kursus tempatan yang mengajar pencetakan 3D logam, jadi jurutera terpaksa dilatih di luar negara selama setahun.",
    },
    {
      en: "Even a high-tech plant relies on local firms with conventional skills (testing, surface and heat treatment), which creates linkages.",
      ms: "Loji berteknologi tinggi pun bergantung pada firma tempatan yang mempunyai kemahiran konvensional (ujian, rawatan permukaan dan haba), dan ini mewujudkan jaringan.",
    },
    {
      en: "Support from the Ministry of Industry and the national aerospace association (GIMAS) eased the set-up.",
      ms: "Sokongan Kementerian Perindustrian dan persatuan aeroangkasa kebangsaan (GIMAS) memudahkan penubuhan.",
    },
  ],
  source: { kind: "report", document: "unido-2019-adp", section: "Part II – Competitiveness: case studies (Thales 3D)", pages: "16–31" },
  relatedItemIds: ["free-zone-incentives", "technology-transfer-partnerships"],
} satisfies CatalogueItemInput;
