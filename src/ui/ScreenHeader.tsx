import { BigButton } from './BigButton';
import { Icon } from './Icon';
import { ICONS } from './icons';

/** The top of every secondary screen: the big home button and the screen's title. */
export function ScreenHeader({ title, homeLabel, onHome }: { title: string; homeLabel: string; onHome: () => void }) {
  return (
    <div className="picker-screen__bar">
      <BigButton testId="home" label={homeLabel} onPress={onHome}>
        <Icon src={ICONS.house} size={44} />
      </BigButton>
      <h1 className="picker-screen__title">{title}</h1>
    </div>
  );
}
