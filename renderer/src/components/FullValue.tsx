import { useId, useState, type ReactNode } from 'react';

/** What the toggle and the full value say (translated); `copy` offers a button that copies it. */
export interface FullValueTexts {
  readonly show: string;
  readonly hide: string;
  /** Names the full value where it shows. */
  readonly label: string;
  readonly copy?: { readonly button: string; readonly done: string };
}

interface FullValueProps {
  /** Always shown: the value's short form, as people read it. */
  readonly short: ReactNode;
  /** The value in full, as it is copied. */
  readonly value: string;
  /** How the full value is written out to be read against another copy; as it is by default. */
  readonly format?: (value: string) => string;
  readonly texts: FullValueTexts;
  /** The block's class; its hidden part has `${className}__full`. */
  readonly className: string;
  /**
   * Inside a line of text: spans, the parts spaced by text. Otherwise a block of its own: divs,
   * spaced by its flex layout (checkCode.css), the full value's label on the code as well.
   */
  readonly inline?: boolean;
}

/** A value shown short (a 校验码, an installation code), its full form one click away. */
export function FullValue({
  short,
  value,
  format = (full) => full,
  texts,
  className,
  inline = false,
}: FullValueProps) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const fullId = useId();
  const Part = inline ? 'span' : 'div';
  const space = inline ? ' ' : null;
  const { copy } = texts;
  return (
    <Part className={className}>
      {short}
      {space}
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={fullId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {open ? texts.hide : texts.show}
      </button>
      <Part id={fullId} className={`${className}__full`} hidden={!open}>
        <span className="muted">{texts.label}</span>
        {space}
        <code className="fingerprint" aria-label={inline ? undefined : texts.label}>
          {format(value)}
        </code>
        {copy && (
          <button
            type="button"
            className="button button--small"
            onClick={() => void navigator.clipboard?.writeText(value).then(() => setCopied(true))}
          >
            {copy.button}
          </button>
        )}
        {copy && copied && (
          <span className="muted" role="status">
            {copy.done}
          </span>
        )}
      </Part>
    </Part>
  );
}
