// Where alerts go once found, for whoever listens (the server's /api/events): within one process, an emitter
// that keeps the latest alerts for a subscriber that reconnects (Last-Event-ID); across processes on
// PostgreSQL, LISTEN/NOTIFY over the alerts table (./pg.ts).
import { EventEmitter } from 'node:events';
import type { Alert } from './types.ts';

export interface AlertFeed {
  /** Calls `listener` with each alert as it is found, in id order; returns the unsubscribe. */
  subscribe(listener: (alert: Alert) => void): () => void;
  /** The alerts stored after `id` (what a reconnecting subscriber missed), oldest first, at most `limit`. */
  since(id: number, limit?: number): Promise<Alert[]>;
  close(): Promise<void>;
}

/** Alerts kept in memory for replay to reconnecting subscribers. */
const KEPT = 1000;

export class LocalAlerts implements AlertFeed {
  private emitter = new EventEmitter().setMaxListeners(0);
  private kept: Alert[] = [];

  publish(alerts: Alert[]): void {
    for (const alert of alerts) {
      this.kept.push(alert);
      this.emitter.emit('alert', alert);
    }
    if (this.kept.length > KEPT) this.kept.splice(0, this.kept.length - KEPT);
  }

  subscribe(listener: (alert: Alert) => void): () => void {
    this.emitter.on('alert', listener);
    return () => this.emitter.off('alert', listener);
  }

  async since(id: number, limit = KEPT): Promise<Alert[]> {
    return this.kept.filter((a) => (a.id ?? 0) > id).slice(0, limit);
  }

  async close(): Promise<void> {}
}

/** The process's own alerts: what the inline queue (embedded store, one process) publishes to. */
export const localAlerts = new LocalAlerts();
