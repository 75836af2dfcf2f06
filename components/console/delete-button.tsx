'use client';

import type { ActionResult } from '@/lib/action';
import { ConfirmButton } from './confirm-button';

type Props = {
  /** What is being deleted, e.g. "a filial Centro". */
  what: string;
  action: () => Promise<ActionResult<unknown>>;
  /** Where to go after deleting; default: stay and refresh. */
  redirectTo?: string;
  label?: string;
};

/** Asks for confirmation, runs the delete action, and shows a refusal (with its reason) in place. */
export function DeleteButton({ what, action, redirectTo, label = 'Excluir' }: Props) {
  return (
    <ConfirmButton
      label={label}
      title={`Excluir ${what}?`}
      description="Esta ação não pode ser desfeita."
      confirmLabel="Excluir"
      pendingLabel="Excluindo…"
      action={action}
      redirectTo={redirectTo}
    />
  );
}
