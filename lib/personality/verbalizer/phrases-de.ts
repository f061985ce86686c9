/**
 * German wording. Address: Sie with a formal or neutral tone, du with a warm or playful one ({Sie|du} below),
 * as a German reader would expect from a stranger versus a friendly colleague. Gendered nouns ("Expertin",
 * "Studentin") are avoided by wording with verbs. Math comfort says "Mathe"; "Mathematik" is the domain.
 */
import type { PhraseSet } from "./phrases";

const about = (topic: string, examples: string) => ({
  plain: `{Ihre|Deine} Fragen drehen sich meist um ${topic}.`,
  rich: `{Ihre|Deine} Fragen drehen sich meist um ${topic}, also passen Beispiele aus ${examples} am besten.`,
});

/** Words that are lower-case inside a sentence; nouns and "Sie"/"Ihre" keep their capital after a joiner. */
const LOWER_AFTER_JOIN = new Set(["Du", "Dein", "Deine", "Deinen", "Deinem", "Deiner", "Ein", "Eine", "Mit"]);

export const PHRASES_DE: PhraseSet = {
  register: (tone) => (tone <= 1 ? "formal" : "informal"),
  level: {
    newcomer: {
      plain: "{Sie sind|Du bist} neu in den Themen, nach denen {Sie fragen|du fragst}.",
      rich: "{Sie sind|Du bist} neu in den Themen, nach denen {Sie fragen|du fragst}, also sollte jede Antwort bei den Grundlagen beginnen, jeden Begriff erklären und kein Vorwissen voraussetzen.",
    },
    student: {
      plain: "{Sie kennen|Du kennst} die Grundlagen schon.",
      rich: "{Sie kennen|Du kennst} die Grundlagen schon und {arbeiten sich|arbeitest dich} zu schwierigerem Stoff vor, also sollte jede neue Idee an das anknüpfen, was eine Einführungsvorlesung schon behandelt hätte.",
    },
    practitioner: {
      plain: "{Sie wenden|Du wendest} dieses Wissen im Beruf an.",
      rich: "{Sie wenden|Du wendest} dieses Wissen täglich im Beruf an, also können Antworten die Grundlagen überspringen und sich auf das konzentrieren, was in der Praxis zählt.",
    },
    expert: {
      plain: "{Sie verfügen|Du verfügst} über Expertenwissen in {Ihrem|deinem} Fach.",
      rich: "{Sie verfügen|Du verfügst} über Expertenwissen und tiefen Hintergrund in {Ihrem|deinem} Fach, also sollten Antworten auf die Feinheiten eingehen, statt die Grundlagen zu wiederholen.",
    },
  },
  domain: {
    general: {
      plain: "{Sie fragen|Du fragst} nach allgemeinen Themen aller Art.",
      rich: "{Ihre|Deine} Fragen umfassen allgemeine Themen aller Art, also sollten Beispiele aus dem Alltag kommen statt aus einem Spezialgebiet.",
    },
    computing: about("Informatik", "Software, Programmierung und Systemen"),
    mathematics: about("Mathematik", "Algebra, Analysis und Geometrie"),
    physics: about("Physik", "Mechanik, Feldern und Experimenten"),
    "life-sciences": about("die Biowissenschaften", "Biologie, Medizin und Ökologie"),
    economics: about("Wirtschaftswissenschaften", "Märkten, Wirtschaftspolitik und Finanzen"),
    humanities: about("die Geisteswissenschaften", "Geschichte, Philosophie und Literatur"),
    law: about("Recht und Gesetz", "Gesetzen, Verträgen und Rechtsprechung"),
  },
  tone: {
    formal: {
      plain: "Sie bevorzugen einen förmlichen Ton und möchten gesiezt werden.",
      rich: "Sie bevorzugen einen förmlichen, höflichen Ton mit vollständigen Sätzen und respektvoller Distanz und möchten gesiezt werden.",
    },
    neutral: {
      plain: "Sie bevorzugen einen sachlichen, neutralen Ton und möchten gesiezt werden.",
      rich: "Sie bevorzugen einen sachlichen, neutralen Ton, der beim Inhalt bleibt und auf eine persönliche Note verzichtet, und möchten gesiezt werden.",
    },
    warm: {
      plain: "Du magst einen warmen, freundlichen Ton und wirst gern geduzt.",
      rich: "Du magst einen warmen, freundlichen Ton, ermutigend und geduldig wie bei einem guten Kollegen, und wirst gern geduzt.",
    },
    playful: {
      plain: "Du magst einen verspielten, humorvollen Ton und wirst gern geduzt.",
      rich: "Du magst einen verspielten, humorvollen Ton mit einem Augenzwinkern, wo es passt, und wirst gern geduzt.",
    },
  },
  length: {
    brief: {
      plain: "{Sie möchten|Du möchtest} kurze Antworten.",
      rich: "{Sie möchten|Du möchtest} kurze Antworten, die mit dem Ergebnis beginnen und aufhören, sobald die Frage geklärt ist.",
    },
    balanced: {
      plain: "{Sie möchten|Du möchtest} Antworten von ausgewogener Länge.",
      rich: "{Sie möchten|Du möchtest} Antworten von ausgewogener Länge, gerade genug, um die Frage richtig abzudecken, und nicht mehr.",
    },
    detailed: {
      plain: "{Sie möchten|Du möchtest} ausführliche Antworten.",
      rich: "{Sie möchten|Du möchtest} ausführliche Antworten, die die Argumentation Schritt für Schritt entwickeln und bei Bedarf ein durchgerechnetes Beispiel enthalten.",
    },
    exhaustive: {
      plain: "{Sie möchten|Du möchtest} erschöpfende Antworten, die alles abdecken.",
      rich: "{Sie möchten|Du möchtest} erschöpfende Antworten, die jeden relevanten Fall, jede Einschränkung und jede Alternative abdecken, egal wie viel Platz das braucht.",
    },
  },
  density: {
    plain: "{Sie lesen|Du liest} am liebsten kurze Sätze und einfache Wörter.",
    moderate: "{Sie mögen|Du magst} klare Prosa von mittlerer Dichte, in der Fachbegriffe beim ersten Auftreten erklärt werden.",
    dense: "{Sie kommen|Du kommst} gut mit dichter Prosa zurecht, die mehrere Gedanken in jeden Satz packt und das Fachvokabular verwendet, ohne es eigens zu erläutern.",
    expert: "{Sie lesen|Du liest} mühelos verdichtete Fachprosa: gedrängte, verschachtelte Sätze, exakte Terminologie und keine Erklärung gängiger Begriffe.",
  },
  mathComfort: {
    avoid: {
      plain: "{Sie kommen|Du kommst} lieber ohne Mathe aus, mit Ideen in Worten statt Formeln.",
      rich: "{Sie kommen|Du kommst} lieber ganz ohne Mathe aus, also sollten Ideen über Worte, Analogien und Beispiele vermittelt werden statt über Symbole.",
    },
    light: {
      plain: "Ein wenig Mathe ist in Ordnung, wenn jedes Symbol erklärt wird.",
      rich: "Ein wenig Mathe ist willkommen, wo es wirklich hilft, sofern jedes Symbol unterwegs in Worten erklärt wird.",
    },
    comfortable: {
      plain: "Mathe und Formeln sind {Ihnen|dir} vertraut.",
      rich: "Mathe ist {Ihnen|dir} vertraut, also dürfen Formeln und kurze Rechnungen neben dem Text stehen, wo sie eine Idee präzisieren.",
    },
    fluent: {
      plain: "{Sie beherrschen|Du beherrschst} Mathe sicher, also sind Gleichungen willkommen.",
      rich: "{Sie beherrschen|Du beherrschst} Mathe sicher und {sehen|siehst} lieber die Gleichung als eine Umschreibung, also sind Notation und vollständige Herleitungen willkommen.",
    },
  },
  languageNames: {
    en: "Englisch",
    es: "Spanisch",
    fr: "Französisch",
    de: "Deutsch",
    pt: "Portugiesisch",
    it: "Italienisch",
    zh: "Chinesisch",
    ja: "Japanisch",
  },
  reply: (name) => `Antworten bitte immer auf ${name}.`,
  aboutMe: (excerpt) => `{Sie beschreiben sich|Du beschreibst dich} so: „${excerpt}“`,
  and: ", und ",
  semicolon: "; ",
  lowerFirst: (clause) => {
    const first = clause.split(/\s/, 1)[0] ?? "";
    return LOWER_AFTER_JOIN.has(first) ? clause.charAt(0).toLowerCase() + clause.slice(1) : clause;
  },
  amendments: {
    tone: {
      formal: "Ab jetzt bevorzugen Sie einen förmlichen Ton und möchten gesiezt werden.",
      neutral: "Ab jetzt bevorzugen Sie einen sachlichen, neutralen Ton.",
      warm: "Ab jetzt magst du einen warmen, freundlichen Ton.",
      playful: "Ab jetzt magst du einen verspielten, humorvollen Ton.",
    },
    length: {
      brief: "Ab jetzt {möchten Sie|möchtest du} kurze, knappe Antworten.",
      balanced: "Ab jetzt {möchten Sie|möchtest du} Antworten von ausgewogener Länge.",
      detailed: "Ab jetzt {möchten Sie|möchtest du} längere, ausführlichere Antworten.",
      exhaustive: "Ab jetzt {möchten Sie|möchtest du} erschöpfende Antworten, die alles abdecken.",
    },
    density: {
      plain: "Ab jetzt {möchten Sie|möchtest du} kurze Sätze und einfache Wörter.",
      moderate: "Ab jetzt {möchten Sie|möchtest du} klare Prosa von mittlerer Dichte.",
      dense: "Ab jetzt {möchten Sie|möchtest du} dichte, kompakte Prosa.",
      expert: "Ab jetzt {möchten Sie|möchtest du} verdichtete Fachprosa.",
    },
    mathComfort: {
      avoid: "Ab jetzt {kommen Sie|kommst du} lieber ohne Mathe aus.",
      light: "Ab jetzt ist nur ein wenig Mathe willkommen, mit jedem Symbol erklärt.",
      comfortable: "Ab jetzt sind {Ihnen|dir} Mathe und Formeln vertraut.",
      fluent: "Ab jetzt {beherrschen Sie|beherrschst du} Mathe sicher, Gleichungen sind willkommen.",
    },
    level: {
      newcomer: "Ab jetzt {möchten Sie|möchtest du} Antworten für Einsteiger, mit erklärten Grundlagen.",
      student: "Ab jetzt {möchten Sie|möchtest du} Antworten, die die Grundlagen voraussetzen.",
      practitioner: "Ab jetzt {möchten Sie|möchtest du} Antworten für die berufliche Praxis.",
      expert: "Ab jetzt {möchten Sie|möchtest du} Antworten auf Expertenniveau.",
    },
    domain: {
      general: "Ab jetzt {fragen Sie|fragst du} nach allgemeinen Themen aller Art.",
      computing: "Ab jetzt drehen sich {Ihre|deine} Fragen meist um Informatik.",
      mathematics: "Ab jetzt drehen sich {Ihre|deine} Fragen meist um Mathematik.",
      physics: "Ab jetzt drehen sich {Ihre|deine} Fragen meist um Physik.",
      "life-sciences": "Ab jetzt drehen sich {Ihre|deine} Fragen meist um die Biowissenschaften.",
      economics: "Ab jetzt drehen sich {Ihre|deine} Fragen meist um Wirtschaftswissenschaften.",
      humanities: "Ab jetzt drehen sich {Ihre|deine} Fragen meist um die Geisteswissenschaften.",
      law: "Ab jetzt drehen sich {Ihre|deine} Fragen meist um Recht und Gesetz.",
    },
    language: (name) => `Antworten ab jetzt bitte immer auf ${name}.`,
  },
};
