import type { DatabaseSync } from 'node:sqlite';
import { findActiveUnitByName, findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { ApplyContext, ExchangeRegistry } from '../exchange/exchangeRegistry.ts';
import type { ExchangeRecord } from '../exchange/exchangeRecord.ts';
import {
  concernRecordKinds,
  concernRecordPayload,
  type ConcernRecordPayload,
  type TravellingStepKind,
} from './concernRecord.ts';
import {
  addConcernStep,
  addConcernUnit,
  concernUnits,
  earliestUserId,
  findConcern,
  insertConcern,
  updateConcern,
  type ConcernRecord,
} from './concernRepository.ts';

const unplaceable = (message: string) => new AppError('exchange_unplaceable', message);

/** Steps only the news office takes; a unit's installation sending one is refused. */
const newsOfficeSteps: readonly TravellingStepKind[] = ['register', 'assign', 'clock'];

function parse(record: ExchangeRecord, kind: TravellingStepKind): ConcernRecordPayload {
  const parsed = concernRecordPayload.safeParse(record.payload);
  if (
    !parsed.success ||
    parsed.data.concernId !== record.refs['concernId'] ||
    parsed.data.step.details.kind !== kind
  ) {
    throw unplaceable('数据包中的舆情记录格式不正确（可能来自不兼容的版本），未导入任何内容。');
  }
  return parsed.data;
}

const fromNewsOffice = (db: DatabaseSync, context: ApplyContext): boolean =>
  context.sender.unitId !== null && findUnit(db, context.sender.unitId)?.kind === 'newsOffice';

const localUnitId = (db: DatabaseSync, name: string | null): string | null =>
  name === null ? null : (findActiveUnitByName(db, name)?.id ?? null);

/**
 * At a unit: the news office's item as it now stands. Units are placed by name; the registrant
 * is kept by name, the row's local user being whoever imported it (the schema asks for one).
 */
function placeItem(
  db: DatabaseSync,
  payload: ConcernRecordPayload,
  context: ApplyContext,
): ConcernRecord {
  const { item } = payload;
  const unitIds = item.unitNames
    .map((name) => localUnitId(db, name))
    .filter((id): id is string => id !== null);
  const local = findConcern(db, payload.concernId);
  if (!local && unitIds.length === 0) {
    throw unplaceable(
      `数据包中的舆情所涉单位（${item.unitNames.join('、')}）在本工作台都找不到，未导入任何内容。请管理员核对单位名称。`,
    );
  }
  const registeredBy = context.actor?.userId ?? earliestUserId(db);
  if (!registeredBy) throw unplaceable('本工作台尚无用户，不能接收舆情。');
  const placed: ConcernRecord = {
    id: payload.concernId,
    source: item.source,
    firstSeenAt: item.firstSeenAt,
    summary: item.summary,
    links: item.links,
    level: item.level,
    clockMarked: item.clockMarked,
    registeredBy: local?.registeredBy ?? registeredBy,
    registeredByName: item.registeredByName,
    registeredAt: item.registeredAt,
    assignedUnitId: localUnitId(db, item.assignedUnitName),
    assignedDeadline: item.assignedDeadline,
    requestId: local?.requestId ?? null,
    closedAt: item.closedAt,
    responseMs: item.responseMs,
  };
  if (local) {
    updateConcern(db, placed);
    for (const unitId of unitIds) addConcernUnit(db, placed.id, unitId);
  } else {
    insertConcern(db, placed, unitIds);
  }
  return placed;
}

/** At the news office: a step taken at a unit's installation, on an item the news office holds. */
function placeUnitStep(
  db: DatabaseSync,
  payload: ConcernRecordPayload,
  kind: TravellingStepKind,
  context: ApplyContext,
): void {
  if (newsOfficeSteps.includes(kind)) {
    throw unplaceable(
      `发送方“${context.sender.name}”不是新闻办的工作台，不能登记、指定或计时舆情，未导入任何内容。`,
    );
  }
  const local = findConcern(db, payload.concernId);
  if (!local) {
    throw unplaceable('数据包中的舆情记录所涉舆情不在本工作台，未导入任何内容。');
  }
  const unitId = context.sender.unitId;
  if (!unitId || !concernUnits(db, local.id).some((unit) => unit.id === unitId)) {
    throw unplaceable(
      `发送方“${context.sender.name}”所代表的单位不是该舆情的涉及单位，未导入任何内容。`,
    );
  }
  const { details } = payload.step;
  if (details.kind === 'close' && local.closedAt === null) {
    updateConcern(db, { ...local, closedAt: payload.step.at, responseMs: details.responseMs });
  }
}

function applierFor(kind: TravellingStepKind) {
  return (db: DatabaseSync, record: ExchangeRecord, context: ApplyContext): void => {
    const payload = parse(record, kind);
    if (fromNewsOffice(db, context)) placeItem(db, payload, context);
    else placeUnitStep(db, payload, kind, context);
    const { step } = payload;
    addConcernStep(
      db,
      payload.concernId,
      { userId: step.actorId, displayName: step.actorName },
      step.at,
      step.details,
    );
    appendAudit(db, context.actor, context.now, {
      action: 'concern.received',
      subjectKind: 'concern',
      subjectId: payload.concernId,
      details: { kind: record.kind, from: context.sender.name, recordId: record.id },
    });
  };
}

export function registerConcernAppliers(registry: ExchangeRegistry): void {
  for (const kind of Object.keys(concernRecordKinds) as TravellingStepKind[]) {
    registry.register(concernRecordKinds[kind], applierFor(kind));
  }
}
