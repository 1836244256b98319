import type { CutoutJob } from './printJobs';

/** The puzzle to cut out at the table: the picture as large as the page allows, dashed lines between the pieces. */
export function CutoutSheet({ job }: { job: CutoutJob }) {
  return (
    <section className="print-page print-page--cutout" data-testid="cutout-sheet">
      <div className="cutout__picture">
        <img src={job.imageUrl} alt="" />
        <div className="cutout__lines" style={{ gridTemplateColumns: `repeat(${job.cols}, 1fr)`, gridTemplateRows: `repeat(${job.rows}, 1fr)` }}>
          {Array.from({ length: job.cols * job.rows }, (_, i) => (
            <span key={i} />
          ))}
        </div>
      </div>
      <p className="print-page__caption">✂ {job.caption}</p>
    </section>
  );
}
