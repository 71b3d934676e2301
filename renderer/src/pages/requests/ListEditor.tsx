import type { ReactNode } from 'react';

interface ListEditorProps<T> {
  readonly legend: string;
  readonly items: readonly T[];
  readonly readOnly: boolean;
  readonly addLabel: string;
  readonly removeLabel: string;
  readonly empty: T;
  readonly onChange: (items: T[]) => void;
  readonly renderItem: (item: T, index: number, update: (item: T) => void) => ReactNode;
}

/** A fieldset of repeated rows (participants, media, agencies) with add and remove. */
export function ListEditor<T>(props: ListEditorProps<T>) {
  const { items, onChange } = props;
  const update = (index: number) => (item: T) =>
    onChange(items.map((old, i) => (i === index ? item : old)));
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {items.map((item, index) => (
        <div className="row" key={index}>
          {props.renderItem(item, index, update(index))}
          {!props.readOnly && (
            <button
              type="button"
              className="button button--quiet"
              aria-label={`${props.removeLabel} ${props.legend} ${index + 1}`}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              ✕
            </button>
          )}
        </div>
      ))}
      {!props.readOnly && (
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange([...items, props.empty])}
        >
          {props.addLabel}
        </button>
      )}
    </fieldset>
  );
}
