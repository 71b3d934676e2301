import type { DatabaseSync } from 'node:sqlite';
import type { materialChannels } from '../../../shared/contract/materialChannels.ts';
import { readSettings } from '../settings/settingsRepository.ts';
import { getAnswer, saveAnswer, searchAnswers } from '../materials/answerService.ts';
import { eventConsistency } from '../materials/consistencyService.ts';
import {
  importWording,
  materialTemplates,
  removeWording,
  resetTemplate,
  saveChecklist,
  saveTemplate,
  saveWording,
} from '../materials/libraryService.ts';
import { listWording } from '../materials/libraryRepository.ts';
import {
  evidenceFile,
  materialChecklist,
  signChecklistItem,
} from '../materials/materialClearanceService.ts';
import { exportMaterialDocument, materialNewMediaText } from '../materials/materialExport.ts';
import { MaterialLocks } from '../materials/materialLocks.ts';
import {
  closeMaterial,
  createMaterial,
  keepMaterialOpen,
  materialsOverview,
  openMaterial,
  saveMaterial,
  saveMaterialChanges,
  takeOverMaterial,
} from '../materials/materialService.ts';
import type { MaterialDeps } from '../materials/materialDeps.ts';
import {
  createMaterialVersion,
  diffMaterialVersions,
  materialVersion,
  materialVersions,
  restoreMaterialVersion,
} from '../materials/materialVersionService.ts';
import type { Handlers } from '../rpc/handlers.ts';

type MaterialHandlers = Pick<Handlers, keyof typeof materialChannels>;

/** Briefing materials: editing, versions, clearance, and what administrators keep for them. */
export function materialHandlers(options: {
  readonly db: DatabaseSync;
  readonly attachmentsDir: string;
}): MaterialHandlers {
  const deps: MaterialDeps = { ...options, locks: new MaterialLocks() };
  const { db } = deps;
  return {
    'materials:overview': (input, context) => materialsOverview(deps, input.requestId, context),
    'materials:create': (input, context) => createMaterial(deps, input, context),
    'materials:open': (input, context) => openMaterial(deps, input.materialId, context),
    'materials:save': (input, context) => saveMaterial(deps, input, context),
    'materials:saveChanges': (input, context) => saveMaterialChanges(deps, input, context),
    'materials:keepOpen': (input, context) => keepMaterialOpen(deps, input.materialId, context),
    'materials:close': (input, context) => closeMaterial(deps, input.materialId, context),
    'materials:takeOver': (input, context) => takeOverMaterial(deps, input.materialId, context),
    'materials:versions': (input, context) => materialVersions(deps, input.materialId, context),
    'materials:version': (input, context) => materialVersion(deps, input.versionId, context),
    'materials:createVersion': (input, context) => createMaterialVersion(deps, input, context),
    'materials:diff': (input, context) => diffMaterialVersions(deps, input, context),
    'materials:restore': (input, context) => restoreMaterialVersion(deps, input, context),
    'materials:checklist': (input, context) => materialChecklist(deps, input.materialId, context),
    'materials:sign': (input, context) => signChecklistItem(deps, input, context),
    'materials:evidence': (input, context) => evidenceFile(deps, input, context),
    'materials:consistency': (input, context) => eventConsistency(deps, input.requestId, context),
    'materials:exportDocument': (input, context) => exportMaterialDocument(db, input, context),
    'materials:newMediaText': (input, context) =>
      materialNewMediaText(db, input.materialId, context),
    'materialTemplates:list': () => materialTemplates(db),
    'materialTemplates:save': (input, context) => saveTemplate(db, input, context),
    'materialTemplates:reset': (input, context) => resetTemplate(db, input.kind, context),
    'checklist:get': () => readSettings(db).clearanceChecklist,
    'checklist:save': (input, context) => saveChecklist(db, input, context),
    'wording:list': () => listWording(db),
    'wording:save': (input, context) => saveWording(db, input, context),
    'wording:remove': (input, context) => removeWording(db, input.entryId, context),
    'wording:import': (input, context) => importWording(db, input, context),
    'answers:search': (input, context) => searchAnswers(db, input, context),
    'answers:get': (input, context) => getAnswer(db, input.answerId, context),
    'answers:save': (input, context) => saveAnswer(db, input, context),
  };
}
