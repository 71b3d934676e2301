import { ErrorMessage } from './Field.tsx';

/** The end of a settings form: its error, the saved notice once saved, and the save button. */
export function SaveFooter({
  error,
  savedText,
  saveText,
}: {
  readonly error: string | null;
  /** Shown while the last save succeeded; null hides it. */
  readonly savedText: string | null;
  readonly saveText: string;
}) {
  return (
    <>
      <ErrorMessage message={error} />
      {savedText && (
        <p className="notice" role="status">
          {savedText}
        </p>
      )}
      <div className="actions actions--start">
        <button type="submit" className="button button--primary">
          {saveText}
        </button>
      </div>
    </>
  );
}
