// Alerts: what changed in a collection's dossier after an update (a new lifecycle event, a new conflict, a
// status change, a new misstatement), each with the sentence that caused it; delivered as signed webhook POSTs
// and as Server-Sent Events. The diff is pure (./diff.ts); the rest are adapters.
export { type AlertFeed, LocalAlerts, localAlerts } from './bus.ts';
export { alertsBetween, dossierAlerts, MAX_EVIDENCE } from './diff.ts';
export { type AlertableFact, alertableFacts, snapshotOf } from './facts.ts';
export { ALERT_CHANNEL, alertsSince, listenAlerts, loadSnapshot, storeAlerts } from './pg.ts';
export { SIGNATURE_HEADER, signBody, verifySignature } from './sign.ts';
export { closeEventStreams, eventRoutes, HEARTBEAT_MS } from './sse.ts';
export type { Alert, AlertKind, Evidence, FactSnapshot } from './types.ts';
export { deliverAlert, WEBHOOK_TIMEOUT_MS, type WebhookTarget, webhookTarget } from './webhook.ts';
