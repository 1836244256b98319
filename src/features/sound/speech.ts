import type { Language } from '../../engine/model/settings';

/**
 * Spoken labels: tool, colour, stamp and page names read aloud with the device's own voices,
 * only when a voice for the language exists (silent otherwise, never a wrong-language voice).
 */
let enabled = false;
let language: Language = 'en';

export function setSpokenLabels(on: boolean, lang: Language): void {
  enabled = on;
  language = lang;
}

export function speakLabel(text: string): void {
  if (!enabled || typeof speechSynthesis === 'undefined') return;
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
