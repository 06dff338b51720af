// "Ada Lovelace", else "@ada", else a neutral label: how a subscriber is named on every page.
export const subscriberDisplayName = (s: { firstName: string; lastName: string | null; username: string | null }) => [s.firstName, s.lastName].filter(Boolean).join(" ").trim() || (s.username ? `@${s.username}` : "Telegram user");
