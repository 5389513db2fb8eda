import type { ReactNode } from 'react';

/** What a screen shows before it has anything: says what will appear and why it is not there yet. */
export function EmptyState({ title, body, icon }: { title: string; body: string; icon?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      {icon ? <div className="empty-state__icon" aria-hidden="true">{icon}</div> : null}
      <h2 className="empty-state__title">{title}</h2>
      <p className="empty-state__body">{body}</p>
    </section>
  );
}
