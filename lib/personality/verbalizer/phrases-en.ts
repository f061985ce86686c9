/**
 * English wording of the offline verbalizer. Markers the cue reader keys on (lexicon-en.ts) are the option's
 * own word where it is plain English: "formal", "brief", "plain words", "comfortable with math", "expert".
 */
import { LANGUAGE_NAMES } from "@/lib/personality/atoms";
import type { PhraseSet } from "./phrases";
import { lowerInitial } from "./text";

export const PHRASES_EN: PhraseSet = {
  register: () => "formal",
  level: {
    newcomer: {
      plain: "You are new to the subjects you ask about.",
      rich: "You are new to the subjects you ask about, so every answer should start from the basics, define each term it uses and assume no background knowledge.",
    },
    student: {
      plain: "You know the basics.",
      rich: "You know the fundamentals and are working toward harder material, so new ideas should be tied to what an introductory course would already have covered.",
    },
    practitioner: {
      plain: "You use this knowledge at work every day.",
      rich: "You are a practitioner who applies this knowledge day to day, so answers can skip the basics and concentrate on what matters in practice.",
    },
    expert: {
      plain: "You are an expert in your field.",
      rich: "You are an expert in your field with deep background, so answers should engage with the subtleties rather than restate the fundamentals.",
    },
  },
  domain: {
    general: {
      plain: "You ask about general topics of every kind.",
      rich: "Your questions cover general topics of every kind, so examples should come from everyday life rather than from any one specialism.",
    },
    computing: {
      plain: "Your questions are mostly about computing.",
      rich: "Your questions are mostly about computing, so examples from software, programming and systems suit you best.",
    },
    mathematics: {
      plain: "Your questions are mostly about mathematics.",
      rich: "Your questions are mostly about mathematics, so examples from algebra, analysis and geometry suit you best.",
    },
    physics: {
      plain: "Your questions are mostly about physics.",
      rich: "Your questions are mostly about physics, so examples from mechanics, fields and experiments suit you best.",
    },
    "life-sciences": {
      plain: "Your questions are mostly about the life sciences.",
      rich: "Your questions are mostly about the life sciences, so examples from biology, medicine and ecology suit you best.",
    },
    economics: {
      plain: "Your questions are mostly about economics.",
      rich: "Your questions are mostly about economics, so examples from markets, policy and finance suit you best.",
    },
    humanities: {
      plain: "Your questions are mostly about the humanities.",
      rich: "Your questions are mostly about the humanities, so examples from history, philosophy and literature suit you best.",
    },
    law: {
      plain: "Your questions are mostly about law.",
      rich: "Your questions are mostly about law, so examples from statutes, contracts and case law suit you best.",
    },
  },
  tone: {
    formal: {
      plain: "You prefer a formal tone.",
      rich: "You prefer a formal, courteous tone, with complete sentences and a respectful distance.",
    },
    neutral: {
      plain: "You prefer a neutral, matter-of-fact tone.",
      rich: "You prefer a neutral, matter-of-fact tone that sticks to the substance without personal flourishes.",
    },
    warm: {
      plain: "You like a warm, friendly tone.",
      rich: "You like a warm, friendly tone that is encouraging and patient, the way a good colleague would explain things.",
    },
    playful: {
      plain: "You enjoy a playful, light-hearted tone.",
      rich: "You enjoy a playful, light-hearted tone, with a little humour wherever it fits.",
    },
  },
  length: {
    brief: {
      plain: "You want brief answers.",
      rich: "You want brief answers that lead with the conclusion and stop as soon as the question is settled.",
    },
    balanced: {
      plain: "You want answers of balanced length.",
      rich: "You want answers of balanced length, enough to cover the question properly and no more.",
    },
    detailed: {
      plain: "You want detailed answers.",
      rich: "You want detailed answers that walk through the reasoning and include a worked example where it helps.",
    },
    exhaustive: {
      plain: "You want exhaustive answers that cover everything.",
      rich: "You want exhaustive answers that cover every relevant case, caveat and alternative, however much space that takes.",
    },
  },
  density: {
    plain: "You read best with short sentences and plain words.",
    moderate: "You like clear prose of moderate density, with terms explained when they first appear.",
    dense: "You are at ease with dense prose that packs several ideas into each sentence and uses the vocabulary of the field without pausing to gloss it.",
    expert: "You read compressed specialist prose with ease: terse compound sentences, exact terminology and no glossing of standard terms.",
  },
  mathComfort: {
    avoid: {
      plain: "You would rather avoid math, so explain ideas in words.",
      rich: "You would rather avoid math entirely, so ideas should be carried by words, analogies and examples instead of symbols.",
    },
    light: {
      plain: "Light math is fine if each symbol is explained.",
      rich: "Light math is welcome when it truly helps, provided every symbol is explained in words along the way.",
    },
    comfortable: {
      plain: "You are comfortable with math and formulas.",
      rich: "You are comfortable with math, so formulas and short calculations can sit beside the prose wherever they make an idea precise.",
    },
    fluent: {
      plain: "You are fluent in math, so use equations freely.",
      rich: "You are fluent in math and would rather see the equation than a paraphrase, so notation and full derivations are welcome.",
    },
  },
  languageNames: LANGUAGE_NAMES,
  reply: (name) => `Always reply in ${name}.`,
  aboutMe: (excerpt) => `You describe yourself like this: “${excerpt}”`,
  and: ", and ",
  semicolon: "; ",
  lowerFirst: lowerInitial,
  amendments: {
    tone: {
      formal: "You now prefer a formal, courteous tone.",
      neutral: "You now prefer a neutral, matter-of-fact tone.",
      warm: "You now prefer a warm, friendly tone.",
      playful: "You now prefer a playful, light-hearted tone.",
    },
    length: {
      brief: "You now prefer brief answers that get straight to the point.",
      balanced: "You now prefer answers of balanced length.",
      detailed: "You now prefer longer, more detailed answers.",
      exhaustive: "You now prefer exhaustive answers that cover every case.",
    },
    density: {
      plain: "You now prefer short sentences and plain words.",
      moderate: "You now prefer clear prose of moderate density.",
      dense: "You now prefer dense, compact prose.",
      expert: "You now prefer compressed specialist prose.",
    },
    mathComfort: {
      avoid: "You now prefer to avoid math and see ideas in words.",
      light: "You now prefer light math, with each symbol explained.",
      comfortable: "You are now comfortable with math and formulas.",
      fluent: "You are now fluent in math, so equations are welcome.",
    },
    level: {
      newcomer: "You now want answers pitched at a newcomer, with the basics explained.",
      student: "You now want answers that assume you know the basics.",
      practitioner: "You now want answers pitched at a practitioner.",
      expert: "You now want answers pitched at an expert.",
    },
    domain: {
      general: "Your questions now cover general topics of every kind.",
      computing: "Your questions are now mostly about computing.",
      mathematics: "Your questions are now mostly about mathematics.",
      physics: "Your questions are now mostly about physics.",
      "life-sciences": "Your questions are now mostly about the life sciences.",
      economics: "Your questions are now mostly about economics.",
      humanities: "Your questions are now mostly about the humanities.",
      law: "Your questions are now mostly about law.",
    },
    language: (name) => `Always reply in ${name} from now on.`,
  },
};
