import { useEffect, useState } from 'react';
import type { MaterialLockView } from '../../../../shared/domain/materials.ts';
import { invoke, isDesktop } from '../../api.ts';
import type { MaterialSaver } from './materialSaver.ts';

const renewEveryMs = 20_000;

/**
 * Keeps this window's editing lease while the material is open, saves pending typing when the
 * window is hidden or closed, and gives the lease back on leaving. Reports who holds the lease.
 */
export function useEditingLease(
  materialId: string,
  initial: MaterialLockView,
  saver: MaterialSaver,
): MaterialLockView {
  const [lock, setLock] = useState(initial);
  useEffect(() => {
    let live = true;
    const renew = window.setInterval(() => {
      void invoke('materials:keepOpen', { materialId }).then((result) => {
        if (live && result.ok) setLock(result.value);
      });
    }, renewEveryMs);
    const save = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save();
    };
    // In a browser tab, closing within the half second before a save would lose it: ask first
    // (the save finishes while the browser asks). The desktop window saves on hiding instead.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedChanges) return;
      save();
      if (!isDesktop()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('blur', save);
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      window.clearInterval(renew);
      window.removeEventListener('blur', save);
      window.removeEventListener('pagehide', save);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      void saver.flush().then(() => invoke('materials:close', { materialId }));
    };
  }, [materialId, saver]);
  return lock;
}
