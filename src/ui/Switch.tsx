/** A big on/off switch for adults (role switch, announced state). */
export function Switch({ testId, label, checked, onChange }: { testId: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <button type="button" role="switch" aria-checked={checked} data-testid={testId} className={`switch${checked ? ' switch--on' : ''}`} onClick={() => onChange(!checked)}>
      <span className="switch__track" aria-hidden="true">
        <span className="switch__knob" />
      </span>
      <span className="switch__label">{label}</span>
    </button>
  );
}
