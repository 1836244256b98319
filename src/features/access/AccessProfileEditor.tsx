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
      <SecondsSlider label={t('access.scanSpeed')} testId={id('scan-speed')} range={SCAN_STEP_MS} ms={profile.scanStepMs} onChange={(scanStepMs) => set({ scanStepMs })} />
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
      <SecondsSlider label={t('access.dwellTime')} testId={id('dwell-time')} range={DWELL_MS} ms={profile.dwellMs} onChange={(dwellMs) => set({ dwellMs })} />
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

/** A time in milliseconds, set in tenths of a second, its value shown beside it. */
function SecondsSlider({ label, testId, range, ms, onChange }: { label: string; testId: string; range: { min: number; max: number }; ms: number; onChange: (ms: number) => void }) {
  return (
    <label className="settings-row">
      {label}
      <input type="range" min={range.min / 1000} max={range.max / 1000} step={0.1} value={ms / 1000} data-testid={testId} onChange={(e) => onChange(Math.round(Number(e.target.value) * 1000))} />
      <span className="settings-value">{(ms / 1000).toFixed(1)}</span>
    </label>
  );
}
