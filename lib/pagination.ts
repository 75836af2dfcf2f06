import { z } from './validation';

export const DEFAULT_PAGE_SIZE = 25;

/** ?page=N&q=… as console lists read them; junk falls back to page 1 instead of an error page. */
export const listParams = z.object({
  page: z.coerce.number().int().min(1).catch(1).default(1),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined)),
});
export type ListParams = z.output<typeof listParams>;

export type Page<T> = { rows: T[]; page: number; pageSize: number; hasMore: boolean };

/** Query pageSize + 1 rows, then call this: no COUNT(*) over large tables just to draw "next". */
export function toPage<T>(rows: T[], page: number, pageSize = DEFAULT_PAGE_SIZE): Page<T> {
  return { rows: rows.slice(0, pageSize), page, pageSize, hasMore: rows.length > pageSize };
}

export function pageOffset(page: number, pageSize = DEFAULT_PAGE_SIZE) {
  return (page - 1) * pageSize;
}
