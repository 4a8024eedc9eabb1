import type { accessibilityEn } from "./accessibility.en";

// Bahasa Malaysia text of the accessibility statement.
export const accessibilityMs: typeof accessibilityEn = {
  footerLink: "Kebolehcapaian",
  title: "Pernyataan kebolehcapaian",
  lead: "Kami mahu setiap pengurus dan pegawai program dapat menggunakan ADP Readiness, walau apa pun peranti, pelayar atau teknologi bantuan yang mereka gunakan.",
  conformanceTitle: "Pematuhan",
  conformance: "ADP Readiness bertujuan mematuhi Garis Panduan Kebolehcapaian Kandungan Web (WCAG) 2.2 pada tahap AA. Kami menganggapnya mematuhi sebahagiannya: pengecualian yang diketahui disenaraikan di bawah.",
  testedTitle: "Cara kami menguji",
  tested1: "Setiap halaman dalam setiap perjalanan pengguna diimbas dengan axe-core (peraturan WCAG 2.0, 2.1 dan 2.2 tahap A dan AA) dalam ujian hujung ke hujung automatik di Chromium; sebarang pelanggaran menggagalkan binaan.",
  tested2: "Keseluruhan penilaian dilengkapkan dalam ujian menggunakan papan kekunci sahaja, dan setiap borang turut diuji tanpa JavaScript.",
  tested3: "Carta sentiasa disertakan dengan jadual data, mesej status diumumkan kepada pembaca skrin, dan mesej ralat dipautkan kepada medannya.",
  tested4: "Susun atur menyusun semula kepada satu lajur pada skrin sempit dan pada zum tinggi, dan teks serta kawalan memenuhi nisbah kontras AA yang disemak oleh imbasan.",
  limitsTitle: "Had yang diketahui",
  limit1: "Carta radar dan kohort ialah imej untuk pengguna yang melihat; pengguna pembaca skrin mendapat angka yang sama dalam jadual di bawah setiap carta, bukan dalam carta itu sendiri.",
  limit2: "Eksport CSV yang dimuat turun ialah fail data biasa; kebolehcapaiannya bergantung pada program yang digunakan untuk membukanya.",
  limit3: "Ujian setakat ini adalah automatik dan berasaskan papan kekunci; audit manual dengan pembaca skrin (NVDA, JAWS, VoiceOver) belum dilakukan, dan semakan automatik tidak dapat menemui setiap masalah.",
  reportTitle: "Laporkan masalah",
  report: "Jika sesuatu tidak berfungsi untuk anda, maklumkan kepada pegawai program anda atau tulis kepada {email} dengan alamat halaman dan apa yang berlaku. Kami menjawab dalam masa 5 hari bekerja, dan kami boleh memberikan maklumat dalam format lain sementara itu.",
  reportEmail: "accessibility@adp-readiness.example",
  updated: "Pernyataan ini kali terakhir disemak pada {date}.",
};
