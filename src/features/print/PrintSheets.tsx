import { useEffect, useRef } from 'react';
import type { PictureJob, PrintJob } from './printJobs';
import { ReportPage, TakeHomeSheet } from './TherapySheets';
import { CutoutSheet } from './CutoutSheet';

/**
 * The sheets to print, one per A4-landscape page, invisible on screen. Pictures are <img>
 * elements (browsers print canvases unreliably), decoded before the print dialog opens; print CSS
 * hides every control.
 */
export function PrintSheets({ jobs, onReady }: { jobs: PrintJob[]; onReady: () => void }) {
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (jobs.length === 0) return;
    let cancelled = false;
    const images = Array.from(area.current?.querySelectorAll('img') ?? []);
    void Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => {
      if (cancelled) return;
      area.current?.setAttribute('data-print-ready', 'true');
      onReady();
    });
    return () => {
      cancelled = true;
      area.current?.removeAttribute('data-print-ready');
    };
  }, [jobs, onReady]);
  return (
    <div ref={area} className="print-area" data-testid="print-area" aria-hidden="true">
      {jobs.map((job) =>
        job.variant === 'cutout' ? (
          <CutoutSheet key={job.key} job={job} />
        ) : job.variant === 'report' ? (
          <ReportPage key={job.key} job={job} />
        ) : job.variant === 'takehome' ? (
          <TakeHomeSheet key={job.key} job={job} />
        ) : job.variant === 'certificate' ? (
          <Certificate key={job.key} job={job} />
        ) : (
          <Sheet key={job.key} job={job} />
        ),
      )}
    </div>
  );
}

function Sheet({ job }: { job: PictureJob }) {
  return (
    <section className="print-page print-page--sheet">
      <img className="print-page__picture" src={job.imageUrl} alt="" />
      <p className="print-page__caption">
        {job.eventTitle ? <strong>{job.eventTitle} · </strong> : null}
        {[job.profession, job.childName, job.date].filter(Boolean).join(' · ')}
      </p>
    </section>
  );
}

function Certificate({ job }: { job: PictureJob }) {
  const line = [job.childName, job.eventTitle, job.date].filter(Boolean).join(' — ');
  return (
    <section className="print-page print-page--certificate">
      <div className="certificate__frame">
        <p className="certificate__line">{line}</p>
        <img className="certificate__picture" src={job.imageUrl} alt="" />
        {job.profession ? <p className="certificate__profession">{job.profession}</p> : null}
      </div>
    </section>
  );
}
