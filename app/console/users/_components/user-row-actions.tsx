'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { changeUserRoleAction, setUserActiveAction } from '../actions';

type Props = {
  user: { id: string; name: string; role: string; active: boolean };
  roles: { value: string; label: string }[];
};

export function UserRowActions({ user, roles }: Props) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      setError(null);
      const res = await fn();
      if (!res.ok) setError(res.message ?? 'Não foi possível salvar.');
    });

  return (
    <div className="flex items-center justify-end gap-2">
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        Papel de {user.name}
      </label>
      <select
        id={`role-${user.id}`}
        defaultValue={user.role}
        disabled={pending}
        onChange={(e) => run(() => changeUserRoleAction({ userId: user.id, role: e.target.value as never }))}
        className="h-8 rounded-md border border-slate-300 bg-white px-2 text-xs"
      >
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <Button
        size="sm"
        variant={user.active ? 'secondary' : 'primary'}
        disabled={pending}
        onClick={() => {
          if (user.active && !window.confirm(`Desativar ${user.name}? As sessões abertas dele serão encerradas.`)) return;
          run(() => setUserActiveAction({ userId: user.id, active: !user.active }));
        }}
      >
        {user.active ? 'Desativar' : 'Reativar'}
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
