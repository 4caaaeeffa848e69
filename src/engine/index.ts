// The engine's public surface for the UI: pure functions over validated city data and national rules.
export * from './conditions';
export * from './checklist';
export * from './id-check';
export * from './pin-triage';
export * from './child-renewal';
