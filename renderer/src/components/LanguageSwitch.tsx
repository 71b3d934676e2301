import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="button button--quiet"
      title={t('language.switchHint')}
      aria-label={t('language.switchHint')}
      onClick={() => setLanguage(next)}
    >
      {t('language.switchTo')}
    </button>
  );
}
