import type { DocumentIssuingSettings } from '../../../shared/domain/documentNumbers.ts';
import { createCore, type Core } from '../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from './accounts.ts';
import { completeFields } from './requests.ts';

/** An installation whose news office issues numbered papers, with a user for each step. */
export interface NumberingOffice {
  readonly core: Core;
  readonly admin: string;
  readonly drafter: string;
  readonly newsOffice: string;
  readonly deciders: readonly string[];
  readonly unitId: string;
}

export const testIssuing: DocumentIssuingSettings = {
  agencyCode: '示政新',
  issuerMark: '测试县人民政府新闻办公室',
  printedBy: '测试县人民政府新闻办公室',
};

/** The news-office reviewer's username, to sign in again after a restart or a restore. */
export const newsOfficeUsername = 'newsoffice';

/** Sets up a fresh data folder and, unless `issuing` is null, its 机关代字. */
export async function setUpNumberingOffice(
  dataDir: string,
  now: () => Date,
  issuing: DocumentIssuingSettings | null = testIssuing,
): Promise<NumberingOffice> {
  const core = createCore({ dataDir, mode: 'web', now });
  const admin = await setUpInstallation(core);
  const unitId = (await callAs(core, admin, 'units:list', {}))[1]?.id ?? '';
  const drafter = await signedInUser(core, admin, ['drafter'], 'drafter');
  const newsOffice = await signedInUser(core, admin, ['newsOfficeReviewer'], newsOfficeUsername);
  const deciders = [
    await signedInUser(core, admin, ['unitHead'], 'unithead'),
    newsOffice,
    await signedInUser(core, admin, ['authorityApprover'], 'approver'),
  ];
  if (issuing) await callAs(core, admin, 'settings:update', { documentIssuing: issuing });
  return { core, admin, drafter, newsOffice, deciders, unitId };
}

/** A request approved at every level, its event on `date` (YYYY-MM-DD, well ahead of the clock). */
export async function approvedRequest(office: NumberingOffice, date: string): Promise<string> {
  const { core, drafter } = office;
  const draft = await callAs(core, drafter, 'requests:create', {});
  const saved = await callAs(core, drafter, 'requests:saveDraft', {
    requestId: draft.id,
    revision: 1,
    fields: completeFields(office.unitId, {
      title: `教育工作新闻发布会（${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日）`,
      startsAt: `${date}T09:30:00+08:00`,
      endsAt: `${date}T10:30:00+08:00`,
    }),
  });
  await callAs(core, drafter, 'requests:submit', { requestId: draft.id, revision: saved.revision });
  for (const client of office.deciders)
    await callAs(core, client, 'requests:decide', {
      requestId: draft.id,
      decision: 'approve',
      comment: '同意',
    });
  return draft.id;
}

/** Exports the request's 审批函 as `client` (the news office by default). */
export const exportLetter = (office: NumberingOffice, requestId: string, client?: string) =>
  callAs(office.core, client ?? office.newsOffice, 'requests:exportDocument', {
    requestId,
    document: 'approvalLetter',
  });
