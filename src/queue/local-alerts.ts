// Alerts on the embedded store (one process): the facts snapshot kept in the store's dossiers table, the alerts
// published to the process's own feed (src/alerts localAlerts, which its server's /api/events reads), and their
// webhook deliveries queued on the inline queue.
import { type Alert, type FactSnapshot, localAlerts, type WebhookTarget } from '../alerts/index.ts';
import type { Store } from '../store/index.ts';
import type { AlertSink, Sender } from './context.ts';

let lastId = 0;
/** Increasing ids without a table: microseconds since the epoch, or one more than the last (exact in a double
 *  until the year 2255), so a subscriber's Last-Event-ID still orders after a restart. */
const nextId = () => (lastId = Math.max(lastId + 1, Date.now() * 1000));

const snapshotKey = (collection: string) => `alerts:${collection}`;

export function localAlertSink(store: Store, queue: Sender, webhook: () => WebhookTarget | null): AlertSink {
  return {
    async snapshot(collection) {
      return (await store.loadDossier<FactSnapshot>(snapshotKey(collection)))?.json ?? null;
    },
    async commit(collection, snapshot, alerts) {
      await store.saveDossier(snapshotKey(collection), snapshot);
      const stored: Alert[] = alerts.map((a) => ({ ...a, id: nextId() }));
      localAlerts.publish(stored);
      const target = webhook();
      if (target) for (const alert of stored) await queue.send('webhook', { url: target.url, alert });
      return stored;
    },
  };
}
