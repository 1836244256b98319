import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../engine/model/settings';
import { translate } from '../i18n/i18n';
import { problemMessage } from './importProblem';

describe('a picture that does not become a page', () => {
  it.each(LANGUAGES)('%s: too many details names the "fewer areas" button by its own label, and offers it', (language) => {
    const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
    for (const tracedAt of ['normal', 'more'] as const) {
      const message = problemMessage(t, 'noise', '900 pieces', tracedAt);
      expect(message.offersFewer).toBe(true);
      expect(message.text).toContain(t('pageImport.fewer'));
      expect(message.text).not.toMatch(/\{\w+\}/);
    }
  });

  it.each(LANGUAGES)('%s: already at the fewest areas, neither the button nor a sentence about it', (language) => {
    const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
    const message = problemMessage(t, 'noise', '900 pieces', 'fewer');
    expect(message.offersFewer).toBe(false);
    expect(message.text).not.toContain(t('pageImport.fewer'));
  });

  it('a huge photo gives its size in the language’s own unit; other problems offer no button', () => {
    expect(problemMessage((k) => translate('en', k), 'tooBig', '6000×5000', 'normal')).toEqual({ text: expect.stringContaining('(6000×5000, 30 MP)'), offersFewer: false });
    expect(problemMessage((k) => translate('ru', k), 'tooBig', '6000×5000', 'normal').text).toContain('(6000×5000, 30 Мп)');
    expect(problemMessage((k) => translate('kk', k), 'tooBig', '6000×5000', 'normal').text).toContain('(6000×5000, 30 мегапиксель)');
    for (const problem of ['notImage', 'empty', 'failed'] as const) expect(problemMessage((k) => translate('en', k), problem, '', 'normal').offersFewer).toBe(false);
  });
});
