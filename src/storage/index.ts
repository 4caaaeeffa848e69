// The storage module's public face: the UI imports from here, never from idb.
export {
  openStore,
  type PeopleStore,
  type PeopleList,
  type ProgressSaved,
  type SkippedRecord,
  type StoreOptions,
  type StoreStatus,
} from './people-store';
export type { StoreNotice } from './open-connection';
export {
  PersonRecordSchema,
  PersonInputSchema,
  checkPersonRecord,
  checkPersonInput,
  isCalendarDate,
  labelKey,
  LABEL_MAX,
  type SavedPerson,
  type PersonInput,
} from './person-record';
export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  invalidFile,
  type ClashResolution,
  type ImportClash,
  type ImportPlan,
  type ImportResult,
  type ImportSummary,
  type ImportUndo,
} from './export-import';
export { DB_NAME, DB_VERSION } from './migrations';
export { labelProblem, type LabelProblem } from './label-guard';
export { mergeProgress, progressOf, sameProgress, type Progress } from './progress';
export type { ImportProblem, StorageError, StoreResult, UnavailableReason } from './storage-result';
