import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contractTemplates } from '../db/schema';
import { AppError, forbidden } from '../errors';
import type { TemplateKind, UpdateTemplateInput } from './schemas';
import {
  assertOwnDocumentType,
  assertTemplateName,
  assertTemplateSource,
  kindEntity,
  kindNoun,
  lockTemplate,
  templateNameConflict,
} from './template-rules';

/** Name, document type, active flag and, for a text template, its text. */
export async function updateTemplate(actor: Actor, input: UpdateTemplateInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  assertTemplateName(input.name);
  if (input.source !== undefined) assertTemplateSource(input.source);
  const db = await getDb();
  // The conflict message names the kind, known once the row is read.
  let kind: TemplateKind = 'contract';
  try {
    await db.transaction(async (tx) => {
      const saved = await lockTemplate(tx, actor, input.templateId);
      kind = saved.kind;
      if (saved.format === 'pdf' && input.source !== undefined) {
        throw new AppError('INVALID_STATE', {
          userMessage: 'Este modelo é um PDF enviado: o texto não pode ser editado. Envie outro PDF para substituí-lo.',
        });
      }
      await assertOwnDocumentType(tx, actor.accountId, input.documentTypeId);
      const values = {
        name: input.name,
        documentTypeId: input.documentTypeId,
        active: input.active,
        ...(input.source !== undefined && { source: input.source }),
      };
      await tx
        .update(contractTemplates)
        .set(values)
        .where(and(eq(contractTemplates.id, saved.id), eq(contractTemplates.accountId, actor.accountId)));
      const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => values[k] !== saved[k]);
      const renamed = saved.name !== input.name ? ` (antes ${saved.name})` : '';
      const activeChange = saved.active === input.active ? '' : input.active ? ': reativado' : ': desativado';
      await recordActivity(tx, actor, {
        action: `${kindEntity[saved.kind]}.updated`,
        entityType: kindEntity[saved.kind],
        entityId: saved.id,
        summary: `Alterou o ${kindNoun[saved.kind]} ${input.name}${renamed}${activeChange}`,
        details: { changed },
      });
    });
  } catch (err) {
    throw templateNameConflict(err, kind);
  }
}
