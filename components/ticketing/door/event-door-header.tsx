// The door pages (orders, check-in, sales) sit under the event layout, which shows the title,
// status and all the tabs; this only adds the page's own actions, right-aligned.
export function EventDoorHeader({ actions }: { slug: string; event: { id: string; title: string; startsAt: Date; timeZone: string }; actions?: React.ReactNode }) {
  if (!actions) return null;
  return <div className="mb-4 flex flex-wrap justify-end gap-2">{actions}</div>;
}
