import { describe, expect, it } from 'vitest';
import { isRightAnswer, newGateQuestion } from './gateQuestion';

describe('gate questions', () => {
  it('are two whole numbers with + or ×, with the right answer', () => {
    for (let i = 0; i < 500; i++) {
      const q = newGateQuestion();
      expect(Number.isInteger(q.a) && Number.isInteger(q.b)).toBe(true);
      expect(q.answer).toBe(q.op === '+' ? q.a + q.b : q.a * q.b);
      expect(q.answer).toBeGreaterThanOrEqual(12);
    }
  });

  it('change from one time to the next', () => {
    const seen = new Set(Array.from({ length: 50 }, () => JSON.stringify(newGateQuestion())));
    expect(seen.size).toBeGreaterThan(30);
  });

  it('accepts only the exact answer', () => {
    const q = { a: 12, b: 30, op: '+' as const, answer: 42 };
    expect(isRightAnswer(q, '42')).toBe(true);
    for (const wrong of ['', '4', '420', '41', '042x', '-42']) expect(isRightAnswer(q, wrong)).toBe(false);
  });
});
