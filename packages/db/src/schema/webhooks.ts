import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Each GitHub delivery once, by its id, so a replay has no second effect. */
export const webhookDeliveries = pgTable('webhook_deliveries', {
  id: text().primaryKey(),
  event: text().notNull(),
  action: text(),
  repository: text(),
  payload: jsonb().$type<Record<string, unknown>>().notNull(),
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  processedAt: timestamp({ withTimezone: true }),
  error: text(),
});
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
export type NewWebhookDelivery = typeof webhookDeliveries.$inferInsert;
