import type {
  ExpertEntry,
  NewMediaAccount,
  SpokespersonEntry,
} from '../../../../shared/domain/schedulingRegisters.ts';

export type RegisterKind = 'spokesperson' | 'expert' | 'account';
export type RegisterEntry = SpokespersonEntry | ExpertEntry | NewMediaAccount;

/** A field of a register entry: how it is edited and shown. */
export interface FieldSpec {
  readonly key: string;
  readonly type: 'text' | 'date' | 'platform';
  readonly required?: boolean;
  /** Only the news office records it (filing with the news office). */
  readonly newsOfficeOnly?: boolean;
  readonly max?: number;
  /** Shown as a column of the register's table. */
  readonly column?: boolean;
}

const filed = (newsOfficeOnly: boolean): FieldSpec => ({
  key: 'filedOn',
  type: 'date',
  newsOfficeOnly,
  column: true,
});

export const registerFields: Readonly<Record<RegisterKind, readonly FieldSpec[]>> = {
  spokesperson: [
    { key: 'name', type: 'text', required: true, max: 50, column: true },
    { key: 'title', type: 'text', max: 100, column: true },
    { key: 'phone', type: 'text', max: 30, column: true },
    { key: 'appointedOn', type: 'date', required: true, column: true },
    filed(true),
    { key: 'removedOn', type: 'date' },
    { key: 'note', type: 'text', max: 1000 },
  ],
  expert: [
    { key: 'name', type: 'text', required: true, max: 50, column: true },
    { key: 'field', type: 'text', max: 100, column: true },
    { key: 'organisation', type: 'text', max: 100, column: true },
    { key: 'title', type: 'text', max: 100 },
    { key: 'phone', type: 'text', max: 30, column: true },
    { key: 'addedOn', type: 'date', required: true },
    filed(true),
    { key: 'removedOn', type: 'date' },
    { key: 'note', type: 'text', max: 1000 },
  ],
  account: [
    { key: 'platform', type: 'platform', required: true, column: true },
    { key: 'accountName', type: 'text', required: true, max: 50, column: true },
    { key: 'openedOn', type: 'date', required: true, column: true },
    filed(false),
    { key: 'closedOn', type: 'date' },
    { key: 'note', type: 'text', max: 1000 },
  ],
};

/** The field that ends an entry (left office, left the pool, account closed). */
export const endField: Readonly<Record<RegisterKind, string>> = {
  spokesperson: 'removedOn',
  expert: 'removedOn',
  account: 'closedOn',
};

export const valueOf = (entry: RegisterEntry, key: string): string => {
  const value = (entry as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
};
