/**
 * The adult gate's question: two whole numbers with + or ×, new each time, easy for an adult in
 * seconds and out of reach for a young child (two-digit sums, or a times table).
 */
export interface GateQuestion {
  a: number;
  b: number;
  op: '+' | '×';
  answer: number;
}

export function newGateQuestion(random: () => number = secureRandom): GateQuestion {
  const pick = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  if (random() < 0.5) {
    const a = pick(12, 49);
    const b = pick(11, 39);
    return { a, b, op: '+', answer: a + b };
  }
  const a = pick(3, 9);
  const b = pick(4, 9);
  return { a, b, op: '×', answer: a * b };
}

export function isRightAnswer(question: GateQuestion, typed: string): boolean {
  return /^\d{1,3}$/.test(typed) && Number(typed) === question.answer;
}

function secureRandom(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return (buf[0] ?? 0) / 4294967296;
}
