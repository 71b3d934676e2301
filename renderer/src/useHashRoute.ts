import { useCallback, useEffect, useState } from 'react';

const readRoute = (): string => window.location.hash.replace(/^#\/?/, '') || 'home';

/** The current screen lives in the address fragment (#/admin/users), so reload keeps it. */
export function useHashRoute(): [string, (route: string) => void] {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const update = () => setRoute(readRoute());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const navigate = useCallback((next: string) => {
    window.location.hash = `#/${next}`;
  }, []);
  return [route, navigate];
}
