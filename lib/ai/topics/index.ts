/** The offline model's topic library: three topics per domain, each in English, Spanish, French and German. */
import type { Domain } from "@/lib/personality/atoms";
import { COMPUTING } from "./computing";
import { ECONOMICS } from "./economics";
import { GENERAL } from "./general";
import { HUMANITIES } from "./humanities";
import { LAW } from "./law";
import { LIFE_SCIENCES } from "./life-sciences";
import { MATHEMATICS } from "./mathematics";
import { PHYSICS } from "./physics";
import type { Topic } from "./types";

export const LIBRARY: readonly Topic[] = [...GENERAL, ...COMPUTING, ...MATHEMATICS, ...PHYSICS, ...LIFE_SCIENCES, ...ECONOMICS, ...HUMANITIES, ...LAW];

export const topicsOf = (domain: Domain): Topic[] => LIBRARY.filter((t) => t.domain === domain);
export type { Topic, TopicLanguage, TopicText } from "./types";
export { TOPIC_LANGUAGES } from "./types";
