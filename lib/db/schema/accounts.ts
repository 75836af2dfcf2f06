import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  inet,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';

export const roleEnum = pgEnum('role', ['owner', 'admin', 'operator', 'viewer']);

export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    name: text().notNull(),
    slug: text().notNull(),
    /** Staff "tempo de sessão": minutes without activity before a console session ends. */
    sessionIdleMinutes: integer().notNull().default(30),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('accounts_slug_key').on(t.slug),
    check('accounts_session_idle_minutes_range', sql`${t.sessionIdleMinutes} between 1 and 1440`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** Stored lower-cased; sign-in is by e-mail alone, so it is unique across accounts. */
    email: text().notNull(),
    passwordHash: text().notNull(),
    role: roleEnum().notNull().default('operator'),
    active: boolean().notNull().default(true),
    lastLoginAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), index('users_account_idx').on(t.accountId)],
);

/**
 * One row per console sign-in. The JWT cookie only carries this row's id, so the server decides
 * idle timeout, sign-out and deactivation, not the cookie's own lifetime.
 */
export const operatorSessions = pgTable(
  'operator_sessions',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ip: inet(),
    userAgent: text(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    endReason: text(),
    ...timestamps,
  },
  (t) => [index('operator_sessions_user_idx').on(t.userId)],
);

/** "Quem fez o quê": written in the same transaction as the change it describes. */
export const staffActivity = pgTable(
  'staff_activity',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    summary: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>(),
    ip: inet(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('staff_activity_account_created_idx').on(t.accountId, t.createdAt.desc()),
    index('staff_activity_account_entity_idx').on(t.accountId, t.entityType, t.entityId),
  ],
);

/**
 * Failed sign-ins per e-mail address, whether or not a user has it: lock-out then looks the same
 * for existing and unknown addresses, so the sign-in page reveals nothing about who is a user.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  email: text().primaryKey(),
  failures: integer().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }),
  lastFailureAt: timestamp({ withTimezone: true }),
});
