// The storage module's public face: the UI imports from here, never from idb.
export { openStore, type PeopleStore, type PeopleList, type SkippedRecord, type StoreOptions, type StoreStatus } from './people-store';
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
export { EXPORT_FORMAT, EXPORT_VERSION, type ClashResolution, type ImportClash, type ImportPlan, type ImportSummary } from './export-import';
export { DB_NAME, DB_VERSION } from './migrations';
export { labelProblem, type LabelProblem } from './label-guard';
export type { StorageError, StoreResult, UnavailableReason } from './storage-result';
