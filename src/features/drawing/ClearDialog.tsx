import { useEffect, useRef } from 'react';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { useT } from '../i18n/i18n';

/** A picture question (the bin) answered with a big tick (yes) or a big cross (no). */
export function ClearDialog({ onYes, onNo }: { onYes: () => void; onNo: () => void }) {
  const t = useT();
  const noRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Safe choice first for keyboards and switches.
    noRef.current?.querySelector('button')?.focus();
  }, []);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-label={t('clear.question')}>
        <Icon src={ICONS.wastebasket} size={96} />
        <div className="dialog__choices">
          <div ref={noRef}>
            <BigButton testId="clear-no" label={t('clear.no')} variant="confirm" onPress={onNo}>
              <Icon src={ICONS.crossMark} size={72} />
            </BigButton>
          </div>
          <BigButton testId="clear-yes" label={t('clear.yes')} variant="confirm" onPress={onYes}>
            <Icon src={ICONS.checkMark} size={72} />
          </BigButton>
        </div>
      </div>
    </div>
  );
}
