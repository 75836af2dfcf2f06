import type { ContractStatus } from '@/lib/contracts/schemas';

export function statusTone(status: ContractStatus): 'neutral' | 'green' | 'red' | 'blue' {
  if (status === 'active') return 'green';
  if (status === 'awaiting_signature') return 'blue';
  if (status === 'cancelled') return 'red';
  return 'neutral';
}
