/**
 * The seven atoms and their options: the ONE module that the UI, the validation schemas, the verbalizer and
 * the aggregator all import (docs/design.md, "The seven atoms"). Order matters: an ordinal atom is stored as the
 * index of its option, and its signal value is index / (options - 1).
 */
import { z } from "zod";

export const ORDINAL_ATOMS = {
  tone: ["formal", "neutral", "warm", "playful"],
  length: ["brief", "balanced", "detailed", "exhaustive"],
  density: ["plain", "moderate", "dense", "expert"],
  mathComfort: ["avoid", "light", "comfortable", "fluent"],
  level: ["newcomer", "student", "practitioner", "expert"],
} as const;

export const CATEGORICAL_ATOMS = {
  domain: ["general", "computing", "mathematics", "physics", "life-sciences", "economics", "humanities", "law"],
  language: ["en", "es", "fr", "de", "pt", "it", "zh", "ja"],
} as const;

export type OrdinalDim = keyof typeof ORDINAL_ATOMS;
export type CategoricalDim = keyof typeof CATEGORICAL_ATOMS;
export type Dimension = OrdinalDim | CategoricalDim;

/** Display and wizard order. */
export const DIMENSIONS = ["tone", "length", "density", "mathComfort", "domain", "level", "language"] as const satisfies readonly Dimension[];
export const ORDINAL_DIMS = ["tone", "length", "density", "mathComfort", "level"] as const satisfies readonly OrdinalDim[];
export const CATEGORICAL_DIMS = ["domain", "language"] as const satisfies readonly CategoricalDim[];

export type Domain = (typeof CATEGORICAL_ATOMS.domain)[number];
export type Language = (typeof CATEGORICAL_ATOMS.language)[number];

/** Ordinals are option indexes; categoricals are option keys. */
export type Atoms = {
  tone: number;
  length: number;
  density: number;
  mathComfort: number;
  level: number;
  domain: Domain;
  language: Language;
};

export const ABOUT_ME_MAX = 1000;

export const DEFAULT_ATOMS: Atoms = {
  tone: 1,
  length: 1,
  density: 1,
  mathComfort: 1,
  level: 1,
  domain: "general",
  language: "en",
};

export function isOrdinal(dim: Dimension): dim is OrdinalDim {
  return dim in ORDINAL_ATOMS;
}

export function optionsOf(dim: Dimension): readonly string[] {
  return isOrdinal(dim) ? ORDINAL_ATOMS[dim] : CATEGORICAL_ATOMS[dim];
}

/** Signal value of an ordinal option index, in [0, 1]. */
export function ordinalValue(dim: OrdinalDim, index: number): number {
  return index / (ORDINAL_ATOMS[dim].length - 1);
}

/** Nearest option index for a fused value in [0, 1]. */
export function snapOrdinal(dim: OrdinalDim, value: number): number {
  const last = ORDINAL_ATOMS[dim].length - 1;
  return Math.min(last, Math.max(0, Math.round(value * last)));
}

export function categoryIndex(dim: CategoricalDim, key: string): number {
  return (CATEGORICAL_ATOMS[dim] as readonly string[]).indexOf(key);
}

/** The option label (e.g. "detailed") of the atom's current value. */
export function optionLabel(atoms: Atoms, dim: Dimension): string {
  return isOrdinal(dim) ? ORDINAL_ATOMS[dim][atoms[dim]]! : atoms[dim];
}

/** Human labels for the controls and the prose. */
export const DIMENSION_LABELS: Record<Dimension, string> = {
  tone: "Tone",
  length: "Length",
  density: "Density",
  mathComfort: "Math comfort",
  domain: "Domain",
  level: "Level",
  language: "Language",
};

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  es: "Spanish",
  fr: "French",
  de: "German",
  pt: "Portuguese",
  it: "Italian",
  zh: "Chinese",
  ja: "Japanese",
};

const ordinalIndex = (dim: OrdinalDim) =>
  z
    .number()
    .int()
    .min(0, `Unknown ${DIMENSION_LABELS[dim].toLowerCase()} option.`)
    .max(ORDINAL_ATOMS[dim].length - 1, `Unknown ${DIMENSION_LABELS[dim].toLowerCase()} option.`);

/** Field schemas shared by forms, server actions and route handlers. */
export const atomFieldSchemas = {
  tone: ordinalIndex("tone"),
  length: ordinalIndex("length"),
  density: ordinalIndex("density"),
  mathComfort: ordinalIndex("mathComfort"),
  level: ordinalIndex("level"),
  domain: z.enum(CATEGORICAL_ATOMS.domain, { error: "Unknown domain option." }),
  language: z.enum(CATEGORICAL_ATOMS.language, { error: "Unknown language option." }),
};

export const atomsSchema = z.object(atomFieldSchemas).strict();

export const aboutMeSchema = z
  .string()
  .max(ABOUT_ME_MAX, `"About me" can be at most ${ABOUT_ME_MAX} characters.`);

/** One control change: a dimension and its new value (index for ordinals, key for categoricals). */
export const atomChangeSchema = z.discriminatedUnion("dimension", [
  ...ORDINAL_DIMS.map((d) => z.object({ dimension: z.literal(d), value: atomFieldSchemas[d] })),
  ...CATEGORICAL_DIMS.map((d) => z.object({ dimension: z.literal(d), value: atomFieldSchemas[d] })),
] as unknown as [z.ZodObject, ...z.ZodObject[]]);
export type AtomChange = { [D in Dimension]: { dimension: D; value: Atoms[D] } }[Dimension];

export function applyChange(atoms: Atoms, change: AtomChange): Atoms {
  return { ...atoms, [change.dimension]: change.value };
}
