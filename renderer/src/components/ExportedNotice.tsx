import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showExportedFile } from '../api.ts';

/**
 * Says which file an export just produced (已导出「…docx」), so nobody exports twice; on the desktop
 * with 打开所在文件夹 to show the saved file. In web mode the browser's downloads list does that.
 */
export function ExportedNotice({ fileName }: { readonly fileName: string }) {
  const { t } = useTranslation();
  const [notSaved, setNotSaved] = useState(false);
  const show = showExportedFile;
  return (
    <p className="notice exported-notice" role="status">
      {t('workspace.exported.done', { name: fileName })}
      {show && (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => void show(fileName).then((shown) => setNotSaved(!shown))}
        >
          {t('workspace.exported.showInFolder')}
        </button>
      )}
      {notSaved && <span className="muted"> {t('workspace.exported.notSaved')}</span>}
    </p>
  );
}
