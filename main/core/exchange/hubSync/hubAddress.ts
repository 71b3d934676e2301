import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../../shared/domain/actor.ts';
import { AppError } from '../../appError.ts';
import { appendAudit } from '../../audit/auditRepository.ts';
import { inTransaction } from '../../db/transaction.ts';
import { readHubState, writeHubAddress } from './hubStateRepository.ts';

const badAddress = () =>
  new AppError(
    'invalid_input',
    '交换中心地址须为以 http:// 或 https:// 开头的完整网址，例如 http://10.1.2.3:8800，不含用户名、密码、查询参数。未作更改。',
  );

/** The address as stored: an http(s) URL without credentials, query or trailing slash; '' is none. */
export function normaliseHubAddress(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw badAddress();
  }
  const plain = url.username === '' && url.password === '' && url.search === '' && url.hash === '';
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !plain || !url.hostname) {
    throw badAddress();
  }
  return url.href.replace(/\/+$/, '');
}

/** Sets (or with '' clears) the hub address; true when it changed. Audited. */
export function setHubAddress(db: DatabaseSync, text: string, actor: Actor, now: Date): boolean {
  const address = normaliseHubAddress(text);
  return inTransaction(db, () => {
    const before = readHubState(db).address;
    if (before === address) return false;
    writeHubAddress(db, address);
    appendAudit(db, actor, now, {
      action: 'exchange.hub.address',
      subjectKind: 'exchangeHub',
      subjectId: 'hub',
      details: { from: before, to: address },
    });
    return true;
  });
}
