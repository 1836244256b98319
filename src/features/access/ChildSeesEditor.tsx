import { ALL_TOOLS, type ChildSees, PALETTE_SIZES, SIMPLE_TOOLS } from '../../engine/model/childSees';
import { SIZE_NAMES } from '../../engine/model/palette';
import { Switch } from '../../ui/Switch';
import { useT } from '../i18n/i18n';

/** The tools, how many colours, the sizes and the mirror a child sees: for guests (the device), or one child. */
export function ChildSeesEditor({ sees, onChange }: { sees: ChildSees; onChange: (next: ChildSees) => void }) {
  const t = useT();
  const set = (change: Partial<ChildSees>) => onChange({ ...sees, ...change });
  return (
    <>
      <button type="button" className="settings-button" data-testid="simple-preset" onClick={() => set({ tools: [...SIMPLE_TOOLS], paletteSize: 6, symmetry: false })}>
        {t('settings.simplePreset')}
      </button>
      <div className="settings-row">
        {ALL_TOOLS.map((tool) => (
          <Switch
            key={tool}
            testId={`visible-tool-${tool}`}
            label={t(`tools.${tool}`)}
            checked={sees.tools.includes(tool)}
            onChange={(on) => {
              const next = toggled(ALL_TOOLS, sees.tools, tool, on);
              if (next.length > 0) set({ tools: next });
            }}
          />
        ))}
        <Switch testId="visible-symmetry" label={t('symmetry.open')} checked={sees.symmetry} onChange={(on) => set({ symmetry: on })} />
      </div>
      <div className="settings-row" role="group" aria-label={t('settings.paletteSize')}>
        <span>{t('settings.paletteSize')}</span>
        {PALETTE_SIZES.map((n) => (
          <button key={n} type="button" className="settings-button" data-testid={`palette-${n}`} aria-pressed={sees.paletteSize === n} onClick={() => set({ paletteSize: n })}>
            {n}
          </button>
        ))}
      </div>
      <div className="settings-row">
        {SIZE_NAMES.map((name) => (
          <Switch
            key={name}
            testId={`visible-size-${name}`}
            label={t(`sizes.${name}`)}
            checked={sees.sizes.includes(name)}
            onChange={(on) => {
              const next = toggled(SIZE_NAMES, sees.sizes, name, on);
              if (next.length > 0) set({ sizes: next });
            }}
          />
        ))}
      </div>
    </>
  );
}

/** The chosen members after switching one on or off, kept in the order of the full list. */
function toggled<T>(all: readonly T[], chosen: readonly T[], item: T, on: boolean): T[] {
  return all.filter((x) => (x === item ? on : chosen.includes(x)));
}
