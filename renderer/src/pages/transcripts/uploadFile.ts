import { uploadChunkBytes } from '../../../../shared/contract/transcriptChannels.ts';
import type { Deliverable } from '../../../../shared/domain/transcripts.ts';
import type { Result } from '../../../../shared/contract/result.ts';
import { invoke } from '../../api.ts';
import { bytesToBase64, transportCodes, wait } from './base64.ts';

/**
 * Sends a file in chunks (a full video runs to gigabytes), each retried on a lost connection;
 * main stores it content-addressed once the last chunk is in.
 */
export async function uploadFile(
  requestId: string,
  deliverableId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<Result<readonly Deliverable[]>> {
  const begun = await invoke('transcripts:beginUpload', {
    requestId,
    deliverableId,
    fileName: file.name,
    mediaType: file.type || 'application/octet-stream',
    size: file.size,
  });
  if (!begun.ok) return begun;
  const { uploadId } = begun.value;
  for (let offset = 0; offset < file.size;) {
    const slice = new Uint8Array(await file.slice(offset, offset + uploadChunkBytes).arrayBuffer());
    const sent = await invoke('transcripts:uploadChunk', {
      requestId,
      uploadId,
      offset,
      contentBase64: bytesToBase64(slice),
    });
    if (!sent.ok && transportCodes.includes(sent.error.code)) {
      await wait(1000);
      continue;
    }
    if (!sent.ok) return sent;
    offset = sent.value.receivedBytes;
    onProgress(offset / file.size);
  }
  return invoke('transcripts:finishUpload', { requestId, uploadId });
}
