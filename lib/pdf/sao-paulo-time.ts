const TZ = 'America/Sao_Paulo';

const parts = new Intl.DateTimeFormat('pt-BR', {
  timeZone: TZ,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/**
 * "30/11/2026 06:17:50 (UTC-03:00)": Brasília time with its offset spelled out, so a reader
 * years later (or abroad) can place the instant exactly, whatever daylight-saving rules applied.
 */
export function formatSaoPaulo(d: Date): string {
  const p = Object.fromEntries(parts.formatToParts(d).map((x) => [x.type, x.value]));
  const offset = (p.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second} (UTC${offset.replace('−', '-')})`;
}
