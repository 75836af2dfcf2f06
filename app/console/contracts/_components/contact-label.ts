import { formatPhone } from '@/lib/people/phone';

/** "Maria — maria@x.com.br · (11) 98765-4321": how the witness select shows a contact. */
export function contactLabel(c: { name: string; email: string | null; phone: string | null }) {
  const reach = [c.email, c.phone ? formatPhone(c.phone) : null].filter(Boolean).join(' · ');
  return reach ? `${c.name} — ${reach}` : c.name;
}
