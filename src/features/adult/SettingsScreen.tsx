import { useRef, useState } from 'react';
import { STABILISER_STRENGTHS } from '../../engine/input/stabiliser';
import { LANGUAGES, type Settings } from '../../engine/model/settings';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { translate, useT } from '../i18n/i18n';
import type { PageInfo } from '../colouring/pages';
import { PictureManager } from './PictureManager';
import { Switch } from './Switch';

export interface AdultActions {
  printAll: () => Promise<void>;
  printBlankPage: (pageId: string) => Promise<void>;
  exportArchive: () => Promise<string>;
  importArchive: (file: File) => Promise<string>;
}

interface SettingsScreenProps {
  settings: Settings;
  pages: PageInfo[];
  actions: AdultActions;
  onChange: (next: Settings) => void;
  onHome: () => void;
}

const LANGUAGE_NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

/** The adult area: everything applies at once and is saved. */
export function SettingsScreen({ settings, pages, actions, onChange, onHome }: SettingsScreenProps) {
  const t = useT();
  const set = (change: Partial<Settings>) => onChange({ ...settings, ...change });
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const visible = settings.visiblePages ?? pages.map((p) => p.id);
  const run = (work: () => Promise<string | void>) =>
    void work().then(
      (text) => {
        if (text) setMessage(text);
        setVersion((v) => v + 1);
      },
      (error: unknown) => setMessage(String(error)),
    );

  return (
    <main className="screen settings-screen" data-testid="settings" aria-label={t('settings.title')}>
      <div className="picker-screen__bar">
        <BigButton testId="home" label={t('actions.home')} onPress={onHome}>
          <Icon src={ICONS.house} size={44} />
        </BigButton>
        <h1 className="picker-screen__title">{t('settings.title')}</h1>
      </div>
      <div className="settings-screen__body">
        {message ? <p className="settings-message" role="status">{message}</p> : null}
        <section aria-labelledby="s-lang">
          <h2 id="s-lang">{t('settings.language')}</h2>
          <div className="settings-row">
            {LANGUAGES.map((lang) => (
              <button key={lang} type="button" lang={lang} className="settings-button" data-testid={`lang-${lang}`} aria-pressed={settings.language === lang} onClick={() => set({ language: lang })}>
                {LANGUAGE_NAMES[lang]}
              </button>
            ))}
          </div>
        </section>
        <section aria-labelledby="s-sound">
          <h2 id="s-sound">{t('settings.sound')}</h2>
          <Switch testId="sound-toggle" label={t('settings.soundOn')} checked={settings.soundOn} onChange={(on) => set({ soundOn: on })} />
          <label className="settings-row">
            {t('settings.volume')}
            <input type="range" min={0} max={1} step={0.1} value={settings.volume} data-testid="volume" onChange={(e) => set({ volume: Number(e.target.value) })} />
          </label>
        </section>
        <section aria-labelledby="s-draw">
          <h2 id="s-draw">{t('settings.drawing')}</h2>
          <Switch testId="stay-inside" label={t('settings.stayInside')} checked={settings.stayInside} onChange={(on) => set({ stayInside: on })} />
          <Switch testId="left-handed" label={t('settings.leftHanded')} checked={settings.leftHanded} onChange={(on) => set({ leftHanded: on })} />
          <div className="settings-row" role="group" aria-label={t('settings.stabiliser')}>
            <span>{t('settings.stabiliser')}</span>
            {STABILISER_STRENGTHS.map((s) => (
              <button key={s} type="button" className="settings-button" data-testid={`stabiliser-${s}`} aria-pressed={settings.stabiliser === s} onClick={() => set({ stabiliser: s })}>
                {t(`stabiliser.${s}`)}
              </button>
            ))}
          </div>
        </section>
        <section aria-labelledby="s-pages">
          <h2 id="s-pages">{t('settings.pages')}</h2>
          <label className="settings-row">
            {t('settings.eventTitle')}
            <input type="text" maxLength={80} data-testid="event-title" value={settings.eventTitle ?? translate(settings.language, 'print.eventTitle')} onChange={(e) => set({ eventTitle: e.target.value })} />
          </label>
          <ul className="settings-pages">
            {pages.map((page) => (
              <li key={page.id}>
                <Switch
                  testId={`theme-page-${page.id}`}
                  label={page.names[settings.language]}
                  checked={visible.includes(page.id)}
                  onChange={(on) => set({ visiblePages: on ? [...visible, page.id] : visible.filter((id) => id !== page.id) })}
                />
                <button type="button" className="settings-button" data-testid={`print-page-${page.id}`} aria-label={`${t('settings.printPage')}: ${page.names[settings.language]}`} onClick={() => run(() => actions.printBlankPage(page.id))}>
                  {t('settings.printPage')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="s-pictures">
          <h2 id="s-pictures">{t('settings.pictures')}</h2>
          <div className="settings-row">
            <button type="button" className="settings-button" data-testid="print-all" onClick={() => run(actions.printAll)}>
              {t('settings.printAll')}
            </button>
            <button type="button" className="settings-button" data-testid="export-zip" onClick={() => run(actions.exportArchive)}>
              {t('settings.exportZip')}
            </button>
            <button type="button" className="settings-button" data-testid="import-zip" onClick={() => fileInput.current?.click()}>
              {t('settings.importZip')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".zip,application/zip"
              hidden
              data-testid="import-zip-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) run(() => actions.importArchive(file));
              }}
            />
          </div>
          <PictureManager pageName={(id) => pages.find((p) => p.id === id)?.names[settings.language] ?? null} version={version} onChanged={() => setVersion((v) => v + 1)} />
        </section>
      </div>
    </main>
  );
}
