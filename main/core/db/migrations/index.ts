import type { Migration } from '../migration.ts';
import { foundationMigration } from './001_foundation.ts';
import { accountsMigration } from './002_accounts.ts';
import { requestsMigration } from './003_requests.ts';
import { exchangeMigration } from './004_exchange.ts';
import { materialsMigration } from './005_materials.ts';
import { transcriptsMigration } from './006_transcripts.ts';
import { schedulingMigration } from './007_scheduling.ts';
import { notificationsMigration } from './008_notifications.ts';
import { deferredSearchTokensMigration } from './009_deferredSearchTokens.ts';
import { signInAttemptsMigration } from './010_signInAttempts.ts';
import { auditAnchorsMigration } from './011_auditAnchors.ts';
import { documentNumbersMigration } from './012_documentNumbers.ts';
import { searchIndexWithoutPositionsMigration } from './013_searchIndexWithoutPositions.ts';
import { evaluationMarksMigration } from './014_evaluationMarks.ts';
import { concernsMigration } from './015_concerns.ts';
import { hubSyncMigration } from './016_hubSync.ts';
import { receivedEvaluationsMigration } from './017_receivedEvaluations.ts';
import { materialBlocksMigration } from './018_materialBlocks.ts';
import { searchIndexMergingMigration } from './019_searchIndexMerging.ts';
import { indexedTurnsMigration } from './020_indexedTurns.ts';

/** Every migration in order. Append new ones at the end; never edit or reorder released ones. */
export const migrations: readonly Migration[] = [
  foundationMigration,
  accountsMigration,
  requestsMigration,
  exchangeMigration,
  materialsMigration,
  transcriptsMigration,
  schedulingMigration,
  notificationsMigration,
  deferredSearchTokensMigration,
  signInAttemptsMigration,
  auditAnchorsMigration,
  documentNumbersMigration,
  searchIndexWithoutPositionsMigration,
  evaluationMarksMigration,
  concernsMigration,
  hubSyncMigration,
  receivedEvaluationsMigration,
  materialBlocksMigration,
  searchIndexMergingMigration,
  indexedTurnsMigration,
];

export const latestSchemaVersion = migrations.length;
