import { createContext, type ReactNode, useContext } from 'react';
import { ChoiceTargets } from '../access/choiceTargets';
import { ScreenScanner } from '../access/screenScanner';
import { SwitchControl } from '../access/switchControl';

/**
 * The app's long-lived services: made once at boot (main.tsx) and handed to the screens through
 * one context, instead of module-level state. A new service (open-picture locks, sound and
 * speech, the print cool-down) is one more field here and one more line in createAppServices.
 */
export interface AppServices {
  /** The switches (keys), and who gets their presses. */
  switches: SwitchControl;
  /** Switch scanning of the screen's controls. */
  screenScanner: ScreenScanner;
  /** What choosing a control that is not a button (the picture) does, by switch or by dwell. */
  choiceTargets: ChoiceTargets;
}

export function createAppServices(doc: Document): AppServices {
  const choiceTargets = new ChoiceTargets();
  return { switches: new SwitchControl(), screenScanner: new ScreenScanner(doc, choiceTargets), choiceTargets };
}

const AppServicesContext = createContext<AppServices | null>(null);

export function AppServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <AppServicesContext.Provider value={services}>{children}</AppServicesContext.Provider>;
}

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices needs an AppServicesProvider above it (main.tsx makes the services at boot)');
  return services;
}
