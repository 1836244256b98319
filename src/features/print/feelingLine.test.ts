import { describe, expect, it } from 'vitest';
import { FEELINGS } from '../../engine/model/reflections';
import { LANGUAGES } from '../../engine/model/settings';
import { feelingLine } from './feelingLine';

describe("the take-home sheet's feeling", () => {
  it('is written in lower case after the colon, as kk, ru and en write it', () => {
    expect(feelingLine('ru', 'happy')).toBe('Сегодня я чувствую: радость');
    expect(feelingLine('kk', 'happy')).toBe('Бүгін мен өзімді былай сезіндім: қуанышты');
    expect(feelingLine('en', 'happy')).toBe('Today I felt: happy');
  });

  it.each(LANGUAGES)('%s: no feeling starts with a capital after the colon', (language) => {
    for (const feeling of FEELINGS) expect(feelingLine(language, feeling)).toMatch(/: \p{Ll}/u);
  });
});
