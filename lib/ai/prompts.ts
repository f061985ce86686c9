/**
 * Surface instructions: what each AI surface asks of the model. The reader's paragraph (the preamble) always
 * comes first and these follow it (docs/design.md, L1): `system = preamble + "\n\n" + instructions`. No surface
 * restates or overrides the reader's preferences; they only say what the task is, so the one paragraph shapes
 * every surface the same way.
 */

export const SURFACES = ["chat", "explain", "summarize", "preview", "gateway"] as const;
export type Surface = (typeof SURFACES)[number];

/** The separator the offline model (and any reader of a stored prompt) splits preamble from instructions on. */
export const PREAMBLE_SEPARATOR = "\n\n";

const FOLLOW_THE_READER =
  "The paragraph above describes the reader. Follow it for length, tone, density, depth, mathematics and " +
  "language, unless the reader's message explicitly asks for something else for this reply. Never mention " +
  "the paragraph itself.";

export const SURFACE_INSTRUCTIONS: Record<Surface, string> = {
  chat: "You are the assistant in a chat. Answer the reader's latest message directly and accurately.",
  explain:
    "Explain the text the reader pastes: what it says, why it matters, and any term they would not know. " +
    "Do not summarize it; make it understood.",
  summarize:
    "Summarize the text the reader pastes: keep what matters, drop the rest, and add nothing the text does " +
    "not say.",
  preview:
    "This is a sample answer that shows the reader how you will write for them. Answer the sample question " +
    "exactly as you would in a real conversation with them.",
  // The gateway (docs/gateway.md) asks nothing of its own: the client's system and developer messages say what
  // the task is, after the paragraph. With no paragraph the request goes to the model exactly as it came.
  gateway: "",
};

/** The question the live preview on the Profile Maker answers: everyday, with room for math and depth. */
export const PREVIEW_QUESTION = "Why does ice float on water?";

/**
 * The paragraph as it is sent: trimmed, with blank lines inside a (user-edited) paragraph collapsed, so the
 * first blank line of the system prompt is always the boundary between the paragraph and the instructions.
 */
export function normalizeParagraph(text: string): string {
  return text.trim().replace(/\n\s*\n/g, "\n");
}

/**
 * The full system prompt for a surface. With a preamble, the paragraph comes first and verbatim; without one
 * (provenance `empty`), there is no paragraph at all: never a made-up default reader.
 */
export function buildSystem(preamble: string | null, surface: Surface): string {
  const instructions = SURFACE_INSTRUCTIONS[surface];
  if (preamble === null) return instructions;
  return `${preamble}${PREAMBLE_SEPARATOR}${instructions ? `${instructions} ` : ""}${FOLLOW_THE_READER}`;
}

/** Instructions for the LLM verbalizer (L5): it writes the paragraph, so it never reads one. */
export const VERBALIZER_INSTRUCTIONS =
  "You write a short paragraph that tells an AI assistant who its reader is. Write in the second person " +
  '("You prefer…"), under 300 words, as flowing prose (no lists, no key=value pairs). Cover every preference ' +
  "you are given: tone, length, density, comfort with mathematics, level, domain and language. Write the " +
  "paragraph itself in the reader's language, and at the reading level their density preference asks for: " +
  "plain means short sentences and common words, expert means dense prose. Fold in the amendments you are " +
  "given. Reply with the paragraph only.";
