import type { PackageSummary } from './get-package-summary';

const cell = (v: string | number) => {
  const s = String(v);
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const brDate = (iso: string) => iso.split('-').reverse().join('/');
const reais = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/**
 * The package summary as CSV for spreadsheets in pt-BR: ";" between fields, decimal comma, UTF-8
 * with BOM (Excel reads accents right). One "seção;item;documentos;detalhe" table.
 */
export function packageSummaryCsv(s: PackageSummary): string {
  const rows: (string | number)[][] = [['seção', 'item', 'documentos', 'detalhe']];
  rows.push(['período', `${brDate(s.period.startDay)} a ${brDate(s.period.days.at(-1)!)}`, '', '']);
  rows.push(['pacote', 'incluídos', s.included, '']);
  rows.push(['pacote', 'usados', s.used, `${s.percent}%`]);
  rows.push(['pacote', 'excedente', s.overage.documents, `R$ ${reais(s.overage.costCents)}`]);
  rows.push(['pacote', 'homologação (não cobrados)', s.sandbox, '']);
  rows.push(['créditos', 'WhatsApp', s.credits.whatsapp, '']);
  rows.push(['créditos', 'SMS', s.credits.sms, '']);
  for (const d of s.daily) rows.push(['dia', brDate(d.day), d.documents, '']);
  for (const b of s.byBranch) rows.push(['filial', b.name ?? 'Sem filial', b.documents, '']);
  for (const i of s.byIntegration) rows.push(['integração', i.description ?? 'Sem integração', i.documents, i.sandbox ? `${i.sandbox} em homologação` : '']);
  return '\uFEFF' + rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
