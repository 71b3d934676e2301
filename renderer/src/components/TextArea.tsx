import { useId } from 'react';

interface TextAreaProps {
  readonly label: string;
  readonly value: string;
  readonly readOnly?: boolean;
  readonly maxLength?: number;
  readonly problem?: string | undefined;
  readonly rows?: number;
  readonly onChange: (value: string) => void;
}

export function TextArea({
  label,
  value,
  readOnly,
  maxLength,
  problem,
  rows = 4,
  onChange,
}: TextAreaProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        readOnly={readOnly}
        maxLength={maxLength}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <span id={`${id}-hint`} className="field__hint field__hint--problem">
          {problem}
        </span>
      )}
    </div>
  );
}
