// Switch presses counted as a child makes them: real Space and Enter key presses in the browser,
// reading where the scan highlight (`data-scan-focus`) is after each. Shared by the e2e tests
// (e2e/access.spec.ts) and the bench (e2e/bench/access.mjs).

/** Presses closer than 150 ms are one (a bouncing switch): each press waits past that. */
const PRESS_GAP_MS = 170;

/**
 * In the page: where the highlight is: the control's test id (`id`), and the test ids of the
 * controls inside a highlighted group or part (`members`: those marked `data-scan-in`, or, where
 * nothing is marked, the controls inside the highlighted element); null when nothing is.
 */
function focusInPage() {
  const el = document.querySelector('[data-scan-focus="true"]');
  if (!el) return null;
  const ids = (els) => [...els].map((e) => e.dataset.testid).filter((id) => id !== undefined);
  const marked = document.querySelectorAll('[data-scan-in="true"]');
  const members = marked.length > 0 ? ids(marked) : ids(el.querySelectorAll('button:not(:disabled), [data-scan-item]'));
  return { id: el.dataset.testid ?? null, members };
}

/** Where the highlight is (see focusInPage). */
export function readScanFocus(page) {
  return page.evaluate(`(${focusInPage})()`);
}

/** 'target' when the highlight is on `target` (or a group of it alone), 'group' when on a group holding it, else null. */
function matchOf(focus, target) {
  if (!focus) return null;
  if (focus.id === target || (focus.members.length === 1 && focus.members[0] === target)) return 'target';
  return focus.members.includes(target) ? 'group' : null;
}

/** One press of switch 1 (Space) or switch 2 (Enter). */
export async function pressSwitch(page, key) {
  await page.keyboard.press(key === ' ' ? 'Space' : key);
  await page.waitForTimeout(PRESS_GAP_MS);
}

/**
 * Two switches: Space steps until `target` or a group holding it is highlighted, Enter goes in
 * or chooses. Returns the presses it took, the Enter that chooses included. With `choose: false`
 * that last Enter is counted but not pressed (the control would leave the screen); the highlight
 * is then left on the target.
 */
export async function scanTo(page, target, { choose = true, limit = 80 } = {}) {
  for (let presses = 0; presses < limit; presses++) {
    const focus = await readScanFocus(page);
    const match = matchOf(focus, target);
    if (match === 'target') {
      if (choose) await pressSwitch(page, 'Enter');
      return presses + 1;
    }
    // On the picture's crosshair, "back to the buttons" is the way to any other control.
    const way = match === 'group' || (focus?.id === 'scan-leave' && target !== 'scan-lift');
    await pressSwitch(page, way ? 'Enter' : ' ');
  }
  throw new Error(`${target}: more than ${limit} presses (the highlight is on ${JSON.stringify(await readScanFocus(page))})`);
}

/** The controls a child can choose on the drawing screen now, by test id, in page order. */
export function drawingControls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.draw-screen [data-scan-group] button:not(:disabled), .draw-screen [data-scan-item]')].map((el) => el.dataset.testid).filter((id) => id !== undefined),
  );
}

/** Controls whose choice stays on the drawing screen and changes nothing but the choice itself. */
export const harmless = (id) => /^(tool|color|size)-/.test(id) && id !== 'tool-stamp';

/**
 * Presses to every control of the drawing screen, from where the highlight rests when the
 * screen opens (`fromStart`) and from the picture's crosshair just started (`fromCrosshair`).
 * A control whose choice changes nothing but the choice is chosen, and the next count starts
 * where that left the highlight; one that would leave the screen or open a tray is reached but
 * not chosen, and `openDrawing` opens the screen afresh for the next. Past `limit` presses for
 * one control it stops with an error naming the control.
 */
export async function pressesToEveryControl(page, openDrawing, { limit = 80 } = {}) {
  await openDrawing();
  const controls = await drawingControls(page);
  const fromStart = {};
  const fromCrosshair = {};
  let fresh = true;
  for (const id of controls) {
    if (!fresh) await openDrawing();
    fromStart[id] = await scanTo(page, id, { choose: harmless(id), limit });
    fresh = harmless(id);
  }
  for (const id of controls.filter((c) => c !== 'canvas')) {
    if (!fresh) await openDrawing();
    await scanTo(page, 'canvas');
    await page.getByTestId('scan-leave').or(page.locator('[data-testid="scan-cursor"][data-phase="row"]')).first().waitFor();
    fromCrosshair[id] = await scanTo(page, id, { choose: harmless(id), limit }).catch((error) => {
      throw new Error(`from the crosshair, ${error.message}`);
    });
    fresh = harmless(id);
  }
  return { controls, fromStart, fromCrosshair };
}

/**
 * One switch: waits, pressing nothing, until the highlight moves onto `target` or a group holding
 * it, and presses at once (the highlight stays there a whole step); again inside, until the target
 * itself is chosen.
 */
export async function waitAndChoose(page, target, { timeout = 30_000 } = {}) {
  const until = Date.now() + timeout;
  // Right after a press the highlight has just moved: where it is now may be chosen too.
  for (let pressed = false; Date.now() < until; pressed = true) {
    const match = await page.evaluate(
      `new Promise((resolve) => {
        const focusInPage = ${focusInPage};
        const matchOf = ${matchOf};
        const now = matchOf(focusInPage(), ${JSON.stringify(target)});
        if (${pressed} && now) return resolve(now);
        const observer = new MutationObserver(() => {
          const match = matchOf(focusInPage(), ${JSON.stringify(target)});
          if (match) {
            observer.disconnect();
            resolve(match);
          }
        });
        observer.observe(document.body, { attributes: true, subtree: true, childList: true, attributeFilter: ['data-scan-focus', 'data-scan-in'] });
        setTimeout(() => resolve(null), ${Math.max(0, until - Date.now())});
      })`,
    );
    if (!match) break;
    await pressSwitch(page, ' ');
    if (match === 'target') return;
  }
  throw new Error(`${target} never chosen (highlight on ${JSON.stringify(await readScanFocus(page))})`);
}

/** Median and largest of a list of counts. */
export function medianAndMax(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, max: sorted[sorted.length - 1] };
}
