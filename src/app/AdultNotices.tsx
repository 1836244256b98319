import { useState } from 'react';
import { BackupNudge } from '../features/adult/BackupNudge';
import { needsHomeScreenInstall } from '../features/pwa/platform';
import { InstallNotice } from '../features/pwa/InstallNotice';

/** This run of the app: pictures changed before it belong to an earlier session. */
const STARTED_AT = Date.now();
/** Closed notes stay closed until the next start (the risk they name does not go away). */
const closed = new Set<string>();

/** Quiet notes for the adult on the home screen, one at a time; none of them blocks a child. */
export function AdultNotices({ keptOnDevice }: { keptOnDevice: boolean }) {
  const [, rerender] = useState(0);
  const close = (id: string) => {
    closed.add(id);
    rerender((n) => n + 1);
  };
  const install = keptOnDevice && needsHomeScreenInstall() && !closed.has('install');
  // One note at a time, so the child's cards always keep their room.
  const backup = keptOnDevice && !install && !closed.has('backup');
  if (!install && !backup) return null;
  return (
    <div className="adult-notes">
      {install ? <InstallNotice onClose={() => close('install')} /> : null}
      {backup ? <BackupNudge startedAt={STARTED_AT} onClose={() => close('backup')} /> : null}
    </div>
  );
}
