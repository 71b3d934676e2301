import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface RouteRefusalProps {
  /** The screen the address names, when it exists but this user may not open it. */
  readonly forbiddenScreen: string | null;
  readonly route: string;
  readonly onHome: () => void;
}

/**
 * What an address shows that this user may not open (or that names no screen): says so, and
 * offers the way back, instead of the home page under the wrong address. Main refuses the calls
 * of such a screen anyway; this is what the person reads.
 */
export function RouteRefusal({ forbiddenScreen, route, onHome }: RouteRefusalProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [route]);
  return (
    <section className="route-refusal" aria-labelledby="route-refusal-title">
      <h1 id="route-refusal-title" ref={heading} tabIndex={-1}>
        {forbiddenScreen ? t('errors.forbiddenTitle') : t('errors.notFoundTitle')}
      </h1>
      <p role="alert">
        {forbiddenScreen
          ? t('errors.forbidden', { screen: forbiddenScreen })
          : t('errors.notFound', { route })}
      </p>
      {forbiddenScreen && <p className="muted">{t('errors.forbiddenHint')}</p>}
      <button type="button" className="button button--primary" onClick={onHome}>
        {t('errors.backHome')}
      </button>
    </section>
  );
}
