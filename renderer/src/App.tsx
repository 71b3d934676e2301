import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Shell, type NavItem } from './components/Shell.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { useChannel } from './useChannel.ts';

export function App() {
  const { t } = useTranslation();
  const [info] = useChannel('app:info', {});
  const [page, setPage] = useState('home');

  if (info.state === 'loading') return <p className="splash">{t('app.loading')}</p>;
  if (info.state === 'failed') {
    return (
      <p className="splash splash--error" role="alert">
        {t('errors.generic', { message: info.error.message })}
      </p>
    );
  }

  const navItems: NavItem[] = [{ id: 'home', label: t('nav.home') }];
  return (
    <Shell navItems={navItems} current={page} onNavigate={setPage}>
      <HomePage info={info.value} />
    </Shell>
  );
}
