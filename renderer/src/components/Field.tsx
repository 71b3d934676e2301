import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  readonly label: string;
  readonly hint?: string;
  /** What is wrong with the value, from the same rules main applies. */
  readonly problem?: string | undefined;
}

/** A labelled text input; the label is tied to the input for screen readers and role queries. */
export function TextField({ label, hint, problem, ...input }: FieldProps) {
  const id = useId();
  const note = problem ?? hint;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        {...input}
        aria-invalid={problem ? true : undefined}
        aria-describedby={note ? `${id}-hint` : undefined}
      />
      {note && (
        <span
          id={`${id}-hint`}
          className={problem ? 'field__hint field__hint--problem' : 'field__hint'}
        >
          {note}
        </span>
      )}
    </div>
  );
}

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  readonly label: string;
  readonly children: ReactNode;
}

export function SelectField({ label, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        {children}
      </select>
    </div>
  );
}

/** A message from main (or a form check) shown where the user acts, announced to screen readers. */
export function ErrorMessage({ message }: { readonly message: string | null }) {
  if (!message) return null;
  return (
    <p className="error-message" role="alert">
      {message}
    </p>
  );
}
