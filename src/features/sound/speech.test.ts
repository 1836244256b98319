import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setSpokenLabels, speakLabel } from './speech';

/** The device's voices, as a browser offers them: what was spoken, in which voice. */
const spoken: { text: string; lang: string }[] = [];
beforeEach(() => {
  spoken.length = 0;
  Object.assign(globalThis, {
    SpeechSynthesisUtterance: class {
      voice: { lang: string } | null = null;
      lang = '';
      rate = 1;
      constructor(readonly text: string) {}
    },
    speechSynthesis: {
      getVoices: () => [{ lang: 'ru-RU' }, { lang: 'en-GB' }],
      cancel: () => {},
      speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }),
    },
  });
});
afterEach(() => {
  delete (globalThis as { speechSynthesis?: unknown }).speechSynthesis;
});

describe('spoken names', () => {
  it('labels speak only with spoken labels on; a feelings face speaks whenever the sound is on', () => {
    setSpokenLabels(false, 'ru', true);
    speakLabel('Красный');
    speakLabel('Радость', { always: true });
    expect(spoken).toEqual([{ text: 'Радость', lang: 'ru-RU' }]);
    setSpokenLabels(true, 'ru', true);
    speakLabel('Красный');
    expect(spoken.map((s) => s.text)).toEqual(['Радость', 'Красный']);
  });

  it('the sound off silences even the faces', () => {
    setSpokenLabels(true, 'en', false);
    speakLabel('Happy', { always: true });
    expect(spoken).toEqual([]);
  });

  it('stays silent rather than use a voice of another language', () => {
    setSpokenLabels(true, 'kk', true);
    speakLabel('Қуанышты', { always: true });
    expect(spoken).toEqual([]);
  });
});
