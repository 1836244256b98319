import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installKidProofShell } from './features/shell/kidProofShell';
import { prepareSoundOnFirstTouch } from './features/sound/sound';
import './ui/styles.css';

installKidProofShell();
// The first touch loads the sounds and unlocks audio (iOS needs a gesture).
prepareSoundOnFirstTouch();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
