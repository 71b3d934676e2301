import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialDetail } from '../../../../shared/domain/materials.ts';
import type { DiffPart } from '../../../../shared/rules/chineseDiff.ts';
import { invoke } from '../../api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage, SelectField, TextField } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { DiffView } from './DiffView.tsx';
import type { MaterialSaver } from './materialSaver.ts';
import { useDateText } from '../../components/dates/useDateText.ts';

interface VersionsPanelProps {
  readonly detail: MaterialDetail;
  readonly editable: boolean;
  readonly saver: MaterialSaver;
  readonly onRestored: (detail: MaterialDetail) => void;
}

const current = 'current';

/** The immutable versions of a material: who took each and when, a comparison of any two, restore. */
export function VersionsPanel({ detail, editable, saver, onRestored }: VersionsPanelProps) {
  const { t } = useTranslation();
  const dates = useDateText();
  const [versions, reload] = useChannel('materials:versions', { materialId: detail.id });
  const [note, setNote] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(current);
  const [diff, setDiff] = useState<readonly DiffPart[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = versions.state === 'ready' ? versions.value : [];
  const fromId = from || list[0]?.id || current;

  async function take(event: FormEvent) {
    event.preventDefault();
    await saver.flush();
    const result = await invoke('materials:createVersion', { materialId: detail.id, note });
    if (!result.ok) return setError(result.error.message);
    setNote('');
    setError(null);
    reload();
  }

  async function compare() {
    await saver.flush();
    const result = await invoke('materials:diff', {
      materialId: detail.id,
      fromVersionId: fromId === current ? null : fromId,
      toVersionId: to === current ? null : to,
    });
    if (result.ok) setDiff(result.value);
    else setError(result.error.message);
  }

  async function restore(versionId: string, number: number) {
    if (!window.confirm(t('materials.versions.restoreConfirm', { number }))) return;
    await saver.flush();
    const result = await invoke('materials:restore', {
      materialId: detail.id,
      versionId,
      revision: saver.revision,
    });
    if (result.ok) onRestored(result.value);
    else setError(result.error.message);
  }

  const label = (id: string) => {
    const version = list.find((item) => item.id === id);
    return version
      ? t('materials.versions.item', { number: version.number })
      : t('materials.versions.current');
  };
  return (
    <div className="versions">
      {editable && (
        <form className="versions__take" onSubmit={(event) => void take(event)}>
          <TextField
            label={t('materials.versions.note')}
            value={note}
            maxLength={200}
            onChange={(event) => setNote(event.target.value)}
          />
          <button type="submit" className="button button--small">
            {t('materials.versions.take')}
          </button>
        </form>
      )}
      <ErrorMessage message={error} />
      {list.length === 0 && (
        <EmptyState
          purpose={t('materials.versions.emptyPurpose')}
          hint={t('materials.versions.none')}
        />
      )}
      <ol className="versions__list" aria-label={t('materials.panels.versions')}>
        {list.map((version) => (
          <li key={version.id}>
            <strong>{t('materials.versions.item', { number: version.number })}</strong>{' '}
            <span className="badge">{t(`materials.versions.reasons.${version.reason}`)}</span>
            <div className="muted">
              {version.createdByName} · {dates.dayTime(version.createdAt)} ·{' '}
              {t('materials.editor.characters', { count: version.charCount })}
            </div>
            {version.note && <div>{version.note}</div>}
            {editable && (
              <button
                type="button"
                className="link-button"
                onClick={() => void restore(version.id, version.number)}
              >
                {t('materials.versions.restore')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {list.length > 0 && (
        <div className="versions__compare">
          <SelectField
            label={t('materials.versions.from')}
            value={fromId}
            onChange={(event) => setFrom(event.target.value)}
          >
            {list.map((version) => (
              <option key={version.id} value={version.id}>
                {label(version.id)}
              </option>
            ))}
            <option value={current}>{t('materials.versions.current')}</option>
          </SelectField>
          <SelectField
            label={t('materials.versions.to')}
            value={to}
            onChange={(event) => setTo(event.target.value)}
          >
            <option value={current}>{t('materials.versions.current')}</option>
            {list.map((version) => (
              <option key={version.id} value={version.id}>
                {label(version.id)}
              </option>
            ))}
          </SelectField>
          <button type="button" className="button button--small" onClick={() => void compare()}>
            {t('materials.versions.compare')}
          </button>
        </div>
      )}
      {diff && (
        <section
          aria-label={t('materials.versions.diffTitle', { from: label(fromId), to: label(to) })}
        >
          <h3>{t('materials.versions.diffTitle', { from: label(fromId), to: label(to) })}</h3>
          <DiffView parts={diff} />
        </section>
      )}
    </div>
  );
}
