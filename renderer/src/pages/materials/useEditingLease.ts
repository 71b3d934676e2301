import { useEffect, useState } from 'react';
import type { MaterialLockView } from '../../../../shared/domain/materials.ts';
import { invoke, isDesktop, sendWhileLeaving } from '../../api.ts';
import type { MaterialSaver } from './materialSaver.ts';

/** A third of the lease's life in main (materialLocks.ts), so one lost renewal costs nothing. */
const renewEveryMs = 10_000;

/**
 * How many workspaces of this window show each material. The workspace is mounted again when the
 * material is replaced (editing taken over here, a version restored): the old one's goodbye must
 * not give back the lease the new one holds.
 */
const shownHere = new Map<string, number>();

export interface EditingLease {
  readonly lock: MaterialLockView;
  /**
   * Another window held the lease at some point since this one opened the material: what this
   * window shows may be out of date, so it stays read-only until it takes over (and reloads).
   */
  readonly lost: boolean;
}

/**
 * Keeps this window's editing lease while the material is open, saves pending typing when the
 * window is hidden or closed, and gives the lease back on leaving, closing the tab included (a
 * crashed window's lease expires instead). Reports who holds the lease, at every renewal and when
 * the window comes back into view, so a window whose lease another one took over learns it.
 */
export function useEditingLease(
  materialId: string,
  initial: MaterialLockView,
  saver: MaterialSaver,
): EditingLease {
  const [lock, setLock] = useState(initial);
  const [lost, setLost] = useState(initial.holderName !== null && !initial.mine);
  useEffect(() => {
    let live = true;
    shownHere.set(materialId, (shownHere.get(materialId) ?? 0) + 1);
    const renew = () => {
      void invoke('materials:keepOpen', { materialId }).then((result) => {
        if (!live || !result.ok) return;
        setLock(result.value);
        if (result.value.holderName !== null && !result.value.mine) setLost(true);
      });
    };
    const timer = window.setInterval(renew, renewEveryMs);
    const save = () => void saver.flush();
    const release = () => sendWhileLeaving('materials:close', { materialId });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save();
      else renew();
    };
    // In a browser tab, closing within the half second before a save would lose it: ask first
    // (the save finishes while the browser asks). The desktop window saves on hiding instead.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedChanges) return;
      save();
      if (!isDesktop()) event.preventDefault();
    };
    // The page is going away: the lease goes back at once, after the last save if one is pending.
    const onPageHide = () => {
      if (saver.hasUnsavedChanges) void saver.flush().then(release);
      else release();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) renew();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('blur', save);
    window.addEventListener('focus', renew);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener('blur', save);
      window.removeEventListener('focus', renew);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      shownHere.set(materialId, (shownHere.get(materialId) ?? 1) - 1);
      void saver.flush().then(() => {
        if ((shownHere.get(materialId) ?? 0) > 0) return;
        shownHere.delete(materialId);
        return invoke('materials:close', { materialId });
      });
    };
  }, [materialId, saver]);
  return { lock, lost };
}
