import type { ChoiceOption, NodeOf, VariableValue } from "./types";

// A question's answer, checked and normalised before it is saved into the node's variable.

export type AnswerCheck = { ok: true; value: VariableValue; optionId?: string } | { ok: false; error: string };

const DEFAULT_ERRORS = {
  text: "Please send a shorter answer.",
  email: "That does not look like an email address. Please try again.",
  phone: "Please send a phone number with the country code, like +44 20 7946 0958.",
  number: "Please send a number.",
  choice: "Please pick one of the options.",
} as const;

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/;

export function validateAnswer(question: NodeOf<"question">["data"], answer: string): AnswerCheck {
  const text = answer.trim();
  const fail = (fallback: string): AnswerCheck => ({ ok: false, error: question.errorText.trim() || fallback });
  switch (question.answerType) {
    case "text":
      return text && text.length <= question.maxLength ? { ok: true, value: text } : fail(text ? DEFAULT_ERRORS.text : "Please send an answer.");
    case "email":
      return EMAIL.test(text) && text.length <= 254 ? { ok: true, value: text.toLowerCase() } : fail(DEFAULT_ERRORS.email);
    case "phone": {
      const phone = normalizePhone(text);
      return phone ? { ok: true, value: phone } : fail(DEFAULT_ERRORS.phone);
    }
    case "number": {
      const value = parseNumber(text);
      if (value === null) return fail(DEFAULT_ERRORS.number);
      if (question.min !== undefined && value < question.min) return fail(`Please send a number from ${question.min}${question.max !== undefined ? ` to ${question.max}` : " up"}.`);
      if (question.max !== undefined && value > question.max) return fail(`Please send a number up to ${question.max}.`);
      return { ok: true, value };
    }
    case "choice": {
      const option = matchOption(question.options, text);
      return option ? { ok: true, value: option.value ?? option.label, optionId: option.id } : fail(DEFAULT_ERRORS.choice);
    }
  }
}

/** E.164-ish: an optional "+", then 7 to 15 digits (spaces, dots, dashes and brackets ignored). */
export function normalizePhone(text: string): string | null {
  const compact = text.replace(/[\s().-]/g, "");
  const match = /^(\+|00)?([1-9]\d{6,14})$/.exec(compact);
  if (!match) return null;
  return match[1] ? `+${match[2]}` : match[2];
}

/** "12", "-3.5", "3,5" (a decimal comma); not "", "1e9", "12abc". */
export function parseNumber(text: string): number | null {
  if (!/^-?\d{1,15}([.,]\d{1,10})?$/.test(text)) return null;
  return Number(text.replace(",", "."));
}

/** A typed answer picks an option by its label (case-insensitive) or its number in the list ("2"). */
export function matchOption(options: ChoiceOption[], text: string): ChoiceOption | undefined {
  const wanted = text.trim().toLowerCase();
  const byLabel = options.find((o) => o.label.trim().toLowerCase() === wanted);
  if (byLabel) return byLabel;
  const index = /^\d{1,2}$/.test(wanted) ? Number(wanted) - 1 : -1;
  return options[index];
}
