/**
 * What the wizard and the controls say about each atom: the question, option labels, and a one-line example
 * of what each choice means. The option keys themselves come from lib/personality/atoms.ts (the one list).
 */
import {
  DIMENSIONS,
  LANGUAGE_NAMES,
  optionsOf,
  type Atoms,
  type Dimension,
  type Language,
} from "@/lib/personality/atoms";
import type { SegmentOption } from "@/components/ui/segmented-control";

type Copy = { question: string; short: string; examples: Record<string, string>; labels?: Record<string, string> };

export const ATOM_COPY: Record<Dimension, Copy> = {
  tone: {
    question: "How should answers sound?",
    short: "How answers sound",
    examples: {
      formal: "“The function returns a sorted copy; the original list is not modified.”",
      neutral: "“It returns a sorted copy and leaves the original list as it was.”",
      warm: "“Good question! You get a sorted copy back, so your original list stays safe.”",
      playful: "“Think photocopier that alphabetises: you get a tidy copy, the original stays put!”",
    },
  },
  length: {
    question: "How long should answers be?",
    short: "How much to write",
    examples: {
      brief: "One or two sentences: just the answer.",
      balanced: "A short paragraph: the answer and the main reason.",
      detailed: "Several paragraphs, with an example or two.",
      exhaustive: "Everything: edge cases, alternatives, caveats.",
    },
  },
  density: {
    question: "How dense should the writing be?",
    short: "How much each sentence carries",
    examples: {
      plain: "Short sentences and everyday words.",
      moderate: "Ordinary prose; technical terms are explained.",
      dense: "Compact sentences that pack in several ideas.",
      expert: "Terse and technical, no hand-holding.",
    },
  },
  mathComfort: {
    question: "How much math do you want?",
    short: "Formulas and notation",
    labels: { avoid: "None" },
    examples: {
      avoid: "No formulas: ideas explained in words.",
      light: "A simple formula now and then, spelled out.",
      comfortable: "Equations where they help, with the key steps.",
      fluent: "Full notation and derivations, no apologies.",
    },
  },
  domain: {
    question: "Which field do you mostly ask about?",
    short: "Where your questions come from",
    labels: { "life-sciences": "Life sciences" },
    examples: {
      general: "Anything and everything; examples from daily life.",
      computing: "Software, data and systems; examples in code.",
      mathematics: "Proofs, structures and numbers.",
      physics: "Forces, fields and measurements.",
      "life-sciences": "Biology, medicine and ecology.",
      economics: "Markets, incentives and policy.",
      humanities: "History, philosophy and literature.",
      law: "Statutes, cases and contracts.",
    },
  },
  level: {
    question: "How well do you know the subject?",
    short: "Where to start explaining",
    examples: {
      newcomer: "New to it: start from the basics, define every term.",
      student: "Learning it: build on the fundamentals.",
      practitioner: "Work with it: skip the basics, focus on practice.",
      expert: "Know it deeply: talk shop.",
    },
  },
  language: {
    question: "Which language should answers be in?",
    short: "The language of every answer",
    labels: { en: "English", es: "Español", fr: "Français", de: "Deutsch", pt: "Português", it: "Italiano", zh: "中文", ja: "日本語" },
    examples: Object.fromEntries(
      (Object.keys(LANGUAGE_NAMES) as Language[]).map((k) => [k, `Every answer is written in ${LANGUAGE_NAMES[k]}.`]),
    ),
  },
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function optionLabelOf(dim: Dimension, key: string): string {
  return ATOM_COPY[dim].labels?.[key] ?? capitalize(key);
}

/** The segmented-control options of an atom; ordinal values are option indexes, categoricals keys. */
export function segmentOptions(dim: Dimension): SegmentOption<string | number>[] {
  const keys = optionsOf(dim);
  const ordinal = dim !== "domain" && dim !== "language";
  return keys.map((key, i) => ({
    value: ordinal ? i : key,
    label: optionLabelOf(dim, key),
    description: ATOM_COPY[dim].examples[key],
  }));
}

/** The option key of an atom's current value. */
export function optionKey(atoms: Atoms, dim: Dimension): string {
  const v = atoms[dim];
  return typeof v === "number" ? optionsOf(dim)[v]! : v;
}

export { DIMENSIONS };
