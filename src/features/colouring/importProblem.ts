import type { TraceDetail } from '../../engine/trace/flatten';
import type { Translate } from '../i18n/i18n';
import type { ImportProblem } from './traceProtocol';

/** What the adult is told when a picture does not become a page, and whether "fewer areas" is offered with it. */
export interface ProblemMessage {
  text: string;
  /** The message points to the "fewer areas" button, so the button is shown with it. */
  offersFewer: boolean;
}

/**
 * Too many details can often be helped by tracing with fewer areas: the message then names the
 * button by its own label (never a copy that can drift from it), and the button comes with it.
 * Already at the fewest, neither the clause nor the button is offered.
 */
export function problemMessage(t: Translate, problem: ImportProblem, detail: string, tracedAt: TraceDetail): ProblemMessage {
  if (problem === 'noise') {
    return tracedAt === 'fewer' ? { text: t('pageImport.noiseFewest'), offersFewer: false } : { text: t('pageImport.noise').replace('{button}', t('pageImport.fewer')), offersFewer: true };
  }
  return { text: t(`pageImport.${problem}`).replace('{size}', sizeText(t, detail)), offersFewer: false };
}

/** "6000×5000" → "6000×5000, 30 MP" (in the language's own unit). */
function sizeText(t: Translate, detail: string): string {
  const match = /^(\d+)×(\d+)$/.exec(detail);
  if (!match) return detail;
  return `${detail}, ${t('pageImport.megapixels').replace('{n}', String(Math.round((Number(match[1]) * Number(match[2])) / 1e6)))}`;
}
