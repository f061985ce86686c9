/**
 * The paragraphs the offline verbalizer writes for the atoms these specs set, as literal text: the specs check
 * what the page shows against these, not against the verbalizer they test. When its wording changes on purpose,
 * update them here (the verbalizer's own unit tests in lib/personality/verbalizer hold its rules).
 */
const BALANCED =
  "You know the basics, and you ask about general topics of every kind. You prefer a neutral, " +
  "matter-of-fact tone, and you want answers of balanced length. You like clear prose of moderate density, with " +
  "terms explained when they first appear, and light math is fine if each symbol is explained. Always reply in English.";

export const PARAGRAPHS = {
  /** The wizard's defaults (tone neutral, length balanced, density moderate, math light, level student, general, en). */
  defaults: BALANCED,
  /** The defaults with length detailed. */
  detailed: BALANCED.replace("answers of balanced length", "detailed answers"),
  /** The defaults with density expert: the register turns dense, so the sentences change too. */
  expert:
    "You know the fundamentals and are working toward harder material, so new ideas should be tied " +
    "to what an introductory course would already have covered; your questions cover general topics of every kind, " +
    "so examples should come from everyday life rather than from any one specialism. You prefer a neutral, " +
    "matter-of-fact tone that sticks to the substance without personal flourishes; you want answers of balanced " +
    "length, enough to cover the question properly and no more. You read compressed specialist prose with ease: " +
    "terse compound sentences, exact terminology and no glossing of standard terms; light math is welcome when it " +
    "truly helps, provided every symbol is explained in words along the way. Always reply in English.",
  /** The defaults with the about-me "I teach physics to teenagers." quoted after the first sentence. */
  physicsTeacher: BALANCED.replace(
    "every kind. ",
    "every kind. You describe yourself like this: “I teach physics to teenagers.” ",
  ),
  /** tone warm, length detailed, math avoid, life sciences, Spanish, with a Spanish about-me. */
  spanishNurse:
    "Ya conoces lo básico, y tus preguntas tratan sobre todo de ciencias de la vida. Te describes " +
    "así: «Soy enfermera y leo en el móvil entre turnos.» Te gusta un tono cálido y cercano, con trato de tú, y " +
    "quieres respuestas detalladas. Te gusta una prosa clara de densidad moderada, con los términos explicados la " +
    "primera vez que aparecen, y prefieres evitar las fórmulas y ver las ideas explicadas con palabras. Las " +
    "respuestas deben estar siempre en español.",
} as const;

/** Clauses the paragraph holds for length exhaustive and density dense, however its sentences are joined. */
export const CLAUSES = {
  exhaustive: "exhaustive answers that cover every relevant case, caveat and alternative, however much space that takes",
  dense: "dense prose that packs several ideas into each sentence and uses the vocabulary of the field without pausing to gloss it",
} as const;

/**
 * The same two options in the words of a refinement sentence ("You now prefer …"): when the refinement loop kept
 * one for a control, the rewrite folds it in instead of the verbalizer's clause.
 */
export const AMENDED = {
  exhaustive: "You now prefer exhaustive answers that cover every case.",
  dense: "You now prefer dense, compact prose.",
} as const;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Either wording of one option, as a pattern for toContainText. Case and the closing period are free: the
 * rewrite joins sentences of one kind with a semicolon ("…every case; you now prefer dense, compact prose.").
 */
export const eitherWording = (clause: string, amended: string): RegExp =>
  new RegExp(`${escaped(clause)}|${escaped(amended.replace(/\.$/, ""))}`, "i");
