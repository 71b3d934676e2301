import type { Migration } from '../migration.ts';

/** Live transcripts: turns and their history, speakers, audio, questions, deliverables. */
export const transcriptsMigration: Migration = {
  version: 6,
  name: 'transcripts',
  up: () => {
    // Filled in by the transcript feature before this release; empty migrations are harmless.
  },
};
