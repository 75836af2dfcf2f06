/** One file to take away: a full-width row with the document's name and what the button gets. */
export function DownloadLink({ href, name, label }: { href: string; name: string; label: string }) {
  return (
    <a
      href={href}
      download
      className="flex min-h-12 items-center justify-between gap-3 rounded-lg border border-slate-300 bg-white px-4 py-2 text-base font-medium text-blue-800 hover:bg-slate-50"
    >
      <span className="min-w-0 break-words">{name}</span>
      <span className="shrink-0 text-sm">{label}</span>
    </a>
  );
}
