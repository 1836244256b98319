import type { Page } from '@playwright/test';

/** Which control (its test id) or group (`group:<name>`) the switch-scanning highlight is on. */
export function scanFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-scan-focus="true"]');
    return el ? (el.dataset.testid ?? `group:${el.dataset.scanGroup ?? el.className}`) : null;
  });
}
