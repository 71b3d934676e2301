import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationView } from '../../../shared/domain/evaluation.ts';
import { fixtureRelease } from '../../../shared/rules/testing/evaluationFixture.ts';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { callAs, signedInUser } from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { carry, exchangeOffices, type Side } from '../testing/exchangeOffices.ts';
import { completeFields } from '../testing/requests.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { testClock } from '../transcripts/testing/approvedEvent.ts';
import { storeFixtureMaterial, takeFixtureTranscript } from './testing/fixtureEvent.ts';

/**
 * Issue 19's must-hold across installations: the department holds the event, the news office
 * reviews it (here on a transcript taken at the news office) and its marks reach the department.
 */
const folder = tempFolder();
const clock = testClock();
let department: Side;
let newsOffice: Side;
let drafter: string;
let reviewer: string;
let requestId = '';

async function refusal(side: Side, client: string, channel: string, input: unknown) {
  const result = await side.core.router.dispatch(channel, input, `web:${client}`);
  return result.ok ? 'ok' : result.error.code;
}

/** A request drafted at the department, approved at all three levels across the exchange. */
async function approvedAcrossOffices(unitHead: string, approver: string): Promise<string> {
  const unitId = department.unitIds.get('县教育体育局') ?? '';
  const draft = await callAs(department.core, drafter, 'requests:create', {});
  const saved = await callAs(department.core, drafter, 'requests:saveDraft', {
    requestId: draft.id,
    revision: 1,
    fields: completeFields(unitId),
  });
  await callAs(department.core, drafter, 'requests:submit', {
    requestId: draft.id,
    revision: saved.revision,
  });
  const decide = { requestId: draft.id, decision: 'approve', comment: '同意' } as const;
  await callAs(department.core, unitHead, 'requests:decide', decide);
  const up = await callAs(department.core, drafter, 'requests:exportPackage', {
    requestId: draft.id,
  });
  expect(await carry(up, newsOffice, reviewer)).toMatchObject({ ok: true });
  await callAs(newsOffice.core, reviewer, 'requests:decide', decide);
  await callAs(newsOffice.core, approver, 'requests:decide', decide);
  const down = await callAs(newsOffice.core, reviewer, 'requests:exportPackage', {
    requestId: draft.id,
  });
  expect(await carry(down, department, drafter)).toMatchObject({ ok: true });
  return draft.id;
}

/** At the news office: the approved 通稿 (1.2亿元) and a reviewed transcript saying 1.3亿元. */
async function reviewedTranscriptAtNewsOffice(): Promise<void> {
  storeFixtureMaterial(newsOffice.core, requestId, 'pressRelease', fixtureRelease, clock.now());
  const noteTaker = await signedInUser(newsOffice.core, newsOffice.admin, ['drafter']);
  const view = await takeFixtureTranscript(newsOffice.core, noteTaker, requestId, clock);
  await callAs(newsOffice.core, reviewer, 'transcripts:review', {
    requestId,
    revision: view.revision,
  });
}

beforeAll(async () => {
  const offices = await exchangeOffices(folder.path, clock.now);
  ({ department, newsOffice, drafter, reviewer } = offices);
  requestId = await approvedAcrossOffices(offices.unitHead, offices.approver);
  await reviewedTranscriptAtNewsOffice();
}, 60_000);
afterAll(() => {
  for (const side of [department, newsOffice]) side.core.close();
  folder.remove();
});

const figureOf = (view: EvaluationView) =>
  view.findings.find((finding) => finding.kind === 'figureDiffers');

describe('发布评估 between the news office and the department', () => {
  const note = '已与县财政局核对，应为1.2亿元，口误。';
  let delivered = { fileName: '', contentBase64: '' };

  it('goes with the news office’s mark to the installation of the event’s unit', async () => {
    const before = await callAs(newsOffice.core, reviewer, 'evaluation:get', { requestId });
    expect(before.received).toBeNull();
    expect(before.sendsTo).toEqual(expect.any(String));
    expect(await refusal(department, drafter, 'evaluation:get', { requestId })).toBe(
      'invalid_state',
    );
    clock.advance(60_000);
    const marked = await callAs(newsOffice.core, reviewer, 'evaluation:mark', {
      requestId,
      findingKey: figureOf(before)?.key ?? '',
      status: 'verified',
      note,
    });
    expect(figureOf(marked)?.mark).toMatchObject({ status: 'verified', note });
    delivered = await callAs(newsOffice.core, reviewer, 'evaluation:exportPackage', { requestId });
    clock.advance(5 * 60_000);
    expect(await carry(delivered, department, drafter)).toMatchObject({
      ok: true,
      value: { applied: 1, alreadyImported: false },
    });
  });

  it('is shown at the department as the news office’s review, read-only', async () => {
    const view = await callAs(department.core, drafter, 'evaluation:get', { requestId });
    expect(view.received).toMatchObject({ receivedAt: clock.now().toISOString() });
    expect(view.received?.fromName).toBeTruthy();
    expect(view).toMatchObject({ canMark: false, canAddToLibrary: false, sendsTo: null });
    expect(figureOf(view)).toMatchObject({
      words: ['1.3亿元', '1.2亿元'],
      source: { label: '新闻通稿·第1段' },
      mark: { status: 'verified', note, markedByName: expect.stringContaining('测试用户') },
    });
    expect(
      await refusal(department, drafter, 'evaluation:mark', {
        requestId,
        findingKey: figureOf(view)?.key ?? '',
        status: 'noIssue',
        note: '',
      }),
    ).toBe('forbidden');
    const word = await callAs(department.core, drafter, 'evaluation:exportWord', { requestId });
    expect(word.fileName).toMatch(/发布评估\.docx$/);
  });

  it('changes nothing when the same package is imported again', async () => {
    const before = databaseSnapshot(department.core.db);
    expect(await carry(delivered, department, drafter)).toMatchObject({
      ok: true,
      value: { applied: 0, alreadyImported: true },
    });
    expect(databaseSnapshot(department.core.db)).toBe(before);
  });

  it('is replaced by a later review and audited on both sides', async () => {
    const current = await callAs(newsOffice.core, reviewer, 'evaluation:get', { requestId });
    clock.advance(60_000);
    await callAs(newsOffice.core, reviewer, 'evaluation:mark', {
      requestId,
      findingKey: figureOf(current)?.key ?? '',
      status: 'noIssue',
      note: '发言人当场更正。',
    });
    const next = await callAs(newsOffice.core, reviewer, 'evaluation:exportPackage', {
      requestId,
    });
    expect(await carry(next, department, drafter)).toMatchObject({ ok: true });
    const view = await callAs(department.core, drafter, 'evaluation:get', { requestId });
    expect(figureOf(view)?.mark).toMatchObject({ status: 'noIssue', note: '发言人当场更正。' });

    const sent = await callAs(newsOffice.core, newsOffice.admin, 'audit:list', {});
    expect(sent.filter((entry) => entry.action === 'evaluation.sent')).toHaveLength(2);
    const received = await callAs(department.core, department.admin, 'audit:list', {});
    expect(
      received.filter(
        (entry) => entry.action === 'evaluation.received' && entry.subjectId === requestId,
      ),
    ).toHaveLength(2);
    for (const side of [department, newsOffice]) {
      expect(verifyAuditChain(side.core.db)).toMatchObject({ intact: true });
    }
  });
});
