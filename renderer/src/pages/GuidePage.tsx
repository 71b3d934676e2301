import { useTranslation } from 'react-i18next';
import { stageIds } from '../../../shared/rules/eventStages.ts';

/** Each stage explained with the rule of the county's policy it serves, and the shortcuts. */
export function GuidePage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('workspace.guide.title')}</h1>
      <p className="lead">{t('workspace.guide.intro')}</p>
      <ol className="guide-list">
        {stageIds.map((stage) => (
          <li key={stage}>
            <h2>{t(`workspace.stages.${stage}`)}</h2>
            <p>{t(`workspace.guide.${stage}`)}</p>
          </li>
        ))}
      </ol>
      <h2>{t('workspace.guide.shortcuts')}</h2>
      <ul>
        <li>
          <kbd>Ctrl</kbd>+<kbd>K</kbd>
          {t('punctuation.colon')}
          {t('workspace.guide.shortcutSearch').replace(/^Ctrl\+K[:：]\s*/, '')}
        </li>
        <li>{t('workspace.guide.shortcutTabs')}</li>
        <li>{t('workspace.guide.shortcutSave')}</li>
      </ul>
    </section>
  );
}
