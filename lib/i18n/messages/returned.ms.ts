import type { returnedEn } from "./returned.en";

// Bahasa Malaysia text a firm reads while its assessment is returned or waiting for review.
export const returnedMs: typeof returnedEn = {
  feedbackTitle: "Ulasan pegawai program anda",
  officerOn: "Pegawai program, {date}",
  reasonLabel: "Sebab penilaian anda dikembalikan",
  commentLabel: "Mengenai dimensi ini",
  generalLabel: "Mengenai keseluruhan penilaian",
  validatedLevel: "Pegawai mengesahkan tahap {level} ({label}): {justification}",
  changes: {
    title: "Apa yang anda ubah sejak semakan {revision}",
    intro: "Jawapan ini berbeza daripada semakan yang dikembalikan oleh pegawai program anda. Semak jawapan ini sebelum menghantar semula.",
    none: "Anda belum mengubah sebarang jawapan sejak semakan {revision} dikembalikan. Anda masih boleh menghantarnya semula.",
    caption: "Perubahan anda sejak semakan {revision}",
    colItem: "Soalan",
    colBefore: "Sebelum (semakan {revision})",
    colAfter: "Sekarang",
  },
  waiting: {
    title: "Menunggu semakan",
    inReviewTitle: "Sedang disemak",
    submittedOn: "Anda menghantar penilaian ini pada {date} kepada {programme}.",
    submittedOnNoProgramme: "Anda menghantar penilaian ini pada {date}. Penilaian ini bukan sebahagian daripada program, jadi tiada pegawai yang menyemaknya.",
    waits: "Penilaian ini sedang menunggu semakan oleh pegawai program.",
    inReview: "Pegawai program telah mula menyemaknya.",
    nextTitle: "Apa yang berlaku seterusnya",
    nextValidate: "Pegawai program menyemak jawapan anda dan mengesahkan setiap tahap, atau mengubahnya dengan sebab.",
    nextEmail: "Anda akan menerima e-mel apabila penilaian diluluskan, atau apabila ia dikembalikan dengan ulasan pegawai untuk anda semak semula.",
    nextResults: "Keputusan anda sudah tersedia; setelah diluluskan, keputusan juga menunjukkan skor yang disahkan.",
  },
  dashboard: {
    inReview: "Anda tidak boleh memulakan penilaian baharu semasa satu penilaian menunggu semakan: penilaian baharu boleh dimulakan setelah ia diluluskan.",
    inReviewLink: "Lihat penilaian yang sedang disemak",
    inProgress: "Anda tidak boleh memulakan penilaian baharu semasa satu penilaian sedang dijalankan: lengkapkan, hantar dan dapatkan kelulusan dahulu.",
    inProgressLink: "Buka penilaian yang sedang dijalankan",
    returned: "Anda tidak boleh memulakan penilaian baharu semasa satu penilaian dikembalikan untuk diubah: semak semula dan hantar semula dahulu.",
    returnedLink: "Lihat apa yang perlu diubah",
  },
};
