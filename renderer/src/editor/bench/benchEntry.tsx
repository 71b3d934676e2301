import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../App.tsx';
import { initTransport } from '../../api.ts';
import { initI18n } from '../../i18n/i18n.ts';
import '../../styles.css';
import { BareEditor } from './BareEditor.tsx';

/**
 * The editor benchmark's page (scripts/bench/editorTyping.ts): one bundle holding both the whole
 * workbench, as users run it, and a bare Lexical editor (`?bench=bare`), so both use the same
 * Lexical code. Not part of the shipped renderer.
 */
const bare = new URLSearchParams(window.location.search).get('bench') === 'bare';
if (!bare) initTransport();
initI18n();
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(<StrictMode>{bare ? <BareEditor /> : <App />}</StrictMode>);
}
