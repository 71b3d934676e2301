import type { TFunction } from 'i18next';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShanghaiDateTime } from '../../../../shared/rules/shanghaiTime.ts';
import type { SaveStatus, SaveStatusStore } from './saveStatusStore.ts';

function statusText(status: SaveStatus, t: TFunction): string {
  if (status.kind === 'unsaved') return t('materials.save.unsaved');
  if (status.kind === 'saving') return t('materials.save.saving');
  if (status.kind === 'retrying') return t('materials.save.retrying');
  if (status.kind === 'composing') return t('materials.save.composing');
  if (status.kind === 'saved') {
    return t('materials.save.saved', {
      time: formatShanghaiDateTime(status.at).split(' ')[1] ?? '',
    });
  }
  return '';
}

/** 保存中 shows only for a save this slow: a quick one would only flicker while typing. */
const slowSaveMs = 1000;

/**
 * “已保存 10:32” and the like, announced politely to screen readers.
 *
 * Written straight into the element rather than rendered, and only when the text changes: every
 * React commit, while the caret is in the editor, reads the editor's selection by walking its text
 * from the start (ReactDOM's getSelectionInformation), and every change of the line costs the page
 * a frame in which Chromium again reads the whole editable text for the input method; both take
 * milliseconds in a long material. While typing goes on the line stays at 未保存 (the saver holds
 * 已保存 back until typing pauses).
 */
export function SaveStatusLine({ store }: { readonly store: SaveStatusStore }) {
  const { t } = useTranslation();
  const element = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    let slowSave: number | undefined;
    const write = (status: SaveStatus) => {
      const line = element.current;
      if (!line) return;
      const text = statusText(status, t);
      const className = `save-status save-status--${status.kind}`;
      if (line.textContent !== text) line.textContent = text;
      if (line.className !== className) line.className = className;
    };
    const show = () => {
      window.clearTimeout(slowSave);
      const status = store.get();
      if (status.kind === 'saving') slowSave = window.setTimeout(() => write(status), slowSaveMs);
      else write(status);
    };
    show();
    const unsubscribe = store.subscribe(show);
    return () => {
      unsubscribe();
      window.clearTimeout(slowSave);
    };
  }, [store, t]);
  // No children and no className from React: the subscription owns both.
  return <span ref={element} role="status" aria-live="polite" />;
}
