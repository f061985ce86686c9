/**
 * German cue phrases (matched without umlauts, ß = ss): the markers phrases-de.ts writes plus everyday
 * requests ("fass dich kurz", "ich liebe Gleichungen", "erklär es wie für Anfänger", "auf Englisch").
 */
import type { CueLexicon } from "./phrases";

const MATHE = "(?:mathe|mathematik|formeln|gleichungen|rechnungen)";

export const LEXICON_DE: CueLexicon = {
  tone: {
    formal: ["formlich(?:e|en|er|es)?", "formell(?:e|en|er|es)?", "hoflich(?:e|en|er|es)?"],
    neutral: ["neutral(?:e|en|er|es)?", "sachlich(?:e|en|er|es)?", "nuchtern(?:e|en|er|es)?", "ohne witze"],
    warm: ["warm(?:e|en|er|es|herzig)?", "freundlich(?:e|en|er|es)?", "herzlich(?:e|en|er|es)?", "locker(?:e|en|er|es)?", "ermutigend(?:e|en|er|es)?"],
    playful: ["verspielt(?:e|en|er|es)?", "humorvoll(?:e|en|er|es)?", "witzig(?:e|en|er|es)?", "lustig(?:e|en|er|es)?", "humor", "augenzwinkern"],
  },
  length: {
    brief: [
      "kurze(?:n)? antworten?",
      "kurz",
      "knapp(?:e|en|er|es)?",
      "kurzer(?:e|en)?",
      "kurz und (?:knapp|bundig)",
      "(?:fass|fasse|halte?) (?:dich|sich|es) kurz",
      "auf den punkt",
    ],
    balanced: ["ausgewogen(?:e|en|er|es)?", "mittlere(?:r|n)? lange", "nicht zu lang"],
    detailed: ["ausfuhrlich(?:e|en|er|es|ere|eren)?", "detailliert(?:e|en|er|es)?", "im detail", "langer(?:e|en)?", "grundlich(?:e|en|er|es)?", "mehr details"],
    exhaustive: ["erschopfend(?:e|en|er|es)?", "alles abdeck(?:en|t)", "luckenlos(?:e|en|er|es)?", "jeden (?:relevanten )?fall"],
  },
  density: {
    plain: ["einfache(?:n)? (?:worter|worte|sprache)", "leichte(?:r)? sprache", "kurze(?:n)? satze", "ohne (?:fach)?jargon", "alltagssprache"],
    moderate: ["mittlere(?:r)? dichte", "klare(?:r)? prosa"],
    dense: ["dicht(?:e|er|en)? prosa", "dicht(?:e|er|en)?", "kompakt(?:e|en|er|es)?", "fachsprache"],
    expert: ["(?:verdichtete )?fachprosa", "expertenprosa", "wie ein fachartikel"],
  },
  mathComfort: {
    avoid: [`ohne ${MATHE}`, `keine ${MATHE}`, `hasse ${MATHE}`, `mag keine ${MATHE}`],
    light: [`(?:ein wenig|etwas|ein bisschen|wenig) ${MATHE}`, "einfache mathe"],
    comfortable: [
      `mit ${MATHE}(?: und formeln)? gut zurecht`,
      "mathe (?:und formeln )?(?:ist|sind) (?:ihnen |dir |mir )?vertraut",
      "(?:ihnen|dir|mir) (?:ist |sind )?mathe (?:und formeln )?vertraut",
      `mit (?:formeln|gleichungen)`,
      "mathe ist (?:ok|in ordnung)",
    ],
    fluent: ["beherrsch(?:e|st|t|en) (?:sie |du )?mathe", `liebe ${MATHE}`, "herleitungen", "beweise", "streng formal"],
  },
  level: {
    newcomer: ["neu in", "anfanger(?:in|innen)?", "einsteiger(?:in|innen)?", "neuling", "von grund auf", "(?:ohne|kein) vorwissen", "ich bin neu"],
    student: ["(?:kennen|kennst) die grundlagen", "grundlagen voraussetzen", "studier(?:e|en|st|t)", "student(?:in|innen|en)?", "studienniveau", "lerne gerade"],
    practitioner: ["im beruf", "beruflich(?:e|en|er|es)?", "in der praxis", "praktiker(?:in|innen)?", "berufspraxis"],
    expert: ["experte", "expertin", "experten", "expertenwissen", "expertenniveau", "fachmann", "fachfrau", "fachleute", "forscher(?:in)?"],
  },
  domain: {
    general: ["allgemeine(?:n)? themen", "allgemeinwissen", "von allem etwas"],
    computing: ["informatik", "programmier(?:ung|en|e|t)", "software", "entwickler(?:in)?", "code"],
    mathematics: ["mathematik", "mathematiker(?:in)?", "algebra", "geometrie"],
    physics: ["physik", "physiker(?:in)?", "mechanik", "quantenphysik"],
    "life-sciences": ["biowissenschaften", "lebenswissenschaften", "biologie", "medizin", "okologie", "genetik", "pflege"],
    economics: ["wirtschaftswissenschaft(?:en)?", "okonomie", "volkswirtschaft(?:slehre)?", "finanzen", "markten"],
    humanities: ["geisteswissenschaft(?:en)?", "geschichte", "philosophie", "literatur"],
    law: ["recht und gesetz", "rechtsfragen", "jura", "jurist(?:in|en)?", "juristisch(?:e|en)?", "rechtswissenschaft", "gesetze(?:n)?", "vertrage(?:n)?", "rechtsprechung"],
  },
  language: {
    en: ["auf englisch"],
    es: ["auf spanisch"],
    fr: ["auf franzosisch"],
    de: ["auf deutsch"],
    pt: ["auf portugiesisch"],
    it: ["auf italienisch"],
    zh: ["auf chinesisch"],
    ja: ["auf japanisch"],
  },
};
