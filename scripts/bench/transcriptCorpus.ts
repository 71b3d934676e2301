import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../../main/core/db/transaction.ts';
import { saveRequest } from '../../main/core/requests/requestRepository.ts';
import { tokensForIndex } from '../../main/core/search/ftsTokens.ts';
import { completeFields } from '../../main/core/testing/requests.ts';
import { turnSearchKind } from '../../main/core/transcripts/turnIndex.ts';

/** Phrases of county press conferences, combined at random into turns. */
const phrases = [
  '各位记者朋友',
  '上午好',
  '感谢大家',
  '今年以来',
  '全县',
  '新增公办学位',
  '三千个',
  '课后服务',
  '实现全覆盖',
  '义务教育',
  '优质均衡',
  '防汛工作',
  '防汛物资',
  '储备充足',
  '乡村振兴',
  '项目资金',
  '已经到位',
  '营商环境',
  '持续优化',
  '企业开办',
  '一网通办',
  '民生实事',
  '稳步推进',
  '医疗保障',
  '城乡居民',
  '养老保险',
  '参保率',
  '就业创业',
  '农村公路',
  '改造提升',
  '生态环境',
  '河长制',
  '安全生产',
  '专项整治',
  '下一步',
  '我们将',
  '继续推进',
  '确保',
  '按期完成',
  '请问',
  '记者提问',
  '谢谢',
  '主持人',
  '发布会',
  '有关情况',
  '介绍一下',
  '具体措施',
  '进一步',
  '加强',
  '落实责任',
  '群众关心',
  '热点问题',
  '回应关切',
  '信息公开',
  '政务服务',
  '数字化',
  '改革',
  '试点',
];
/** Rare words, so that some queries have few matches (a LIKE scan then reads every row). */
const rare = ['汛期调度', '冷链物流', '古树名木', '非遗传承'];

/** A small fast PRNG (mulberry32), seeded, so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function turnText(next: () => number): string {
  const count = 3 + Math.floor(next() * 9);
  let text = '';
  for (let i = 0; i < count; i++) {
    const pool = next() < 0.002 ? rare : phrases;
    text +=
      pool[Math.floor(next() * pool.length)] + (i === count - 1 ? '。' : next() < 0.3 ? '，' : '');
  }
  return text;
}

export interface Corpus {
  readonly turnCount: number;
  /** Each turn's text, in insertion order, for the file-based baseline. */
  readonly texts: string[];
  /** Time spent writing the index (tokenising included), and writing everything else. */
  readonly indexMs: number;
  readonly rowsMs: number;
}

/**
 * Writes `turnCount` turns spread over events of 500 turns, each indexed as the app indexes a turn
 * (same tokens, same tables), in one transaction with prepared statements.
 */
export function buildCorpus(db: DatabaseSync, unitId: string, turnCount: number): Corpus {
  const next = random(20261127);
  const texts: string[] = [];
  const perEvent = 500;
  const started = performance.now();
  let indexMs = 0;
  inTransaction(db, () => {
    const transcript = db.prepare(
      'INSERT INTO transcripts (request_id, started_at, started_by) VALUES (?, ?, ?)',
    );
    const speaker = db.prepare(
      `INSERT INTO transcript_speakers (id, request_id, position, role, name, title, outlet, added_at)
       VALUES (?, ?, ?, 'speaker', ?, '', '', ?)`,
    );
    const turn = db.prepare(
      `INSERT INTO transcript_turns (id, request_id, seq, speaker_id, text, spoken_at, offset_ms, revision,
         committed_by, committed_by_name, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 'bench', '记录', ?)`,
    );
    const doc = db.prepare(
      'INSERT INTO search_documents (kind, ref_id, title, body, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    const place = db.prepare(
      'INSERT INTO indexed_turns (document_id, request_id, seq, spoken_at) VALUES (?, ?, ?, ?)',
    );
    const index = db.prepare('INSERT INTO search_index (rowid, tokens) VALUES (?, ?)');
    const statistics = db.prepare(
      'INSERT INTO search_statistics (id, kind, length) VALUES (?, ?, ?)',
    );
    for (let first = 0; first < turnCount; first += perEvent) {
      const at = new Date(Date.UTC(2017, 0, 1) + (first / perEvent) * 86_400_000).toISOString();
      const requestId = randomUUID();
      saveRequest(db, {
        id: requestId,
        origin: 'bench',
        fields: { ...completeFields(unitId), startsAt: at, endsAt: null },
        state: 'approved',
        draftedBy: 'bench',
        draftedByName: '经办',
        submittedBy: 'bench',
        submittedAt: at,
        approvedHash: null,
        approvedAt: at,
        fastTracked: false,
        ratifiedAt: null,
        voidedReason: null,
        round: 1,
        revision: 1,
        createdAt: at,
        updatedAt: at,
      });
      transcript.run(requestId, at, 'bench');
      const speakers = ['李主持', '赵发布', '钱发言', '孙参加', '周记者'].map((name, position) => {
        const id = randomUUID();
        speaker.run(id, requestId, position + 1, name, at);
        return { id, name };
      });
      for (let seq = 1; seq <= Math.min(perEvent, turnCount - first); seq++) {
        const text = turnText(next);
        const who = speakers[seq % speakers.length] ?? speakers[0];
        const id = randomUUID();
        turn.run(id, requestId, seq, who?.id ?? '', text, at, seq * 20_000, at);
        const rowid = Number(
          doc.run(turnSearchKind, id, who?.name ?? '', text, at).lastInsertRowid,
        );
        place.run(rowid, requestId, seq, at);
        const indexing = performance.now();
        const indexed = tokensForIndex(turnSearchKind, `${who?.name}\n${text}`);
        index.run(rowid, indexed.tokens);
        statistics.run(rowid, turnSearchKind, indexed.length);
        indexMs += performance.now() - indexing;
        texts.push(text);
      }
    }
  });
  return { turnCount, texts, indexMs, rowsMs: performance.now() - started - indexMs };
}
