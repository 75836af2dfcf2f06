const TZ = 'America/Sao_Paulo';

const dateTime = new Intl.DateTimeFormat('pt-BR', {
  timeZone: TZ,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const date = new Intl.DateTimeFormat('pt-BR', { timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric' });

/** dd/mm/aaaa hh:mm in Brasília time, whatever the server's zone. */
export function formatDateTime(d: Date | string | null | undefined) {
  return d ? dateTime.format(new Date(d)).replace(',', '') : '—';
}

export function formatDate(d: Date | string | null | undefined) {
  return d ? date.format(new Date(d)) : '—';
}
