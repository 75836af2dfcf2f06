/** Documents per day of the period: plain SVG bars, the count above each non-empty day. */
export function DailyChart({ days, label }: { days: { day: string; documents: number }[]; label: string }) {
  const max = Math.max(1, ...days.map((d) => d.documents));
  const W = 900;
  const H = 180;
  const top = 18;
  const bottom = 22;
  const slot = W / days.length;
  const bar = Math.max(4, slot * 0.64);
  const h = (n: number) => ((H - top - bottom) * n) / max;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="h-48 w-full" data-testid="daily-chart">
      <line x1="0" x2={W} y1={H - bottom} y2={H - bottom} stroke="#cbd5e1" strokeWidth="1" />
      {days.map((d, i) => {
        const x = i * slot + (slot - bar) / 2;
        const [, m, dd] = d.day.split('-');
        return (
          <g key={d.day}>
            <title>{`${dd}/${m}: ${d.documents}`}</title>
            {d.documents > 0 ? (
              <>
                <rect x={x} y={H - bottom - h(d.documents)} width={bar} height={h(d.documents)} rx="2" fill="#2563eb" />
                <text x={x + bar / 2} y={H - bottom - h(d.documents) - 4} textAnchor="middle" fontSize="11" fill="#1e293b">
                  {d.documents}
                </text>
              </>
            ) : (
              <rect x={x} y={H - bottom - 1} width={bar} height="1" fill="#e2e8f0" />
            )}
            {i % 3 === 0 || i === days.length - 1 ? (
              <text x={x + bar / 2} y={H - 6} textAnchor="middle" fontSize="10" fill="#64748b">
                {dd}/{m}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
