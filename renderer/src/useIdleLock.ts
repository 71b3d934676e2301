import { useEffect } from 'react';

const activityEvents = ['keydown', 'mousedown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once no keyboard or pointer activity has been seen for `minutes`. Main enforces
 * the same limit on its side; this only locks the screen without waiting for the next call.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    let lastActivity = Date.now();
    const touch = () => {
      lastActivity = Date.now();
    };
    activityEvents.forEach((name) => window.addEventListener(name, touch, { passive: true }));
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity >= minutes * 60_000) onIdle();
    }, 5_000);
    return () => {
      activityEvents.forEach((name) => window.removeEventListener(name, touch));
      window.clearInterval(timer);
    };
  }, [minutes, onIdle]);
}
