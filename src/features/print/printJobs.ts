/** One printed sheet: the picture with its caption, or the keepsake certificate framing it. */
export interface PrintJob {
  key: string;
  variant: 'sheet' | 'certificate';
  imageUrl: string;
  eventTitle: string;
  profession: string | null;
  childName: string | null;
  date: string;
}

/** A child pressing print ten times gets one sheet: further presses wait this long. */
export const PRINT_COOLDOWN_MS = 15_000;

let lastPrintAt = -Infinity;

/** True (and starts the cool-down) when a print may start now. */
export function claimPrintSlot(now = Date.now()): boolean {
  if (now - lastPrintAt < PRINT_COOLDOWN_MS) return false;
  lastPrintAt = now;
  return true;
}
