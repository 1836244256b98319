import type { Child } from '../../engine/model/children';
import type { Language } from '../../engine/model/settings';
import { loadThumbnail } from '../../storage/galleryRepository';
import { translate } from '../i18n/i18n';
import type { ReportEntry, ReportJob } from '../print/printJobs';
import { coverageOfThumbnail, type LineArtLoader } from './coverage';
import { coloursText, coveredText, timeText } from './figureText';
import { loadChildTimeline } from './timeline';

/** The report page for one child: every picture in order with its figures, feelings and note. */
export async function buildReportJob(child: Child, language: Language, loadLineArt: LineArtLoader): Promise<ReportJob> {
  const timeline = await loadChildTimeline(child.id);
  const dateOf = (ms: number) => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(ms);
  const entries: ReportEntry[] = [];
  for (const { item, figures, feelings, note } of timeline) {
    const thumbnail = await loadThumbnail(item.id).catch(() => null);
    const imageUrl = thumbnail ? URL.createObjectURL(thumbnail.blob) : null;
    const covered = imageUrl ? await coverageOfThumbnail(imageUrl, item.pageId, loadLineArt).catch(() => null) : null;
    const parts = [timeText(language, figures?.drawingMs ?? null)];
    if (figures) parts.push(coloursText(language, figures.colours.length));
    if (covered !== null) parts.push(coveredText(language, covered));
    if (figures && figures.tools.length > 0) parts.push(figures.tools.map((tool) => translate(language, `tools.${tool}`)).join(', '));
    entries.push({
      key: item.id,
      imageUrl,
      date: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(item.createdAt),
      figures: parts.join(' · '),
      before: feelings?.before ?? null,
      after: feelings?.after ?? null,
      note: note?.text ?? '',
    });
  }
  const first = timeline[0]?.item.createdAt;
  const last = timeline[timeline.length - 1]?.item.createdAt;
  const totalMs = timeline.reduce((sum, entry) => sum + (entry.figures?.drawingMs ?? 0), 0);
  return {
    key: `report-${child.id}-${Date.now()}`,
    variant: 'report',
    childName: child.name,
    title: translate(language, 'report.title'),
    period: first === undefined || last === undefined ? translate(language, 'timeline.empty') : first === last ? dateOf(first) : `${dateOf(first)} – ${dateOf(last)}`,
    summary: `${translate(language, 'report.pictures')}: ${timeline.length} · ${translate(language, 'timeline.total')}: ${timeText(language, timeline.length > 0 ? totalMs : null)}`,
    entries,
  };
}
