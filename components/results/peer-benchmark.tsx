// The SME's peer benchmark on the results page: one sentence placing the firm's readiness index
// among the other firms of its sector in its programme, with how it is worked out. Below the
// minimum number of peers it says when the comparison will appear instead (no number at all).

export type PeerBenchmarkProps = {
  /** The sentence with the percentile, or null while there are too few peers. */
  sentence: string | null;
  notYet: string;
  labels: { title: string; howTitle: string; how: string };
};

export function PeerBenchmark({ sentence, notYet, labels }: PeerBenchmarkProps) {
  return (
    <section aria-labelledby="peer-benchmark-heading" className="peer-benchmark" data-testid="peer-benchmark">
      <h2 id="peer-benchmark-heading">{labels.title}</h2>
      <p className="peer-benchmark__sentence">{sentence ?? notYet}</p>
      {sentence ? (
        <details>
          <summary>{labels.howTitle}</summary>
          <p>{labels.how}</p>
        </details>
      ) : null}
    </section>
  );
}
