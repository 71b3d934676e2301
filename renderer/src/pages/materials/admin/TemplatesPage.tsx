import type { LexicalEditor } from 'lexical';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { materialKinds, type MaterialKind } from '../../../../../shared/domain/materials.ts';
import { invoke } from '../../../api.ts';
import { ErrorMessage, SelectField } from '../../../components/Field.tsx';
import { documentFromEditor } from '../../../editor/materialDocumentState.ts';
import { MaterialEditor } from '../../../editor/MaterialEditor.tsx';
import { useChannel } from '../../../useChannel.ts';
import '../materials.css';

/** The templates new materials start from, edited in the same editor the drafters use. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const [templates, reload] = useChannel('materialTemplates:list', {});
  const [kind, setKind] = useState<MaterialKind>('opening');
  const [generation, setGeneration] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);
  const template =
    templates.state === 'ready' ? templates.value.find((item) => item.kind === kind) : undefined;

  async function save() {
    const editor = editorRef.current;
    if (!editor) return;
    const result = await invoke('materialTemplates:save', {
      kind,
      document: JSON.stringify(documentFromEditor(editor)),
    });
    setError(result.ok ? null : result.error.message);
    setMessage(result.ok ? t('materials.admin.templates.saved') : null);
    if (result.ok) reload();
  }

  async function reset() {
    const result = await invoke('materialTemplates:reset', { kind });
    setError(result.ok ? null : result.error.message);
    if (!result.ok) return;
    reload();
    setGeneration((value) => value + 1);
  }

  return (
    <section className="page page--wide">
      <h1>{t('materials.admin.templates.title')}</h1>
      <p className="muted">{t('materials.admin.templates.intro')}</p>
      <div className="row">
        <SelectField
          label={t('materials.admin.templates.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as MaterialKind)}
        >
          {materialKinds.map((item) => (
            <option key={item} value={item}>
              {t(`materials.kinds.${item}`)}
            </option>
          ))}
        </SelectField>
        {template && (
          <span className="muted">
            {template.custom
              ? t('materials.admin.templates.custom', { name: template.updatedByName ?? '' })
              : t('materials.admin.templates.builtIn')}
          </span>
        )}
      </div>
      <ErrorMessage message={error} />
      {message && <p role="status">{message}</p>}
      {template && (
        <MaterialEditor
          key={`${kind}-${generation}-${template.custom}`}
          initialDocument={template.document}
          editable
          label={t('materials.admin.templates.content', { kind: t(`materials.kinds.${kind}`) })}
          allowQa={kind === 'qa'}
          editorRef={editorRef}
        />
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => void reset()}>
          {t('materials.admin.templates.reset')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void save()}>
          {t('materials.admin.templates.save')}
        </button>
      </div>
    </section>
  );
}
