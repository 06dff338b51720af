import { formatEventTime, formatVenue } from "@/lib/ticketing";
import type { PublicEvent } from "@/lib/ticketing";
import { imageUrl } from "@/lib/ticketing";

/** The event's own facts: cover, title, time in its zone, venue, description, lineup. */
export function EventDetails({ event }: { event: PublicEvent }) {
  const cover = imageUrl(event.coverImagePath);
  const where = formatVenue(event.venue);
  return (
    <article>
      {cover && (
        // eslint-disable-next-line @next/next/no-img-element -- uploaded images, served as they are
        <img src={cover} alt="" className="mb-6 aspect-[2/1] w-full rounded-lg bg-gray-100 object-cover" />
      )}
      <p className="text-sm font-medium text-brand-700">{event.org.name} presents</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight text-gray-900">{event.title}</h1>
      <dl className="mt-3 space-y-1 text-sm text-gray-700">
        <div>
          <dt className="sr-only">When</dt>
          <dd>{formatEventTime(event)}</dd>
        </div>
        {where && (
          <div>
            <dt className="sr-only">Where</dt>
            <dd>{where}</dd>
          </div>
        )}
      </dl>
      {event.description && <p className="mt-4 whitespace-pre-line text-sm leading-6 text-gray-700">{event.description}</p>}
      {event.lineup.length > 0 && (
        <section className="mt-6">
          <h2 className="text-base font-semibold text-gray-900">Lineup</h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {event.lineup.map((item) => {
              const image = imageUrl(item.imagePath);
              return (
                <li key={item.id} className="flex gap-3 rounded-md border border-gray-200 bg-white p-3">
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  {image && <img src={image} alt="" className="h-14 w-14 shrink-0 rounded-md object-cover" />}
                  <div className="min-w-0">
                    <p className="font-medium text-gray-900">{item.name}</p>
                    <p className="text-xs text-gray-600">{item.role}</p>
                    {item.bio && <p className="mt-1 text-sm text-gray-700">{item.bio}</p>}
                    {item.notes && <p className="mt-1 text-xs text-gray-500">{item.notes}</p>}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </article>
  );
}
