import { type AccessProfile, BUTTON_SCALES, DWELL_MS, SCAN_MODES, SCAN_STEP_MS } from '../../engine/model/access';
import { Switch } from '../../ui/Switch';
import { useT } from '../i18n/i18n';

interface AccessProfileEditorProps {
  profile: AccessProfile;
  onChange: (next: AccessProfile) => void;
  /** '' inside a child's entry, 'default-' for the device default (DESIGN.md's test ids). */
  idPrefix: '' | 'default-';
}

const SCAN_LABELS = { off: 'access.scanOff', one: 'access.scanOne', two: 'access.scanTwo' } as const;

/** Switch scanning, dwell, tap-to-start and button size: for one child, or the device default. */
export function AccessProfileEditor({ profile, onChange, idPrefix }: AccessProfileEditorProps) {
  const t = useT();
  const set = (change: Partial<AccessProfile>) => onChange({ ...profile, ...change });
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <div className="access-editor">
      <div className="settings-row" role="group" aria-label={t('access.scan')}>
        <span>{t('access.scan')}</span>
        {SCAN_MODES.map((mode) => (
          <button key={mode} type="button" className="settings-button" data-testid={id(`scan-${mode}`)} aria-pressed={profile.scan === mode} onClick={() => set({ scan: mode })}>
            {t(SCAN_LABELS[mode])}
          </button>
        ))}
      </div>
      <label className="settings-row">
        {t('access.scanSpeed')}
        <input
          type="range"
          min={SCAN_STEP_MS.min / 1000}
          max={SCAN_STEP_MS.max / 1000}
          step={0.1}
          value={profile.scanStepMs / 1000}
          data-testid={id('scan-speed')}
          onChange={(e) => set({ scanStepMs: Math.round(Number(e.target.value) * 1000) })}
        />
        <span className="settings-value">{(profile.scanStepMs / 1000).toFixed(1)}</span>
      </label>
      <Switch testId={id('scan-tick')} label={t('access.scanTick')} checked={profile.scanTick} onChange={(on) => set({ scanTick: on })} />
      <div className="settings-row" role="group" aria-label={t('access.dwell')}>
        <span>{t('access.dwell')}</span>
        <button type="button" className="settings-button" data-testid={id('dwell-off')} aria-pressed={!profile.dwell} onClick={() => set({ dwell: false })}>
          {t('access.dwellOff')}
        </button>
        <button type="button" className="settings-button" data-testid={id('dwell-on')} aria-pressed={profile.dwell} onClick={() => set({ dwell: true })}>
          {t('access.dwellOn')}
        </button>
      </div>
      <label className="settings-row">
        {t('access.dwellTime')}
        <input
          type="range"
          min={DWELL_MS.min / 1000}
          max={DWELL_MS.max / 1000}
          step={0.1}
          value={profile.dwellMs / 1000}
          data-testid={id('dwell-time')}
          onChange={(e) => set({ dwellMs: Math.round(Number(e.target.value) * 1000) })}
        />
        <span className="settings-value">{(profile.dwellMs / 1000).toFixed(1)}</span>
      </label>
      <Switch testId={id('draw-tap-tap')} label={t('access.tapToStart')} checked={profile.tapToStart} onChange={(on) => set({ tapToStart: on })} />
      <div className="settings-row" role="group" aria-label={t('access.buttons')}>
        <span>{t('access.buttons')}</span>
        {BUTTON_SCALES.map((scale) => (
          <button key={scale} type="button" className="settings-button" data-testid={id(`buttons-${scale}`)} aria-pressed={profile.buttonScale === scale} onClick={() => set({ buttonScale: scale })}>
            {scale} %
          </button>
        ))}
      </div>
    </div>
  );
}
