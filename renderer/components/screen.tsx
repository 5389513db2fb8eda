import type { ReactNode } from 'react';

/** A screen's frame: its title as the page's main heading, then its content. */
export function Screen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="screen">
      <h1 className="screen__title">{title}</h1>
      {children}
    </div>
  );
}
