/**
 * A key fingerprint as administrators read it to each other by phone: groups of four, in two rows
 * of four groups (fingerprintOf in main gives "AB12 CD34 …").
 */
export function Fingerprint({
  value,
  large = false,
}: {
  readonly value: string;
  readonly large?: boolean;
}) {
  const groups = value.split(' ').filter((group) => group !== '');
  const rows = [groups.slice(0, 4), groups.slice(4)].filter((row) => row.length > 0);
  return (
    <span className={large ? 'fingerprint-groups fingerprint-groups--large' : 'fingerprint-groups'}>
      {rows.map((row, index) => (
        <span key={index} className="fingerprint-groups__row">
          {row.flatMap((group, position) => [
            position > 0 ? ' ' : null,
            <span key={position} className="fingerprint fingerprint-groups__group">
              {group}
            </span>,
          ])}{' '}
        </span>
      ))}
    </span>
  );
}
