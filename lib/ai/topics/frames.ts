/**
 * The offline model's own words around the library's content, per language: tone frames (the markers
 * lib/personality/features.ts counts live here, so a neutral answer carries none), section labels, the honest
 * reply to a question outside the library, and the leads of Explain and Summarize. `{title}` is the topic's title.
 */
import type { TopicLanguage } from "./types";

type ByTone = readonly [formal: readonly string[], neutral: readonly string[], warm: readonly string[], playful: readonly string[]];

export type Frames = {
  open: ByTone;
  close: ByTone;
  /** Put before a sentence after the first, every other sentence: how a tone shows through the body. */
  prefix: ByTone;
  labels: { example: string; formula: string; deeper: string; caveat: string; code: string; related: string };
  /** Said once by an answer to a reader who avoids math (a marker features.ts reads as "avoid"). */
  noMath: string;
  /** The honest reply: what the offline model can talk about, and how to connect a real model. */
  unknown: { intro: string; list: string; connect: string };
  explain: { lead: string; terms: string; defined: string; undefined: string; why: string };
  summary: { lead: string; nothing: string; untranslated: string };
  and: string;
  /** Opens an exclamation ("¡" in Spanish). */
  exclaimOpen?: string;
};

export const FRAMES: Record<TopicLanguage, Frames> = {
  en: {
    open: [
      ["With respect to {title}, the essential points are as follows."],
      [""],
      ["Happy to walk you through it; here's the idea.", "I'm glad you asked; here's how it works."],
      ["Ooh, {title}! 🚀 Buckle up!", "Picture this: {title}, explained! 🎉"],
    ],
    close: [
      ["In summary, these are the points that matter.", "In conclusion, the account above should suffice for most purposes."],
      [""],
      ["I hope this helps, and feel free to ask if anything is unclear.", "I hope this helps!"],
      ["And that's the magic of it! ✨", "Now go try it yourself! 🎉"],
    ],
    prefix: [["Furthermore, ", "Moreover, ", "Indeed, ", "It should be noted that "], [""], ["Honestly, ", "Here's the nice part: ", "Don't worry: "], ["Fun fact: ", "Plot twist: ", "Imagine this: "]],
    labels: { example: "Worked example", formula: "In symbols", deeper: "Going further", caveat: "Watch out", code: "In code", related: "Related topics I can explain:" },
    noMath: "No formulas needed: the idea fits in words.",
    unknown: {
      intro:
        "I'm the offline demo model, and that question is outside the small library of topics I was written with, so I won't make up an answer.",
      list: "Here is what I can talk about:",
      connect:
        "To ask about anything else, connect a real model: set `OPENAI_API_KEY` for OpenAI, or `OPENAI_BASE_URL` for an OpenAI-compatible server such as Ollama or vLLM, and restart the app.",
    },
    explain: {
      lead: "The passage makes these points:",
      terms: "Terms it uses",
      defined: "in the passage's words:",
      undefined: "the passage uses it without defining it.",
      why: "Why it matters, as the passage puts it:",
    },
    summary: { lead: "In short:", nothing: "The text is too short to summarize; it says:", untranslated: "The offline model cannot translate, so the sentences stay in the text's own language." },
    and: "and",
  },
  es: {
    open: [
      ["Cabe señalar, en primer lugar, los puntos esenciales."],
      [""],
      ["Con gusto te lo explico.", "Me alegra que lo preguntes; te cuento cómo funciona."],
      ["¡Uy, {title}! 🚀 ¡Allá vamos!", "Imagina esto: ¡{title}, explicado! 🎉"],
    ],
    close: [
      ["En suma, estos son los puntos que importan.", "En síntesis, lo anterior basta para la mayoría de los fines."],
      [""],
      ["Espero que te sirva; pregúntame si algo no queda claro.", "¡Espero que te sirva!"],
      ["¡Y esa es la magia! ✨", "¡Ahora pruébalo tú! 🎉"],
    ],
    prefix: [["Asimismo, ", "Además, cabe señalar que ", "Cabe señalar que "], [""], ["Tranquilo: ", "Te cuento: ", "Fíjate: "], ["Dato curioso: ", "Imagina: ", "Sorpresa: "]],
    labels: { example: "Ejemplo resuelto", formula: "En símbolos", deeper: "Para ir más allá", caveat: "Cuidado", code: "En código", related: "Temas relacionados que puedo explicar:" },
    noMath: "Sin fórmulas: la idea cabe en palabras.",
    unknown: {
      intro:
        "Soy el modelo de demostración offline, y esa pregunta queda fuera de la pequeña biblioteca de temas con la que me escribieron, así que no voy a inventar una respuesta.",
      list: "Estos son los temas de los que puedo hablar:",
      connect:
        "Para preguntar por cualquier otra cosa, conecta un modelo real: define `OPENAI_API_KEY` para OpenAI, u `OPENAI_BASE_URL` para un servidor compatible con OpenAI como Ollama o vLLM, y reinicia la aplicación.",
    },
    explain: {
      lead: "El texto dice esto:",
      terms: "Términos que usa",
      defined: "con las palabras del texto:",
      undefined: "el texto lo usa sin definirlo.",
      why: "Por qué importa, según el texto:",
    },
    summary: { lead: "En resumen:", nothing: "El texto es demasiado corto para resumirlo; dice:", untranslated: "El modelo offline no traduce, así que las frases quedan en el idioma del texto." },
    and: "y",
    exclaimOpen: "¡",
  },
  fr: {
    open: [
      ["Il convient d'exposer d'abord les points essentiels."],
      [""],
      ["Avec plaisir, je t'explique.", "J'espère que ça t'aidera ; je te montre comment ça marche."],
      ["Oh, {title} ! 🚀 C'est parti !", "Petite anecdote : {title}, expliqué ! 🎉"],
    ],
    close: [
      ["En définitive, ce sont les points qui comptent.", "En conséquence, ce qui précède suffit dans la plupart des cas."],
      [""],
      ["J'espère que ça t'aide ; n'hésite pas si quelque chose n'est pas clair.", "J'espère que ça t'aide !"],
      ["Et voilà toute la magie ! ✨", "À toi de jouer maintenant ! 🎉"],
    ],
    prefix: [["En outre, ", "De plus, ", "Il convient de noter que "], [""], ["Franchement, ", "Tu vas voir : ", "Pas de souci : "], ["Surprise : ", "Petite anecdote : ", "Imagine : "]],
    labels: { example: "Exemple détaillé", formula: "En symboles", deeper: "Pour aller plus loin", caveat: "Attention", code: "En code", related: "Sujets voisins que je peux expliquer :" },
    noMath: "Pas besoin de formules : sans formule, l'idée tient en quelques mots.",
    unknown: {
      intro:
        "Je suis le modèle de démonstration hors ligne, et cette question sort de la petite bibliothèque de sujets avec laquelle j'ai été écrit ; je ne vais donc pas inventer de réponse.",
      list: "Voici les sujets dont je peux parler :",
      connect:
        "Pour poser d'autres questions, connectez un vrai modèle : définissez `OPENAI_API_KEY` pour OpenAI, ou `OPENAI_BASE_URL` pour un serveur compatible OpenAI comme Ollama ou vLLM, puis redémarrez l'application.",
    },
    explain: {
      lead: "Le texte avance ces points :",
      terms: "Les termes qu'il emploie",
      defined: "selon le texte :",
      undefined: "le texte l'emploie sans le définir.",
      why: "Pourquoi c'est important, selon le texte :",
    },
    summary: { lead: "En bref :", nothing: "Le texte est trop court pour être résumé ; il dit :", untranslated: "Le modèle hors ligne ne traduit pas : les phrases restent dans la langue du texte." },
    and: "et",
  },
  de: {
    open: [
      ["Hinsichtlich der Frage sind die wesentlichen Punkte folgende."],
      [""],
      ["Gerne erkläre ich es dir.", "Freut mich, dass du fragst; schau mal, so funktioniert es."],
      ["Oh, {title}! 🚀 Los geht's!", "Stell dir vor: {title}, erklärt! 🎉"],
    ],
    close: [
      ["Somit sind dies die Punkte, auf die es ankommt.", "Folglich genügt das Obige für die meisten Zwecke."],
      [""],
      ["Ich hoffe, das hilft dir; frag gerne nach, wenn etwas unklar ist.", "Ich hoffe, das hilft!"],
      ["Und das ist die ganze Magie! ✨", "Jetzt probier es selbst! 🎉"],
    ],
    prefix: [["Darüber hinaus gilt: ", "Zudem gilt: ", "Ferner gilt: "], [""], ["Ehrlich gesagt: ", "Keine Sorge: ", "Schau mal: "], ["Überraschung: ", "Stell dir vor: "]],
    labels: { example: "Durchgerechnetes Beispiel", formula: "In Symbolen", deeper: "Weiterführend", caveat: "Vorsicht", code: "Im Code", related: "Verwandte Themen, die ich erklären kann:" },
    noMath: "Ohne Formeln: Die Idee passt in Worte.",
    unknown: {
      intro:
        "Ich bin das Offline-Demomodell, und diese Frage liegt außerhalb der kleinen Themenbibliothek, mit der ich geschrieben wurde; deshalb erfinde ich keine Antwort.",
      list: "Darüber kann ich sprechen:",
      connect:
        "Für alle anderen Fragen verbinde ein echtes Modell: Setze `OPENAI_API_KEY` für OpenAI oder `OPENAI_BASE_URL` für einen OpenAI-kompatiblen Server wie Ollama oder vLLM, und starte die App neu.",
    },
    explain: {
      lead: "Der Text sagt Folgendes:",
      terms: "Begriffe, die er verwendet",
      defined: "mit den Worten des Textes:",
      undefined: "der Text verwendet ihn, ohne ihn zu erklären.",
      why: "Warum es wichtig ist, laut dem Text:",
    },
    summary: { lead: "Kurz gesagt:", nothing: "Der Text ist zu kurz für eine Zusammenfassung; er sagt:", untranslated: "Das Offline-Modell übersetzt nicht, daher bleiben die Sätze in der Sprache des Textes." },
    and: "und",
  },
};

/** Readers in a language the library is not written in get English, after this note. */
export const FALLBACK_NOTES = {
  pt: "Nota: o modelo de demonstração offline ainda não escreve em português, por isso a resposta segue em inglês. Com um modelo real configurado, a resposta viria em português.",
  it: "Nota: il modello dimostrativo offline non scrive ancora in italiano, quindi la risposta è in inglese. Con un modello reale configurato, la risposta sarebbe in italiano.",
  zh: "注意：离线演示模型暂时还不能用中文写作，所以下面的回答是英文的。配置真实模型后，回答将使用中文。",
  ja: "注：オフラインのデモモデルはまだ日本語で書けないため、以下の回答は英語です。実際のモデルを設定すると、日本語で回答します。",
} as const;
