import type { DatabaseSync } from 'node:sqlite';
import type { AuditVerification } from '../../../shared/contract/auditChannels.ts';
import { AppError } from '../appError.ts';
import {
  checkpointCode,
  checkpointSignature,
  rowDigest,
  type AuditCheckpoint,
} from '../audit/auditCheckpoint.ts';
import type { CheckpointComparison, RowRange } from '../audit/checkpointComparison.ts';
import { readKeyPair } from '../exchange/identityRepository.ts';
import { fingerprintOf } from '../exchange/signingKeys.ts';
import type { CommandOutcome } from './commandSupport.ts';

const rows = (range: RowRange) =>
  range.from === range.to ? `第 ${range.from} 条记录` : `第 ${range.from}–${range.to} 条记录`;

/** What plain verify-audit prints: the chain, and how much of it the keys held here could check. */
export function chainReport(result: AuditVerification, keyPlace: string): CommandOutcome {
  const segments = result.keySegments ?? [];
  const notes = segments.length
    ? segments
        .filter((segment) => segment.toSeq >= segment.fromSeq)
        .map((segment) =>
          segment.checked
            ? `${rows({ from: segment.fromSeq, to: segment.toSeq })}以审计密钥 ${segment.keyId} 保护，已用${keyPlace}中的密钥核对。`
            : `${rows({ from: segment.fromSeq, to: segment.toSeq })}以审计密钥 ${segment.keyId} 保护，但${keyPlace}中没有这把密钥：只核对了记录之间的衔接，未核对内容。`,
        )
    : [
        '审计链尚未启用密钥：持有数据文件的人可以改写记录并重算哈希，这只有对照审计校验点才能发现。',
      ];
  if (result.intact) {
    return {
      lines: [`审计链完整：共 ${result.count} 条记录。`, ...notes, `OK ${result.count}`],
      exitCode: 0,
    };
  }
  return {
    lines: [
      `审计链在第 ${result.brokenSeq} 条记录处断裂：${result.reason}。此前 ${result.count} 条记录完好。`,
      ...notes,
      `BROKEN ${result.brokenSeq}`,
    ],
    exitCode: 2,
  };
}

/** Who signed the checkpoint, and whether that is this installation's exchange key. */
function signatureLines(db: DatabaseSync, checkpoint: AuditCheckpoint, source: string) {
  const signature = checkpointSignature(checkpoint);
  if (signature === 'invalid') {
    throw new AppError(
      'bad_checkpoint',
      `“${source}”中审计校验点的签名不符：校验点被改动过，不能用于核对。`,
    );
  }
  if (signature === 'unsigned' || checkpoint.publicKey === null) {
    return {
      lines: ['校验点未签名（生成时本安装尚无交换密钥），其可信程度取决于它的保管。'],
      finding: false,
    };
  }
  const own = readKeyPair(db)?.publicKey ?? null;
  const signer = fingerprintOf(checkpoint.publicKey);
  if (own === checkpoint.publicKey) {
    return {
      lines: [`校验点的签名有效，签名者为本安装的交换密钥（指纹 ${signer}）。`],
      finding: false,
    };
  }
  return {
    lines: [
      own
        ? `校验点由交换密钥 ${signer} 签名，但本安装现在的交换密钥是 ${fingerprintOf(own)}：数据文件中的密钥被更换过。`
        : `校验点由交换密钥 ${signer} 签名，但本安装的数据文件中已没有交换密钥：数据文件中的密钥被删除过。`,
    ],
    finding: true,
  };
}

/** verify-audit --against: the checkpoint, its signature, and how the database compares with it. */
export function checkpointReport(
  db: DatabaseSync,
  installationId: string,
  checkpoint: AuditCheckpoint,
  comparison: CheckpointComparison,
  source: string,
): CommandOutcome {
  if (checkpoint.installationId !== installationId) {
    throw new AppError(
      'checkpoint_other_installation',
      `“${source}”中的审计校验点属于另一安装（${checkpoint.officeName}，安装标识 ${checkpoint.installationId}），不是此数据目录的安装（${installationId}）。`,
    );
  }
  const signed = signatureLines(db, checkpoint, source);
  const head = `审计校验点：${checkpoint.officeName}，截至第 ${checkpoint.rowCount} 条记录，校验码 ${checkpointCode(checkpoint)}，生成于 ${checkpoint.takenAt}。`;
  const findings = [
    ...(comparison.firstDifferent === null
      ? []
      : [
          `第 ${comparison.firstDifferent} 条记录与校验点不符：这条记录在校验点生成之后被改写过（其后各条的哈希随之改变）。`,
        ]),
    ...comparison.missing.map((range) => `缺少${rows(range)}：校验点记有，数据文件中已没有。`),
  ];
  const status =
    comparison.firstDifferent !== null
      ? `CHECKPOINT MISMATCH ${comparison.firstDifferent}`
      : comparison.missing[0]
        ? `CHECKPOINT MISSING ${comparison.missing[0].from}-${comparison.missing[0].to}`
        : `CHECKPOINT OK ${checkpoint.rowCount}`;
  const agrees = findings.length === 0;
  return {
    lines: [
      head,
      ...signed.lines,
      ...(agrees
        ? [`与校验点相符：校验点记有的 ${checkpoint.rowCount} 条记录都在，且未被改动。`]
        : findings),
      status,
    ],
    exitCode: agrees && !signed.finding ? 0 : 2,
  };
}

const codePattern = /^([0-9A-F]{4})-?([0-9A-F]{4})$/i;

/** verify-audit --code XXXX-XXXX --rows N: the code printed on an archive's index. */
export function codeReport(db: DatabaseSync, code: string, rowCount: number): CommandOutcome {
  const match = codePattern.exec(code.trim());
  if (!match || !Number.isInteger(rowCount) || rowCount < 1) {
    throw new AppError(
      'invalid_input',
      '校验码应为 8 位十六进制数字（如 F86E-1A92），--rows 为归档目录上印的记录条数。',
    );
  }
  const wanted = `${match[1]}${match[2]}`.toLowerCase();
  const row = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(rowCount) as
    { hash: string } | undefined;
  if (!row) {
    const count = (
      db.prepare('SELECT COALESCE(MAX(seq), 0) AS count FROM audit_log').get() as { count: number }
    ).count;
    return {
      lines: [
        `缺少${rows({ from: count + 1, to: rowCount })}：纸面校验码记到第 ${rowCount} 条，数据文件只有 ${count} 条。`,
        `CODE MISSING ${count + 1}-${rowCount}`,
      ],
      exitCode: 2,
    };
  }
  return rowDigest(row.hash) === wanted
    ? { lines: [`第 ${rowCount} 条记录的校验码与纸面校验码相符。`, 'CODE OK'], exitCode: 0 }
    : {
        lines: [
          `第 ${rowCount} 条记录的校验码与纸面校验码不符：此前的记录被改写过。`,
          'CODE MISMATCH',
        ],
        exitCode: 2,
      };
}
