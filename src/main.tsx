import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { installKidProofShell } from './features/shell/kidProofShell';
import { prepareSoundOnFirstTouch } from './features/sound/sound';
import './ui/styles.css';

const root = document.getElementById('root');
// public/support-check.js found this browser too old: its plain page shows instead of the app.
const supported = !document.documentElement.classList.contains('unsupported');

if (root && supported) {
  installKidProofShell();
  // The first touch loads the sounds and unlocks audio (iOS needs a gesture).
  prepareSoundOnFirstTouch();
  // Storage starts opening now, while React sets up.
  const booting = bootstrap();
  createRoot(root).render(
    <StrictMode>
      <App booting={booting} />
    </StrictMode>,
  );
}
