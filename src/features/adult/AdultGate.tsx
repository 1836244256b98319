import { useEffect, useRef, useState } from 'react';
import { BigButton } from '../../ui/BigButton';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { useT } from '../i18n/i18n';
import { isRightAnswer, newGateQuestion } from './gateQuestion';

/** After a wrong answer the keypad rests this long, then a new question comes. */
const WRONG_PAUSE_MS = 1500;

/** A sum or a product to answer on a big keypad: adults pass in seconds, small children do not. */
export function AdultGate({ onPass, onCancel }: { onPass: () => void; onCancel: () => void }) {
  const t = useT();
  const [question, setQuestion] = useState(() => newGateQuestion());
  const [typed, setTyped] = useState('');
  const [resting, setResting] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const press = (digit: number) => !resting && setTyped((v) => (v.length < 3 ? v + digit : v));
  const submit = () => {
    if (resting || typed === '') return;
    if (isRightAnswer(question, typed)) return onPass();
    setResting(true);
    timer.current = setTimeout(() => {
      setQuestion(newGateQuestion());
      setTyped('');
      setResting(false);
    }, WRONG_PAUSE_MS);
  };

  return (
    <main className="screen gate-screen" aria-label={t('gate.title')}>
      <ScreenHeader title={t('gate.title')} homeLabel={t('actions.home')} onHome={onCancel} />
      <div className="gate-screen__body">
        <p className="gate-screen__question" data-testid="gate-question" aria-live="polite">
          {question.a} {question.op} {question.b} = ?
        </p>
        <output className="gate-screen__answer" data-testid="gate-answer" aria-label={t('gate.answer')}>
          {resting ? t('gate.wrong') : typed || '\u00a0'}
        </output>
        <div className="gate-screen__keys" role="group" aria-label={t('gate.keypad')}>
          {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => (
            <BigButton key={d} testId={`gate-key-${d}`} label={String(d)} variant="key" onPress={() => press(d)} disabled={resting}>
              {d}
            </BigButton>
          ))}
          <BigButton testId="gate-key-back" label={t('gate.erase')} variant="key" onPress={() => setTyped((v) => v.slice(0, -1))} disabled={resting}>
            ⌫
          </BigButton>
          <BigButton testId="gate-key-0" label="0" variant="key" onPress={() => press(0)} disabled={resting}>
            0
          </BigButton>
          <BigButton testId="gate-submit" label={t('gate.submit')} variant="key" onPress={submit} disabled={resting}>
            <Icon src={ICONS.checkMark} size={44} />
          </BigButton>
        </div>
      </div>
    </main>
  );
}
