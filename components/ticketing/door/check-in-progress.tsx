import Link from "next/link";
import { Card } from "@/components/ui/card";
import { CheckInBar, checkInPercent } from "./progress-bar";

/** How many of the sold tickets are inside, as a bar. */
export function CheckInProgress({ checkedIn, sold, href }: { checkedIn: number; sold: number; href: string }) {
  const percent = checkInPercent(checkedIn, sold);
  return (
    <Card>
      <h2 className="text-base font-semibold text-gray-900">Check-in progress</h2>
      <p className="mt-0.5 text-xs text-gray-500">Tickets scanned at the door out of tickets sold.</p>
      <p className="mt-6 text-4xl font-semibold tabular-nums text-gray-900">{percent}%</p>
      <p className="mt-1 text-sm text-gray-600">
        {checkedIn.toLocaleString("en-US")} of {sold.toLocaleString("en-US")} checked in
      </p>
      <CheckInBar checkedIn={checkedIn} sold={sold} className="mt-3 h-3" />
      <Link href={href} className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
        Open the door screen →
      </Link>
    </Card>
  );
}
