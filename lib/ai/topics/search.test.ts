import { describe, expect, it } from "vitest";
import { CATEGORICAL_ATOMS } from "@/lib/personality/atoms";
import { LIBRARY, topicsOf } from "./index";
import { findTopic } from "./search";
import { TOPIC_LANGUAGES } from "./types";

/** Questions the library was not written from: paraphrases, in four languages, each with the topic it is about. */
const QUESTIONS: ReadonlyArray<readonly [string, string]> = [
  // the chat's suggested questions and the live preview's
  ["Why does ice float on water?", "ice-floats"],
  ["How do vaccines train the immune system?", "vaccines"],
  ["What is compound interest?", "compound-interest"],
  ["Briefly: what is a black hole?", "black-holes"],
  // English paraphrases
  ["Why is frozen water lighter than liquid water?", "ice-floats"],
  ["Where does rain come from, and where does it go?", "water-cycle"],
  ["What makes the colours in a rainbow?", "rainbows"],
  ["How does a hash map deal with two keys in the same bucket?", "hash-tables"],
  ["What's the fastest way to sort a list?", "sorting"],
  ["Why does a function that calls itself need a base case?", "recursion"],
  ["Is 97 a prime number?", "prime-numbers"],
  ["How long is the hypotenuse of a right triangle with legs 3 and 4?", "pythagorean-theorem"],
  ["What does the slope of a tangent line tell you?", "derivatives"],
  ["Why does the sea rise and fall twice a day?", "tides"],
  ["Why does force equal mass times acceleration?", "newtons-laws"],
  ["How do plants turn sunlight into sugar?", "photosynthesis"],
  ["How does a cell copy its DNA before dividing?", "dna-replication"],
  ["Why do prices keep going up every year?", "inflation"],
  ["How do buyers and sellers settle on a market price?", "supply-and-demand"],
  ["What caused the storming of the Bastille?", "french-revolution"],
  ["How did Gutenberg's movable type change books?", "printing-press"],
  ["Why are a few words so much more frequent than all the others?", "zipfs-law"],
  ["What makes a promise legally binding?", "contracts"],
  ["When is someone liable for an accident caused by carelessness?", "negligence"],
  ["Who has to prove guilt in a criminal trial?", "burden-of-proof"],
  // Spanish
  ["¿Por qué el hielo flota sobre el agua?", "ice-floats"],
  ["¿Cómo funciona una vacuna?", "vaccines"],
  ["¿Qué es el interés compuesto?", "compound-interest"],
  ["¿Cómo se ordena una lista rápidamente?", "sorting"],
  ["¿Por qué suben los precios?", "inflation"],
  ["¿Quién tiene la carga de la prueba en un juicio penal?", "burden-of-proof"],
  // French
  ["Pourquoi la glace flotte-t-elle ?", "ice-floats"],
  ["Qu'est-ce qu'un trou noir ?", "black-holes"],
  ["Comment les plantes fabriquent-elles leur sucre avec la lumière ?", "photosynthesis"],
  ["Qu'est-ce qu'une table de hachage ?", "hash-tables"],
  ["Comment se forme un arc-en-ciel ?", "rainbows"],
  ["Qu'est-ce qui rend un contrat obligatoire ?", "contracts"],
  // German
  ["Warum schwimmt Eis?", "ice-floats"],
  ["Was ist ein Schwarzes Loch?", "black-holes"],
  ["Wie kopiert eine Zelle ihre DNA?", "dna-replication"],
  ["Warum gibt es Ebbe und Flut?", "tides"],
  ["Wie funktioniert Rekursion?", "recursion"],
  ["Was besagt der Satz des Pythagoras?", "pythagorean-theorem"],
];

describe("the topic library", () => {
  it("holds at least 24 topics, three per domain, each complete in English, Spanish, French and German", () => {
    expect(LIBRARY.length).toBeGreaterThanOrEqual(24);
    for (const domain of CATEGORICAL_ATOMS.domain) expect(topicsOf(domain)).toHaveLength(3);
    for (const topic of LIBRARY) {
      expect(topic.formula).not.toBe("");
      expect(topic.worked).not.toBe("");
      for (const lang of TOPIC_LANGUAGES) {
        const t = topic.text[lang];
        for (const text of [t.title, t.terms, ...t.levels, t.intuition, t.formula, t.example, t.caveat]) expect(text.trim(), `${topic.id}:${lang}`).not.toBe("");
      }
    }
  });
});

describe("findTopic (MiniSearch over the library)", () => {
  it.each(QUESTIONS)("%s → %s", (question, topic) => {
    expect(findTopic(question)?.topic.id).toBe(topic);
  });

  it.each([
    "How do I rebuild a carburetor on a 1970s motorcycle?",
    "What is the capital of France?",
    "Who won the 1998 World Cup?",
    "Give me a lasagna recipe",
    "¿Cuál es la mejor playa de Galicia?",
    "Wie repariere ich mein Fahrrad?",
  ])("finds nothing for a question outside the library: %s", (question) => {
    expect(findTopic(question)).toBeUndefined();
  });

  it("tells the language a question matched in, only when it matched it clearly", () => {
    expect(findTopic("¿Qué es el interés compuesto?")?.language).toBe("es");
    expect(findTopic("Was ist ein Schwarzes Loch?")?.language).toBe("de");
    // "inflation" is the English and the German word alike.
    expect(findTopic("What is inflation?")?.language).toBeUndefined();
  });
});
