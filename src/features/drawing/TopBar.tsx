import { SIZE_NAMES, SIZES, type SizeName } from '../../engine/model/palette';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { useT } from '../i18n/i18n';

interface TopBarProps {
  size: SizeName;
  sizes: readonly SizeName[];
  colorHex: string;
  canUndo: boolean;
  canRedo: boolean;
  onSize: (size: SizeName) => void;
  onHome: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onClear: () => void;
  onDone: () => void;
}

export function TopBar(props: TopBarProps) {
  const t = useT();
  return (
    <div className="top-bar" role="toolbar" aria-label={t('actions.group')}>
      <BigButton testId="home" label={t('actions.home')} onPress={props.onHome}>
        <Icon src={ICONS.house} size={44} />
      </BigButton>
      <span className="top-bar__gap" />
      <BigButton testId="undo" label={t('actions.undo')} onPress={props.onUndo} disabled={!props.canUndo}>
        <Icon src={ICONS.undo} size={44} />
      </BigButton>
      <BigButton testId="redo" label={t('actions.redo')} onPress={props.onRedo} disabled={!props.canRedo}>
        <Icon src={ICONS.redo} size={44} />
      </BigButton>
      <span className="top-bar__gap" />
      <div className="size-group" role="group" aria-label={t('sizes.group')}>
        {SIZE_NAMES.filter((name) => props.sizes.includes(name)).map((name) => (
          <BigButton key={name} testId={`size-${name}`} label={t(`sizes.${name}`)} variant="size" pressed={props.size === name} onPress={() => props.onSize(name)}>
            <span className="size-dot" aria-hidden="true" style={{ width: dotPx(name), height: dotPx(name), background: props.colorHex }} />
          </BigButton>
        ))}
      </div>
      <span className="top-bar__gap" />
      <BigButton testId="clear" label={t('actions.clear')} onPress={props.onClear}>
        <Icon src={ICONS.wastebasket} size={44} />
      </BigButton>
      <BigButton testId="done" label={t('actions.done')} variant="card" className="done-button" onPress={props.onDone}>
        <Icon src={ICONS.checkMark} size={52} />
      </BigButton>
    </div>
  );
}

/** On-button dot sizes track the real brush sizes (small < medium < large). */
function dotPx(name: SizeName): number {
  return Math.round(8 + (SIZES[name] / SIZES.large) * 36);
}
