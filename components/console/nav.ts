import type { Role } from '@/lib/auth/roles';

export type NavItem = {
  key: string;
  href: string;
  /** Minimum role that may open the section. */
  role: Role;
  /** False while the section is not built yet: its page says so plainly. */
  ready: boolean;
};

export type NavGroup = { key: string; items: NavItem[] };

export const consoleNav: NavGroup[] = [
  {
    key: 'setup',
    items: [
      { key: 'integrations', href: '/console/integrations', role: 'viewer', ready: true },
      { key: 'branches', href: '/console/branches', role: 'viewer', ready: true },
      { key: 'settings', href: '/console/settings', role: 'viewer', ready: true },
    ],
  },
  {
    key: 'registry',
    items: [
      { key: 'customers', href: '/console/customers', role: 'viewer', ready: true },
      { key: 'employees', href: '/console/employees', role: 'viewer', ready: true },
      { key: 'templates', href: '/console/templates', role: 'viewer', ready: true },
    ],
  },
  {
    key: 'signing',
    items: [
      { key: 'contracts', href: '/console/contracts', role: 'viewer', ready: true },
      { key: 'envelopes', href: '/console/envelopes', role: 'viewer', ready: true },
      { key: 'identityReviews', href: '/console/identity-reviews', role: 'operator', ready: true },
      { key: 'reports', href: '/console/reports', role: 'viewer', ready: true },
    ],
  },
  {
    key: 'admin',
    items: [
      { key: 'users', href: '/console/users', role: 'admin', ready: true },
      { key: 'apiKeys', href: '/console/api-keys', role: 'admin', ready: true },
      { key: 'folders', href: '/console/folders', role: 'admin', ready: true },
      { key: 'webhooks', href: '/console/webhooks', role: 'admin', ready: true },
      { key: 'logs', href: '/console/logs', role: 'admin', ready: true },
      { key: 'outbox', href: '/console/outbox', role: 'admin', ready: true },
      { key: 'jobs', href: '/console/jobs', role: 'admin', ready: true },
    ],
  },
];
