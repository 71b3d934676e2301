import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { initTransport } from './api.ts';
import { initI18n } from './i18n/i18n.ts';
import './styles.css';

// zod would probe for eval (new Function); the CSP forbids it, so tell zod not to try.
z.config({ jitless: true });
initTransport();
initI18n();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
