import { renderSVG } from 'uqr';
import { useLanguage, useT } from '../i18n/i18n';
import { FeelingFace } from '../therapy/FeelingFace';
import { feelingLine } from './feelingLine';
import type { PictureJob, ReportJob } from './printJobs';

/** The gift the child takes home: the picture, their name, the event, how they felt, the certificate's words. */
export function TakeHomeSheet({ job }: { job: PictureJob }) {
  const t = useT();
  const language = useLanguage();
  return (
    <section className="print-page print-page--takehome" data-testid="takehome-sheet">
      <div className="takehome__frame">
        <p className="takehome__event">{job.eventTitle}</p>
        <p className="takehome__title">{t('takehome.title')}</p>
        {job.childName ? <p className="takehome__name">{job.childName}</p> : null}
        <p className="takehome__wording">{t('takehome.wording')}</p>
        <img className="takehome__picture" src={job.imageUrl} alt="" />
        <p className="takehome__footer">
          {job.feeling ? (
            <span className="takehome__feeling">
              <FeelingFace feeling={job.feeling} size={56} />
              {feelingLine(language, job.feeling)}
            </span>
          ) : null}
          <span>{[job.profession, job.date].filter(Boolean).join(' · ')}</span>
          {job.parentUrl ? (
            <span className="takehome__parent" data-testid="takehome-parent-qr" data-url={job.parentUrl}>
              {/* uqr's SVG: plain rectangles from the URL the hub gave, nothing else. */}
              <span className="takehome__qr" dangerouslySetInnerHTML={{ __html: renderSVG(job.parentUrl) }} />
              {t('print.parentLink')}
            </span>
          ) : null}
        </p>
      </div>
    </section>
  );
}

/** One A4 portrait page per child for the therapist's file. */
export function ReportPage({ job }: { job: ReportJob }) {
  const t = useT();
  return (
    <section className="print-page print-page--report" data-testid="report-sheet">
      <header className="report__header">
        <h1>
          {job.title}: {job.childName}
        </h1>
        <p>
          {job.period} · {job.summary}
        </p>
      </header>
      <table className="report__table">
        <thead>
          <tr>
            <th>{t('report.pictures')}</th>
            <th>{t('feelings.label')}</th>
            <th>{t('note.label')}</th>
          </tr>
        </thead>
        <tbody>
          {job.entries.map((entry) => (
            <tr key={entry.key}>
              <td className="report__picture">
                {entry.imageUrl ? <img src={entry.imageUrl} alt="" /> : null}
                <span>{entry.date}</span>
                <span>{entry.figures}</span>
              </td>
              <td className="report__feelings">
                {entry.before ? <FeelingFace feeling={entry.before} size={36} /> : '–'} → {entry.after ? <FeelingFace feeling={entry.after} size={36} /> : '–'}
                <span>
                  {entry.before ? t(`feeling.${entry.before}`) : t('feelings.notAsked')} → {entry.after ? t(`feeling.${entry.after}`) : t('feelings.notAsked')}
                </span>
              </td>
              <td className="report__note">{entry.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
