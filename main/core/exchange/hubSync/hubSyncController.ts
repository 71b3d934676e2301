import { readInstallationValue } from '../../settings/settingsRepository.ts';
import { startHubSync, type HubSyncDeps, type HubSyncEngine } from './hubSyncEngine.ts';
import { readHubState } from './hubStateRepository.ts';

/** Runs the sync while a hub address is set, inside the core (web mode and desktop alike). */
export interface HubSyncController {
  poke(): void;
  /** Reads the address again: starts, restarts or stops the sync to match it. */
  refresh(): void;
  syncNow(): Promise<void>;
  stop(): void;
}

export function createHubSyncController(deps: HubSyncDeps): HubSyncController {
  let engine: HubSyncEngine | null = null;
  let closed = false;
  const refresh = () => {
    if (closed) return;
    const { address } = readHubState(deps.db);
    if (engine && engine.address === address) return;
    engine?.stop();
    engine = null;
    if (address && readInstallationValue(deps.db, 'installationId')) {
      engine = startHubSync(deps, address);
    }
  };
  refresh();
  return {
    poke: () => engine?.poke(),
    refresh,
    syncNow: async () => {
      await engine?.syncNow();
    },
    stop() {
      closed = true;
      engine?.stop();
      engine = null;
    },
  };
}
