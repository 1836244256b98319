/**
 * iPad and iPhone, also when iPadOS asks for desktop pages (it then says "Macintosh" but has a
 * touch screen: no Mac has one).
 */
export function isAppleMobile(nav: Pick<Navigator, 'userAgent' | 'platform' | 'maxTouchPoints'> = navigator): boolean {
  return /iPad|iPhone|iPod/.test(nav.userAgent) || (/Mac/.test(nav.platform) && nav.maxTouchPoints > 1);
}

/** Opened from the Home Screen (its own storage, never cleared after 7 days) rather than a tab. */
export function isStandalone(win: Window = window): boolean {
  const appleStandalone = (win.navigator as Navigator & { standalone?: boolean }).standalone === true;
  return appleStandalone || Boolean(win.matchMedia?.('(display-mode: standalone), (display-mode: fullscreen)').matches);
}

/** An iPad in a Safari tab: its storage goes after 7 days without a visit, pictures included. */
export function needsHomeScreenInstall(win: Window = window): boolean {
  return isAppleMobile(win.navigator) && !isStandalone(win);
}
