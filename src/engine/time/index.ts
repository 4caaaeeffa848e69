// Japan-time calendar, holidays, counter status, openings and the renewal window: one import for the app.
export * from './jst';
export * from './holidays';
export * from './calendar';
export * from './day-status';
export * from './counter-status';
export * from './openings';
export * from './renewal';
export * from './date-entry';
export * from './freshness';
export * from './stay';
