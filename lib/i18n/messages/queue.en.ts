// English text of the queue screens; queue.ms.ts must have exactly these keys.
export const queueEn = {
  title: "Queue",
};
