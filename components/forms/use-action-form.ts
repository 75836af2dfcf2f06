'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';

/**
 * react-hook-form + the same zod schema the server action parses with: errors show before the
 * round trip, and whatever the server still refuses comes back onto the same fields.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<R>>,
  opts: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: R) => void } = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: opts.defaultValues,
  });
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await action(values as z.input<S>);
    if (result.ok) {
      opts.onSuccess?.(result.data);
      return;
    }
    let placed = false;
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === '_') continue;
      form.setError(field as Path<z.input<S>>, { message: messages[0] });
      placed = true;
    }
    // A refusal that names its fields is shown there; only the rest goes to the form-level alert.
    setFormError(placed ? null : result.message);
  });

  return { form, onSubmit, formError, pending: form.formState.isSubmitting };
}
