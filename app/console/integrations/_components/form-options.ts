import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { listTemplates } from '@/lib/notification-templates/list-templates';
import { listEmployeeOptions } from '@/lib/people/list-employees';
import { formatTaxId } from '@/lib/people/tax-id';

/** What the integration form's selects offer: this account's employees and templates. */
export async function integrationFormOptions(actor: Pick<Actor, 'accountId'>) {
  const [people, templates] = await Promise.all([listEmployeeOptions(actor), listTemplates(actor)]);
  return {
    employees: people.map((e) => ({ id: e.id, label: `${e.name} (${formatTaxId(e.cpf)})` })),
    emailTemplates: templates.filter((t) => t.channel === 'email').map((t) => ({ id: t.id, label: t.name })),
    whatsappTemplates: templates.filter((t) => t.channel === 'whatsapp').map((t) => ({ id: t.id, label: t.name })),
  };
}
export type IntegrationFormOptions = Awaited<ReturnType<typeof integrationFormOptions>>;
