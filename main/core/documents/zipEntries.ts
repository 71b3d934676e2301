import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * The entries of a zip file as stored, to read a few of them and to write the file again with one
 * replaced, copying the others' compressed bytes as they are instead of inflating and deflating
 * every part (a 300-page 文字实录's document part is 2 MB of XML). Zip64 and data descriptors are
 * not read: the docx packer writes neither.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 DEFLATE. */
  readonly method: number;
  /** The local header and the compressed data, as in the file. */
  readonly local: Uint8Array;
  /** The central directory record, its offset still the original one. */
  readonly central: Uint8Array;
  readonly dataOffset: number;
  readonly compressedSize: number;
}

const endSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const dataDescriptorFlag = 0x0008;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endRecordOffset(data: DataView): number {
  for (let offset = data.byteLength - 22; offset >= 0; offset--) {
    if (data.getUint32(offset, true) === endSignature) return offset;
  }
  throw new Error('Not a zip file: no end of central directory record');
}

export function readZipEntries(zip: Uint8Array): ZipEntry[] {
  const data = view(zip);
  const end = endRecordOffset(data);
  const count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (data.getUint32(offset, true) !== centralSignature) throw new Error('Corrupt zip directory');
    const flags = data.getUint16(offset + 8, true);
    const method = data.getUint16(offset + 10, true);
    const compressedSize = data.getUint32(offset + 20, true);
    const nameLength = data.getUint16(offset + 28, true);
    const centralLength =
      46 + nameLength + data.getUint16(offset + 30, true) + data.getUint16(offset + 32, true);
    const localOffset = data.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + nameLength));
    if (
      (flags & dataDescriptorFlag) !== 0 ||
      data.getUint32(localOffset, true) !== localSignature
    ) {
      throw new Error(`Zip entry ${name} is not in a form this reader takes`);
    }
    const dataOffset =
      localOffset +
      30 +
      data.getUint16(localOffset + 26, true) +
      data.getUint16(localOffset + 28, true);
    entries.push({
      name,
      method,
      local: zip.subarray(localOffset, dataOffset + compressedSize),
      central: zip.subarray(offset, offset + centralLength),
      dataOffset: dataOffset - localOffset,
      compressedSize,
    });
    offset += centralLength;
  }
  return entries;
}

/** The uncompressed bytes of an entry. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  const stored = entry.local.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return stored;
  if (entry.method === 8) return inflateRawSync(stored);
  throw new Error(`Zip entry ${entry.name}: compression method ${entry.method} is not read`);
}

/** An entry holding `bytes` in place of `entry`'s, deflated, under the same name and date. */
export function replacedEntry(entry: ZipEntry, bytes: Uint8Array): ZipEntry {
  const compressed = deflateRawSync(bytes);
  const checksum = crc32(bytes);
  const header = entry.local.slice(0, entry.dataOffset);
  const central = entry.central.slice();
  // Method, CRC-32 and the two sizes sit at 8/14 in a local header and 10/16 in a central record.
  for (const [record, method, checksumAt] of [
    [view(header), 8, 14],
    [view(central), 10, 16],
  ] as const) {
    record.setUint16(method, 8, true);
    record.setUint32(checksumAt, checksum, true);
    record.setUint32(checksumAt + 4, compressed.length, true);
    record.setUint32(checksumAt + 8, bytes.length, true);
  }
  const local = new Uint8Array(header.length + compressed.length);
  local.set(header);
  local.set(compressed, header.length);
  return { ...entry, method: 8, local, central, compressedSize: compressed.length };
}

/** The zip file of `entries`, in their order. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const localSize = entries.reduce((sum, entry) => sum + entry.local.length, 0);
  const centralSize = entries.reduce((sum, entry) => sum + entry.central.length, 0);
  const zip = Buffer.alloc(localSize + centralSize + 22);
  const data = view(zip);
  let offset = 0;
  const localOffsets = entries.map((entry) => {
    const at = offset;
    zip.set(entry.local, at);
    offset += entry.local.length;
    return at;
  });
  for (const [index, entry] of entries.entries()) {
    zip.set(entry.central, offset);
    data.setUint32(offset + 42, localOffsets[index] ?? 0, true);
    offset += entry.central.length;
  }
  data.setUint32(offset, endSignature, true);
  data.setUint16(offset + 8, entries.length, true);
  data.setUint16(offset + 10, entries.length, true);
  data.setUint32(offset + 12, centralSize, true);
  data.setUint32(offset + 16, localSize, true);
  return zip;
}
