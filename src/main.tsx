import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap, provisionalBoot } from './app/bootstrap';
import { preloadScreen } from './app/screens';
import { loadPageCatalogue } from './features/colouring/pages';
import { AppServicesProvider, createAppServices } from './features/services/appServices';
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
  // The home screen as this tablet last knew it draws at once; storage confirms it a moment later.
  const provisional = provisionalBoot();
  // The drawing screen's code (index.html asked for it already) runs while storage opens: the
  // main thread only waits then, and a child's first tap on "new picture" does not.
  preloadScreen('draw');
  // The home screen's colouring card shows the theme's first page: the list arrives alongside.
  void loadPageCatalogue().catch(() => {});
  // The services live as long as the page: made once here, handed down through one context.
  const services = createAppServices(document);
  createRoot(root).render(
    <StrictMode>
      <AppServicesProvider services={services}>
        <App booting={booting} provisional={provisional} />
      </AppServicesProvider>
    </StrictMode>,
  );
}
