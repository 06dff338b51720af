/** Checked in out of sold as a green bar (the door screen and the sales page). */
export function CheckInBar({ checkedIn, sold, className = "h-2" }: { checkedIn: number; sold: number; className?: string }) {
  const percent = checkInPercent(checkedIn, sold);
  return (
    <div className={`overflow-hidden rounded-full bg-gray-100 ${className}`} role="progressbar" aria-label="Check-in progress" aria-valuemin={0} aria-valuemax={sold} aria-valuenow={checkedIn}>
      <div className="h-full rounded-full bg-green-600 transition-all" style={{ width: `${percent}%` }} />
    </div>
  );
}

export const checkInPercent = (checkedIn: number, sold: number) => (sold ? Math.round((checkedIn / sold) * 100) : 0);
