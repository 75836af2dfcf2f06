import type { ReactNode } from 'react';

/** The public pages' frame (signer portal, verification): the brand bar and one readable column. */
export function PublicShell({ brand, width, children }: { brand: string; width: 'narrow' | 'wide'; children: ReactNode }) {
  const column = width === 'narrow' ? 'max-w-xl' : 'max-w-2xl';
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className={`mx-auto flex h-12 ${column} items-center gap-2 px-4`}>
          <span aria-hidden className="flex h-7 w-7 items-center justify-center rounded-md bg-blue-700 text-sm font-bold text-white">
            R
          </span>
          <span className="text-sm font-semibold text-slate-800">{brand}</span>
        </div>
      </header>
      <main className={`mx-auto ${column} ${width === 'narrow' ? 'px-4 py-5' : 'space-y-5 px-4 py-6'}`}>{children}</main>
    </div>
  );
}
