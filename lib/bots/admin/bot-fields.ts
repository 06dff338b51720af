import { z } from "zod";

// Form fields of the bot pages. BotFather tokens look like "123456789:AAH...": digits, a colon,
// 30+ URL-safe characters.
export const botTokenField = z
  .string({ error: "Paste the token BotFather gave you" })
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, "Paste the token BotFather gave you")
      .regex(/^\d{3,20}:[A-Za-z0-9_-]{30,100}$/, "This does not look like a BotFather token (digits, a colon, then letters)"),
  );

const commandLine = z.object({
  command: z
    .string()
    .transform((s) => s.trim().replace(/^\//, "").toLowerCase())
    .pipe(z.string().regex(/^[a-z0-9_]{1,32}$/, "Commands are 1-32 letters, digits or underscores")),
  description: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "Each command needs a description").max(256, "Descriptions are at most 256 characters")),
});
export type BotCommand = z.infer<typeof commandLine>;

/** "start - Begin\nhelp - What I can do": one command per line, "command - description". */
export const botCommandsField = z
  .string()
  .max(20_000)
  .transform((text, ctx) => {
    const lines = text
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length > 100) ctx.addIssue({ code: "custom", message: "Telegram allows at most 100 commands" });
    const commands: BotCommand[] = [];
    for (const [i, line] of lines.entries()) {
      const [command = "", ...rest] = line.split(/\s+[-–]\s+/);
      const parsed = commandLine.safeParse({ command, description: rest.join(" - ") });
      if (!parsed.success) ctx.addIssue({ code: "custom", message: `Line ${i + 1}: ${parsed.error.issues[0].message}` });
      else commands.push(parsed.data);
    }
    if (new Set(commands.map((c) => c.command)).size !== commands.length) ctx.addIssue({ code: "custom", message: "Each command may appear once" });
    return commands;
  });

export const commandsToText = (commands: BotCommand[]) => commands.map((c) => `${c.command} - ${c.description}`).join("\n");

/** Shown by Telegram in an empty chat before /start ("What can this bot do?"). */
export const welcomeTextField = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().max(512, "Telegram allows at most 512 characters"));
