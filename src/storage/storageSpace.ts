/** From this share of the browser's quota on, the adult is asked to make room. */
export const NEARLY_FULL_SHARE = 0.8;

export interface SpaceEstimate {
  usage?: number;
  quota?: number;
}

/** True when the figures are real and usage has reached the share; unknown figures never warn. */
export function isNearlyFull({ usage, quota }: SpaceEstimate, share = NEARLY_FULL_SHARE): boolean {
  if (typeof usage !== 'number' || typeof quota !== 'number' || !Number.isFinite(usage) || !Number.isFinite(quota) || quota <= 0) return false;
  return usage / quota >= share;
}

/** Asks the browser how full its storage for this app is; false where it cannot tell. */
export async function storageNearlyFull(estimate: () => Promise<SpaceEstimate> = () => navigator.storage.estimate()): Promise<boolean> {
  try {
    return isNearlyFull(await estimate());
  } catch {
    return false;
  }
}
