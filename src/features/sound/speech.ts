import type { Language } from '../../engine/model/settings';

/**
 * Spoken labels: tool, colour, stamp and page names read aloud with the device's own voices,
 * only when a voice for the language exists (silent otherwise, never a wrong-language voice).
 */
let enabled = false;
let soundOn = true;
let language: Language = 'en';

export function setSpokenLabels(on: boolean, lang: Language, sound = true): void {
  enabled = on;
  language = lang;
  soundOn = sound;
}

/**
 * `always`: a name the child needs to hear even without spoken labels (the feelings faces, for a
 * child who does not read); still silent when the adult turned the sound off.
 */
export function speakLabel(text: string, { always = false }: { always?: boolean } = {}): void {
  if (!(always ? soundOn : enabled) || typeof speechSynthesis === 'undefined') return;
  const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(language));
  if (!voice) return;
  try {
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    speechSynthesis.speak(utterance);
  } catch {
    // No speech on this device: stay silent.
  }
}
