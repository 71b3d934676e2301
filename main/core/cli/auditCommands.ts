import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../appError.ts';
import { checkpointCode, checkpointFileText } from '../audit/auditCheckpoint.ts';
import { heldChainKeys } from '../audit/auditKeying.ts';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { compareWithCheckpoint, firstDisagreement } from '../audit/checkpointComparison.ts';
import { readCheckpointFrom } from '../audit/checkpointFiles.ts';
import { peerCheckpoints, witnessedInstallations } from '../exchange/peerCheckpointRepository.ts';
import { readInstallationValue } from '../settings/settingsRepository.ts';
import { chainReport, checkpointReport, codeReport } from './auditReport.ts';
import {
  cliChainKeys,
  openExisting,
  type CommandOutcome,
  type KeyOptions,
} from './commandSupport.ts';

export interface VerifyOptions extends KeyOptions {
  /** A checkpoint: a package, a backup or archive folder, an archive .zip, or the JSON itself. */
  readonly against?: string | undefined;
  /** The code printed on an archive's index, with the number of rows printed beside it. */
  readonly code?: string | undefined;
  readonly rows?: number | undefined;
}

/**
 * Checks the audit chain with the keys held for it, and, when given, against a checkpoint taken
 * earlier or the code printed on an archive's index.
 */
export function verifyAudit(dataDir: string, options: VerifyOptions = {}): CommandOutcome {
  const keys = cliChainKeys(dataDir, options);
  const { db, close } = openExisting(dataDir, keys);
  try {
    const installationId = readInstallationValue(db, 'installationId');
    if (options.auditKey && installationId && heldChainKeys(db).length === 0) {
      throw new AppError(
        'audit_key_other_installation',
        `${keys.place}不是此数据目录的安装（${installationId}）的审计密钥。`,
      );
    }
    const outcomes = [chainReport(verifyAuditChain(db), keys.place)];
    if (options.against) {
      if (!installationId) throw new AppError('no_installation', '此数据目录尚未完成初始设置。');
      const checkpoint = readCheckpointFrom(options.against);
      const comparison = compareWithCheckpoint(db, checkpoint);
      outcomes.push(
        checkpointReport(db, installationId, checkpoint, comparison, resolve(options.against)),
      );
    }
    if (options.code !== undefined) outcomes.push(codeReport(db, options.code, options.rows ?? 0));
    return {
      lines: outcomes.flatMap((outcome) => outcome.lines),
      exitCode: Math.max(...outcomes.map((outcome) => outcome.exitCode)),
    };
  } finally {
    close();
  }
}

/**
 * The checkpoints this installation holds of its peers' chains: for each peer, the longest that
 * agrees with every one received before it is written to `out`, for the peer's administrator to
 * check against (verify-audit --against). A checkpoint that contradicts an earlier one (the
 * peer's chain rewritten, or shorter than it was) is reported, and never taken as the reference.
 */
export function exportPeerCheckpoints(dataDir: string, out: string): CommandOutcome {
  const { db, close } = openExisting(dataDir);
  try {
    const target = resolve(out);
    const lines: string[] = [];
    let contradictions = 0;
    for (const installationId of witnessedInstallations(db)) {
      const [first, ...later] = peerCheckpoints(db, installationId);
      if (!first) continue;
      let reference = first;
      const found: string[] = [];
      for (const checkpoint of later) {
        const row = firstDisagreement(reference, checkpoint);
        if (row !== null) {
          found.push(
            `  ${checkpoint.takenAt} 收到的校验点在第 ${row} 条记录处与更早的校验点不一致：对方的审计链被改写过。`,
          );
        } else if (checkpoint.rowCount < reference.rowCount) {
          found.push(
            `  ${checkpoint.takenAt} 收到的校验点只有 ${checkpoint.rowCount} 条记录，比更早的校验点（${reference.rowCount} 条）少：对方的审计链被截短过。`,
          );
        } else {
          reference = checkpoint;
        }
      }
      const fileName = `审计校验点-${installationId}.json`;
      mkdirSync(target, { recursive: true });
      writeFileSync(join(target, fileName), checkpointFileText(reference));
      lines.push(
        `${reference.officeName}（${installationId}）：收到 ${later.length + 1} 个校验点；截至第 ${reference.rowCount} 条记录、校验码 ${checkpointCode(reference)} 的一个已写入 ${fileName}。`,
        ...found,
      );
      contradictions += found.length;
    }
    if (lines.length === 0) lines.push('本安装尚未从其他单位收到审计校验点。');
    return { lines, exitCode: contradictions > 0 ? 2 : 0 };
  } finally {
    close();
  }
}
