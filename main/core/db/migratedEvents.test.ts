import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speakerLabel } from '../../../shared/rules/transcriptFormat.ts';
import { olderFixtureVersions } from './testing/buildFixtureAtVersion.ts';
import { approvedRequest } from './testing/fixtureAtVersion3.ts';
import {
  deliverables,
  photo,
  question,
  recordingBytes,
  recordingId,
  transcriptSpeakers,
  transcriptTurns,
  turnEditedAt,
  unsavedLine,
} from './testing/fixtureAtVersion6.ts';
import {
  version7Accounts,
  version7Expert,
  version7Plan,
  version7Spokesperson,
} from './testing/fixtureAtVersion7.ts';
import { version8Notifications } from './testing/fixtureAtVersion8.ts';
import { fixtureUnits, fixtureUsers } from './testing/fixtureCounty.ts';
import { migratedInstallation, type MigratedInstallation } from './testing/migratedInstallation.ts';

const { reviewer, drafter } = fixtureUsers;
const requestId = approvedRequest.id;
const education = fixtureUnits.education.id;

describe.each(olderFixtureVersions.filter((version) => version >= 6))(
  'events of an installation left at schema %i',
  (version) => {
    let installation: MigratedInstallation;
    beforeAll(async () => {
      installation = await migratedInstallation(version);
    });
    afterAll(() => installation.close());

    it('shows the transcript: speakers, turns as corrected, question, deliverables, review', async () => {
      const view = await installation.call(reviewer, 'transcripts:get', { requestId });
      expect(view).toMatchObject({
        status: 'reviewed',
        noteTakerNames: [drafter.displayName],
        review: { reviewedByName: reviewer.displayName, current: true },
      });
      expect(
        view.speakers.map(({ id, role, name, title, outlet }) => ({
          id,
          role,
          name,
          title,
          outlet,
        })),
      ).toEqual(
        Object.values(transcriptSpeakers).map(({ id, role, name, title, outlet }) => ({
          id,
          role,
          name,
          title,
          outlet,
        })),
      );
      expect(
        view.turns.map(({ id, seq, speakerId, text, spokenAt }) => ({
          id,
          seq,
          speakerId,
          text,
          spokenAt,
        })),
      ).toEqual(
        transcriptTurns.map(({ id, seq, speaker, text, at }) => ({
          id,
          seq,
          speakerId: speaker.id,
          text,
          spokenAt: at,
        })),
      );
      expect(view.questions).toMatchObject([
        {
          id: question.id,
          text: question.text,
          state: 'answered',
          followUp: 'open',
          followUpNote: question.followUpNote,
        },
      ]);
      expect(
        view.deliverables.map(({ name, files }) => [name, files.map((file) => file.fileName)]),
      ).toEqual([
        [deliverables[0]?.name, [photo.fileName]],
        [deliverables[1]?.name, []],
      ]);
      expect(view.recordings).toMatchObject([{ id: recordingId, bytes: recordingBytes.length }]);
    });

    it('keeps every revision of a corrected turn, the recording’s audio and the unsent line', async () => {
      const { call } = installation;
      const corrected = transcriptTurns[1];
      const history = await call(reviewer, 'transcripts:turnHistory', {
        requestId,
        turnId: corrected?.id ?? '',
      });
      expect(history.map(({ revision, text }) => [revision, text])).toEqual([
        [1, corrected?.firstText],
        [2, corrected?.text],
      ]);
      expect(history[1]?.editedAt).toBe(turnEditedAt);
      const audio = await call(reviewer, 'transcripts:readAudio', {
        requestId,
        recordingId,
        offset: 0,
        length: recordingBytes.length,
      });
      expect(Buffer.from(audio.contentBase64, 'base64')).toEqual(recordingBytes);
      const own = await call(drafter, 'transcripts:get', { requestId });
      expect(own.draft).toMatchObject({ speakerId: transcriptSpeakers.host.id, text: unsavedLine });
      const hits = await call(reviewer, 'transcripts:search', { text: '改扩建' });
      expect(hits.hits.map((hit) => hit.turnId)).toEqual([corrected?.id]);
    });

    it('finds turns with their event, place, time and speaker as they stand', async () => {
      const { hits } = await installation.call(reviewer, 'transcripts:search', {
        text: '学位',
        order: 'newest',
      });
      const withDegrees = transcriptTurns.filter((turn) => turn.text.includes('学位')).reverse();
      expect(
        hits.map(({ requestId, eventTitle, turnId, seq, spokenAt, speakerLabel, text }) => ({
          requestId,
          eventTitle,
          turnId,
          seq,
          spokenAt,
          speakerLabel,
          text,
        })),
      ).toEqual(
        withDegrees.map((turn) => ({
          requestId,
          eventTitle: approvedRequest.fields.title,
          turnId: turn.id,
          seq: turn.seq,
          spokenAt: turn.at,
          speakerLabel: speakerLabel(turn.speaker),
          text: turn.text,
        })),
      );
    });

    it.runIf(version >= 7)(
      'keeps the registers, the unit profile and the annual plan',
      async () => {
        const { call } = installation;
        const registers = await call(reviewer, 'registers:list', { unitId: education });
        expect(registers.spokespersons).toMatchObject([
          {
            id: version7Spokesperson.id,
            name: version7Spokesperson.name,
            filedOn: version7Spokesperson.filed_on,
          },
        ]);
        expect(registers.experts).toMatchObject([
          { id: version7Expert.id, name: version7Expert.name, filedOn: null },
        ]);
        expect(registers.accounts).toMatchObject(
          version7Accounts
            .filter((account) => account.unit_id === education)
            .map((account) => ({
              id: account.id,
              accountName: account.account_name,
              closedOn: account.closed_on,
            })),
        );
        expect(registers.profiles).toMatchObject([
          { unitId: education, designated: true, principalHeadName: '王局长' },
        ]);
        const plans = await call(reviewer, 'plans:list', { year: 2026, unitId: education });
        const items = plans.units.flatMap((unit) => unit.items);
        expect(
          items.map(({ id, quarter, topic, requestId: linked }) => ({
            id,
            quarter,
            topic,
            linked,
          })),
        ).toEqual(
          version7Plan.map(({ id, quarter, topic, request_id }) => ({
            id,
            quarter,
            topic,
            linked: request_id,
          })),
        );
        expect(items.find((item) => item.quarter === 2)).toMatchObject({ status: 'done' });
      },
    );

    it.runIf(version >= 8)('keeps each user’s notifications, read or not', async () => {
      for (const user of [drafter, reviewer]) {
        const listed = await installation.call(user, 'notifications:list', {});
        const expected = version8Notifications.filter((notification) => notification.user === user);
        expect(
          listed.map(({ kind, text, createdAt, read }) => ({ kind, text, createdAt, read })),
        ).toEqual(
          expect.arrayContaining(
            expected.map(({ kind, text, created_at, read_at }) => ({
              kind,
              text,
              createdAt: created_at,
              read: read_at !== null,
            })),
          ),
        );
      }
      const unread = await installation.call(drafter, 'notifications:list', { unreadOnly: true });
      expect(unread.map((notification) => notification.kind)).toContain('deadline');
      expect(unread.map((notification) => notification.kind)).not.toContain('decision');
    });
  },
);
