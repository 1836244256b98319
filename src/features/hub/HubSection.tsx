import { useEffect, useState } from 'react';
import type { Settings } from '../../engine/model/settings';
import { saveHubPairing } from '../../storage/outboxRepository';
import { Switch } from '../../ui/Switch';
import { useT } from '../i18n/i18n';
import { pairWithHub } from './hubClient';
import type { OutboxSender, OutboxStatus } from './outboxSender';

/** The code a QR scan brought with it (`?pair=…`), so the adult only confirms. */
function codeFromAddress(): string {
  return new URLSearchParams(location.search).get('pair')?.slice(0, 12) ?? '';
}

/**
 * The adult area's hub section: connect with the code on the hub's screen (a QR scan opens the
 * app with the code filled in), whether names travel, and "3 waiting / all sent".
 */
/** `sender` is null for the first moments after start (the outbox starts after the home screen): the controls are there at once, the status follows. */
export function HubSection({ sender, settings, onChange }: { sender: OutboxSender | null; settings: Settings; onChange: (next: Settings) => void }) {
  const t = useT();
  const [status, setStatus] = useState<OutboxStatus>({ paired: false, tabletId: null, lost: false, waiting: 0, sent: 0 });
  const [code, setCode] = useState(codeFromAddress);
  const [open, setOpen] = useState(() => codeFromAddress() !== '');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => sender?.subscribe(setStatus), [sender]);

  const pair = async () => {
    const result = await pairWithHub(code);
    if (!result.ok) return setMessage(t(result.problem === 'wrongCode' ? 'hub.wrongCode' : 'hub.noHub'));
    await saveHubPairing(result.pairing);
    setMessage(t('hub.paired'));
    setOpen(false);
    setCode('');
    void sender?.wake(true);
  };

  return (
    <section aria-labelledby="s-hub" data-testid="hub-section">
      <h2 id="s-hub">{t('hub.title')}</h2>
      <p>{t('hub.intro')}</p>
      {status.paired ? (
        <p className="settings-message" role="status" data-testid="hub-status" data-waiting={status.waiting} data-sent={status.sent}>
          {status.waiting === 0 ? t('hub.allSent').replace('{sent}', String(status.sent)) : t('hub.status').replace('{waiting}', String(status.waiting)).replace('{sent}', String(status.sent))}
          {status.tabletId ? <span data-testid="hub-tablet-name"> {t('hub.thisTablet').replace('{name}', status.tabletId.slice(0, 4).toUpperCase())}</span> : null}
        </p>
      ) : status.lost ? (
        // Unpaired on the laptop (or a new hub): the pictures wait here until the adult connects again.
        <p className="settings-message" role="status" data-testid="hub-disconnected" data-waiting={status.waiting}>
          {t('hub.notConnected').replace('{waiting}', String(status.waiting))}
        </p>
      ) : null}
      <button type="button" className="settings-button" data-testid="hub-pair" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('hub.pair')}
      </button>
      {open ? (
        <form
          className="settings-row"
          onSubmit={(e) => {
            e.preventDefault();
            void pair();
          }}
        >
          <label className="settings-row">
            {t('hub.code')}
            <input type="text" inputMode="text" autoCapitalize="characters" autoComplete="off" maxLength={12} data-testid="hub-code" value={code} onChange={(e) => setCode(e.target.value)} />
          </label>
          <button type="submit" className="settings-button settings-button--primary" data-testid="hub-pair-submit" disabled={code.trim() === ''}>
            {t('hub.pairSubmit')}
          </button>
        </form>
      ) : null}
      {message ? (
        <p className="settings-message" role="alert" data-testid="hub-message">
          {message}
        </p>
      ) : null}
      <Switch testId="hub-names" label={t('hub.names')} checked={settings.hubNames} onChange={(hubNames) => onChange({ ...settings, hubNames })} />
      <Switch testId="hub-timelapses" label={t('hub.timelapses')} checked={settings.hubTimelapses} onChange={(hubTimelapses) => onChange({ ...settings, hubTimelapses })} />
    </section>
  );
}
