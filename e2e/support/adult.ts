import type { Page } from '@playwright/test';

/** Reads the question and answers it on the keypad, like an adult would. */
export async function passGate(page: Page, right = true) {
  await page.getByTestId('adult-gate').tap();
  const question = await page.getByTestId('gate-question').textContent();
  const m = /(\d+)\s*([+×])\s*(\d+)/.exec(question ?? '');
  if (!m) throw new Error(`no question: ${question}`);
  const answer = m[2] === '+' ? Number(m[1]) + Number(m[3]) : Number(m[1]) * Number(m[3]);
  for (const digit of String(right ? answer : answer + 1)) await page.getByTestId(`gate-key-${digit}`).tap();
  await page.getByTestId('gate-submit').tap();
  if (right) await page.getByTestId('settings').waitFor();
}


/** From a child's screen: home, the adult gate, the given controls in the adult area, home again. */
export async function changeAsAdult(page: Page, ...testIds: string[]) {
  await page.getByTestId('home').tap();
  await passGate(page);
  for (const id of testIds) await page.getByTestId(id).click();
  await page.getByTestId('home').tap();
}
