import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDetail } from '../../../shared/domain/requestViews.ts';
import { fingerprintOf } from '../exchange/signingKeys.ts';
import { olderFixtureVersions } from './testing/buildFixtureAtVersion.ts';
import {
  approvedRequest,
  draftRequest,
  resubmittedRequest,
  version3CalendarDays,
} from './testing/fixtureAtVersion3.ts';
import {
  healthPeer,
  ownKeyPair,
  quarantineFileName,
  receivedRequest,
} from './testing/fixtureAtVersion4.ts';
import { materialsRequest } from './testing/fixtureAtVersion5.ts';
import { pendingRequest } from './testing/fixtureAtVersion9.ts';
import { fixtureOffice, fixtureUnits, fixtureUsers } from './testing/fixtureCounty.ts';
import { migratedInstallation, type MigratedInstallation } from './testing/migratedInstallation.ts';

const { admin, reviewer, approver, townDrafter } = fixtureUsers;

/** The requests each release's users made, by the schema they made them in. */
const requestsBySchema: readonly [number, string][] = [
  [3, approvedRequest.id],
  [3, resubmittedRequest.id],
  [3, draftRequest.id],
  [4, receivedRequest.id],
  [5, materialsRequest.id],
  [9, pendingRequest.id],
];

const decisionsOf = (detail: RequestDetail) =>
  detail.decisions.map(({ round, level, kind, decidedByName, comment }) => [
    round,
    level,
    kind,
    decidedByName,
    comment,
  ]);

describe.each(olderFixtureVersions.filter((version) => version >= 3))(
  'requests of an installation left at schema %i',
  (version) => {
    let installation: MigratedInstallation;
    beforeAll(async () => {
      installation = await migratedInstallation(version);
    });
    afterAll(() => installation.close());

    it('shows the approved request with its decisions and attachment, its approval still holding', async () => {
      const detail = await installation.call(reviewer, 'requests:get', {
        requestId: approvedRequest.id,
      });
      expect(detail).toMatchObject({
        fields: approvedRequest.fields,
        state: 'approved',
        unitName: fixtureUnits.education.name,
        draftedByName: '张经办',
        round: 1,
      });
      expect(decisionsOf(detail)).toEqual([
        [1, 'unit', 'approve', '王局长', '同意报县政府新闻办。'],
        [1, 'newsOffice', 'approve', '刘审核', '同意。'],
        [1, 'authority', 'approve', '黄审批', '同意召开。'],
      ]);
      const { attachment } = approvedRequest;
      expect(detail.attachments).toMatchObject([
        {
          fileName: attachment.fileName,
          size: attachment.bytes.length,
          mediaType: attachment.mediaType,
        },
      ]);
      // The form, the attachment and the (absent) materials hash as they did when approved.
      expect(detail.contentHash).toBe(detail.approvedHash);
      const timeline = await installation.call(reviewer, 'requests:timeline', {
        requestId: approvedRequest.id,
      });
      expect(timeline.map((entry) => entry.action)).toEqual([
        'request.create',
        'request.save',
        'request.attachmentAdded',
        'request.submit',
        'request.approve',
        'request.approve',
        'request.approve',
      ]);
    });

    it('shows both rounds of the returned and resubmitted request, and the township draft', async () => {
      const detail = await installation.call(reviewer, 'requests:get', {
        requestId: resubmittedRequest.id,
      });
      expect(detail).toMatchObject({
        fields: resubmittedRequest.fields,
        state: 'newsOfficeReview',
        round: 2,
      });
      expect(decisionsOf(detail)).toEqual([
        [1, 'unit', 'approve', '王局长', '同意。'],
        [1, 'newsOffice', 'return', '刘审核', resubmittedRequest.returnComment],
        [2, 'unit', 'approve', '王局长', '同意。'],
      ]);
      expect(detail.actions).toContain('approve');
      const draft = await installation.call(townDrafter, 'requests:get', {
        requestId: draftRequest.id,
      });
      expect(draft).toMatchObject({
        fields: draftRequest.fields,
        state: 'draft',
        round: 0,
        decisions: [],
      });
    });

    it('lists every request, keeps the holiday calendar and finds requests by their words', async () => {
      const listed = await installation.call(reviewer, 'requests:list', {});
      const expected = requestsBySchema.filter(([schema]) => schema <= version).map(([, id]) => id);
      expect(listed.map((request) => request.id).sort()).toEqual([...expected].sort());
      expect(await installation.call(reviewer, 'calendar:list', {})).toEqual(
        expect.arrayContaining([...version3CalendarDays]),
      );
      const hits = await installation.call(reviewer, 'search:query', { text: '学位供给' });
      expect(hits).toEqual([
        expect.objectContaining({
          kind: 'request',
          refId: approvedRequest.id,
          eventId: approvedRequest.id,
        }),
      ]);
    });

    it.runIf(version >= 4)(
      'keeps its exchange key, its peer, the records held and the quarantine',
      async () => {
        const { call } = installation;
        expect(await call(admin, 'exchange:identity', {})).toMatchObject({
          installationId: fixtureOffice.installationId,
          fingerprint: fingerprintOf(ownKeyPair.publicKey),
        });
        expect(await call(admin, 'exchange:listPeers', {})).toEqual([
          expect.objectContaining({
            installationId: healthPeer.installationId,
            name: healthPeer.name,
            fingerprint: fingerprintOf(healthPeer.keyPair.publicKey),
            unitId: fixtureUnits.health.id,
            revokedAt: null,
          }),
        ]);
        const history = await call(admin, 'exchange:history', {});
        expect(
          history.map(({ direction, kind, seq, originName, recipientName, refs }) => ({
            direction,
            kind,
            seq,
            originName,
            recipientName,
            refs,
          })),
        ).toEqual([
          {
            direction: 'sent',
            kind: 'request.decision',
            seq: 1,
            originName: fixtureOffice.name,
            recipientName: healthPeer.name,
            refs: { requestId: receivedRequest.id },
          },
          {
            direction: 'received',
            kind: 'request.submission',
            seq: 1,
            originName: healthPeer.name,
            recipientName: fixtureOffice.name,
            refs: { requestId: receivedRequest.id },
          },
        ]);
        expect(await call(admin, 'exchange:listQuarantine', {})).toEqual([
          expect.objectContaining({
            originName: healthPeer.name,
            seq: 1,
            kind: 'request.submission',
            fileName: quarantineFileName,
          }),
        ]);
      },
    );

    it.runIf(version >= 4)(
      'shows the received request and sends its decision on as the next record of the stream',
      async () => {
        const { call } = installation;
        const detail = await call(approver, 'requests:get', { requestId: receivedRequest.id });
        expect(detail).toMatchObject({
          origin: healthPeer.installationId,
          unitName: fixtureUnits.health.name,
          state: 'approved',
          draftedByName: receivedRequest.drafter.displayName,
          packageDirection: 'backToOrigin',
        });
        expect(decisionsOf(detail).map(([, level, , name]) => [level, name])).toEqual([
          ['unit', receivedRequest.unitHead.displayName],
          ['newsOffice', '刘审核'],
          ['authority', '黄审批'],
        ]);
        expect(detail.contentHash).toBe(detail.approvedHash);
        await call(approver, 'requests:exportPackage', { requestId: receivedRequest.id });
        const [latest] = await call(admin, 'exchange:history', { limit: 1 });
        expect(latest).toMatchObject({
          direction: 'sent',
          seq: 2,
          recipient: healthPeer.installationId,
        });
      },
    );
  },
);
