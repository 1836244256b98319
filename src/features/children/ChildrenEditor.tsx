import { useState } from 'react';
import type { AccessProfile } from '../../engine/model/access';
import type { ChildSees } from '../../engine/model/childSees';
import { AVATARS, type Child, cleanName, MAX_CHILDREN } from '../../engine/model/children';
import { PALETTE } from '../../engine/model/palette';
import { Switch } from '../../ui/Switch';
import { AccessProfileEditor } from '../access/AccessProfileEditor';
import { ChildSeesEditor } from '../access/ChildSeesEditor';
import { useT } from '../i18n/i18n';
import { ChildBadge } from './ChildBadge';

/** Adults add, rename and remove children (a first name, an avatar, a colour) and set how each draws. */
export function ChildrenEditor({ childList, defaultAccess, deviceSees, onChange }: { childList: Child[]; defaultAccess: AccessProfile; deviceSees: ChildSees; onChange: (next: Child[]) => void }) {
  const t = useT();
  const [newName, setNewName] = useState('');
  const [openAccess, setOpenAccess] = useState<string | null>(null);
  const update = (id: string, change: Partial<Child>) => onChange(childList.map((c) => (c.id === id ? { ...c, ...change } : c)));
  const next = <T,>(list: readonly T[], current: T) => list[(list.indexOf(current) + 1) % list.length] as T;
  const add = () => {
    const name = cleanName(newName);
    if (!name || childList.length >= MAX_CHILDREN) return;
    const id = `child-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
    const avatar = AVATARS[childList.length % AVATARS.length] ?? 'cat';
    const color = PALETTE[(childList.length * 5) % PALETTE.length]?.name ?? 'blue';
    onChange([...childList, { id, name, avatar, color, access: null }]);
    setNewName('');
  };
  return (
    <div className="children-editor">
      <ul className="settings-list">
        {childList.map((child) => (
          <li key={child.id} data-testid={`child-${child.id}`}>
            <button type="button" className="settings-button" data-testid={`child-avatar-${child.id}`} aria-label={`${t('children.avatar')}: ${child.name}`} onClick={() => update(child.id, { avatar: next(AVATARS, child.avatar) })}>
              <ChildBadge child={child} size={44} />
            </button>
            <button
              type="button"
              className="settings-button"
              data-testid={`child-color-${child.id}`}
              aria-label={`${t('children.colour')}: ${child.name}`}
              onClick={() => update(child.id, { color: next(PALETTE.map((p) => p.name), child.color) })}
            >
              {t(`colors.${child.color}`)}
            </button>
            <NameField name={child.name} testId={`child-name-${child.id}`} label={t('children.rename')} onRename={(name) => update(child.id, { name })} />
            <button
              type="button"
              className="settings-button"
              data-testid={`child-access-${child.id}`}
              aria-expanded={openAccess === child.id}
              aria-label={`${t('access.open')}: ${child.name}`}
              onClick={() => setOpenAccess(openAccess === child.id ? null : child.id)}
            >
              {t('access.open')}
            </button>
            <button type="button" className="settings-button" data-testid={`child-remove-${child.id}`} onClick={() => onChange(childList.filter((c) => c.id !== child.id))}>
              {t('children.remove')}
            </button>
            {openAccess === child.id ? (
              <section className="access-panel" data-testid={`child-access-panel-${child.id}`} aria-label={`${t('access.title')}: ${child.name}`}>
                <h3>
                  {t('access.title')}: {child.name}
                </h3>
                <p className="access-panel__state">
                  {child.access ? (
                    <button type="button" className="settings-button" data-testid={`child-access-default-${child.id}`} onClick={() => update(child.id, { access: null })}>
                      {t('access.useDefault')}
                    </button>
                  ) : (
                    t('access.usesDefault')
                  )}
                </p>
                {/* A child on the device default starts from it; the first change gives the child their own profile. */}
                <AccessProfileEditor idPrefix="" profile={child.access ?? defaultAccess} onChange={(access) => update(child.id, { access })} />
                <Switch
                  testId="child-sees-own"
                  label={t('access.seesOwn')}
                  checked={child.access?.sees != null}
                  onChange={(on) => update(child.id, { access: { ...(child.access ?? defaultAccess), sees: on ? (child.access?.sees ?? deviceSees) : null } })}
                />
                {child.access?.sees ? <ChildSeesEditor sees={child.access.sees} onChange={(sees) => update(child.id, { access: { ...(child.access ?? defaultAccess), sees } })} /> : null}
              </section>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="settings-row">
        <input type="text" maxLength={30} value={newName} data-testid="child-new-name" aria-label={t('children.newName')} placeholder={t('children.newName')} onChange={(e) => setNewName(e.target.value)} />
        <button type="button" className="settings-button" data-testid="child-add" onClick={add}>
          {t('children.add')}
        </button>
      </div>
    </div>
  );
}

/**
 * The field keeps what the adult types (spaces included, "Sara Lee" key by key); the cleaned name
 * is saved as they type and shown cleaned once they leave the field. An empty field changes nothing.
 */
function NameField({ name, testId, label, onRename }: { name: string; testId: string; label: string; onRename: (name: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      type="text"
      maxLength={30}
      value={draft ?? name}
      data-testid={testId}
      aria-label={label}
      onChange={(e) => {
        setDraft(e.target.value);
        const cleaned = cleanName(e.target.value);
        if (cleaned && cleaned !== name) onRename(cleaned);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
