'use client';

import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

/** The dialog every settings form opens in: a trigger button, a title, the form. */
export function SettingsDialog({
  open,
  onOpenChange,
  trigger,
  title,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: { label: string; ariaLabel?: string; variant?: 'primary' | 'secondary'; size?: 'sm' | 'md' };
  title: string;
  children: ReactNode;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>
        <Button variant={trigger.variant ?? 'primary'} size={trigger.size ?? 'md'} aria-label={trigger.ariaLabel}>
          {trigger.label}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed left-1/2 top-1/2 max-h-[90vh] w-full max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl"
        >
          <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

export function DialogButtons({ cancel, submit, pending, saving }: { cancel: string; submit: string; pending: boolean; saving: string }) {
  return (
    <div className="flex justify-end gap-2">
      <Dialog.Close asChild>
        <Button variant="secondary" type="button">
          {cancel}
        </Button>
      </Dialog.Close>
      <Button type="submit" disabled={pending}>
        {pending ? saving : submit}
      </Button>
    </div>
  );
}
