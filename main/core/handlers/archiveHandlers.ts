import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { zipSync } from 'fflate';
import type { archiveChannels } from '../../../shared/contract/archiveChannels.ts';
import { allArchiveSources } from '../archive/allArchiveSources.ts';
import { archivePeriod } from '../archive/periodArchive.ts';
import type { Handlers } from '../rpc/handlers.ts';

type ArchiveHandlers = Pick<Handlers, keyof typeof archiveChannels>;

export function archiveHandlers(db: DatabaseSync): ArchiveHandlers {
  return {
    'archive:export': async (input, context) => {
      const archived = await archivePeriod(
        db,
        allArchiveSources,
        input,
        context.actor,
        context.now,
      );
      const folder = `归档-${input.from}至${input.to}`;
      const zip = Buffer.from(
        zipSync(
          Object.fromEntries(
            archived.files.map((file) => [
              `${folder}/${file.fileName}`,
              new Uint8Array(file.bytes),
            ]),
          ),
        ),
      );
      return {
        fileName: `${folder}.zip`,
        mediaType: 'application/zip',
        contentBase64: zip.toString('base64'),
        sha256: createHash('sha256').update(zip).digest('hex'),
      };
    },
  };
}
