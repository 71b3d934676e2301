import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract/appChannels.ts';

export function HomePage({ info }: { readonly info: AppInfo }) {
  const { t } = useTranslation();
  const stages = ['request', 'materials', 'schedule', 'transcript', 'release'] as const;
  return (
    <section className="page">
      <h1>{t('home.welcome')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <h2>{t('home.stagesTitle')}</h2>
      <ol className="stage-list">
        {stages.map((stage) => (
          <li key={stage}>{t(`home.stages.${stage}`)}</li>
        ))}
      </ol>
      <p className="muted">
        {t('app.version', { version: info.version, schema: info.schemaVersion })} ·{' '}
        {info.mode === 'web' ? t('app.modeWeb') : t('app.modeDesktop')}
      </p>
    </section>
  );
}
