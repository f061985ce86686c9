/** Humanities: the French Revolution, the printing press, Zipf's law of word frequencies. */
import type { Topic } from "./types";

export const HUMANITIES: readonly Topic[] = [
  {
    id: "french-revolution",
    domain: "humanities",
    formula: "\\underbrace{\\tfrac{1}{3}}_{\\text{Third Estate's votes}} \\ll \\underbrace{0.98}_{\\text{its share of the people}}",
    worked: "\\frac{0.98 \\times 28\\,000\\,000}{1} \\approx 27\\,400\\,000 \\text{ people, one vote of three}",
    text: {
      en: {
        title: "The French Revolution",
        terms: "french revolution 1789 bastille louis xvi monarchy estates general third estate terror robespierre napoleon rights of man",
        levels: [
          "The French Revolution was a time, starting in 1789, when the people of France overthrew their king's absolute power. Many were poor, taxed heavily and hungry, while nobles and clergy paid little. Crowds stormed the Bastille prison in Paris. The revolution ended the monarchy and spread ideas of liberty and equality.",
          "The Revolution began when a bankrupt monarchy called the Estates-General in 1789 and the Third Estate, the commoners, declared itself a National Assembly. The storming of the Bastille, the abolition of feudal privileges and the Declaration of the Rights of Man followed. The king was executed in 1793, radical Jacobins ran the Terror, and the period ended with Napoleon's coup in 1799.",
          "Historians trace its causes to fiscal crisis after costly wars, a rigid society of orders, poor harvests and Enlightenment ideas about sovereignty and rights. Its course moved from constitutional monarchy to a republic at war with Europe, then to the Terror and the Directory; its legacy includes the metric system, civil equality before the law and the modern vocabulary of left and right.",
          "Interpretation has shifted from the Marxist account of a bourgeois revolution, associated with Lefebvre and Soboul, to the revisionism of Cobban and Furet, which stressed political culture and the dynamics of revolutionary discourse; recent work on the Atlantic and Haitian revolutions and on gender and the provinces has widened the frame beyond Paris and the Convention.",
        ],
        intuition:
          "Imagine a house where the people who pay all the rent have no say in the rules, while those who pay nothing make them. When the money runs out and bread gets dear, the tenants take over the meeting. That, in short, is how it started.",
        formula: "At the Estates-General, voting by order gave the Third Estate one vote of three, though it was about 98% of the population:",
        example:
          "France had about 28 million people in 1789. The clergy and the nobility together were roughly 2% of them, about 600,000 people, yet they held two of the three votes. That arithmetic is why the Third Estate demanded voting by head, and why it broke away when refused.",
        caveat:
          "The Revolution was not one event but a decade of shifting factions, and not everyone gained: women were denied political rights, and slavery, abolished in 1794, was restored by Napoleon in 1802.",
      },
      es: {
        title: "La Revolución francesa",
        terms: "revolución francesa 1789 bastilla luis xvi monarquía estados generales tercer estado terror robespierre napoleón derechos del hombre",
        levels: [
          "La Revolución francesa fue una época, desde 1789, en la que el pueblo de Francia acabó con el poder absoluto de su rey. Muchos eran pobres, pagaban muchos impuestos y pasaban hambre, mientras nobles y clero pagaban poco. Una multitud tomó la prisión de la Bastilla en París. La revolución acabó con la monarquía y extendió ideas de libertad e igualdad.",
          "La Revolución empezó cuando una monarquía en bancarrota convocó los Estados Generales en 1789 y el Tercer Estado, el pueblo llano, se proclamó Asamblea Nacional. Siguieron la toma de la Bastilla, la abolición de los privilegios feudales y la Declaración de los Derechos del Hombre. El rey fue ejecutado en 1793, los jacobinos radicales dirigieron el Terror, y el periodo terminó con el golpe de Napoleón en 1799.",
          "Los historiadores sitúan sus causas en la crisis fiscal tras guerras costosas, una sociedad rígida de órdenes, malas cosechas y las ideas ilustradas sobre soberanía y derechos. Su curso pasó de la monarquía constitucional a una república en guerra con Europa, y luego al Terror y al Directorio; su legado incluye el sistema métrico, la igualdad civil ante la ley y el vocabulario moderno de izquierda y derecha.",
          "La interpretación ha pasado del relato marxista de una revolución burguesa, asociado a Lefebvre y Soboul, al revisionismo de Cobban y Furet, que subrayó la cultura política y la dinámica del discurso revolucionario; los trabajos recientes sobre las revoluciones atlánticas y haitiana, el género y las provincias han ampliado el marco más allá de París y la Convención.",
        ],
        intuition:
          "Imagina una casa donde quienes pagan todo el alquiler no pueden opinar sobre las normas, y quienes no pagan nada las deciden. Cuando se acaba el dinero y el pan se encarece, los inquilinos toman la reunión. Así empezó, en resumen.",
        formula: "En los Estados Generales, el voto por estamento daba al Tercer Estado un voto de tres, aunque era cerca del 98 % de la población:",
        example:
          "Francia tenía unos 28 millones de habitantes en 1789. El clero y la nobleza juntos eran cerca del 2 %, unas 600.000 personas, y sin embargo tenían dos de los tres votos. Esa cuenta explica que el Tercer Estado exigiera votar por cabeza, y que rompiera al negárselo.",
        caveat:
          "La Revolución no fue un solo hecho sino una década de facciones cambiantes, y no todos ganaron: a las mujeres se les negaron los derechos políticos, y la esclavitud, abolida en 1794, fue restablecida por Napoleón en 1802.",
      },
      fr: {
        title: "La Révolution française",
        terms: "révolution française 1789 bastille louis xvi monarchie états généraux tiers état terreur robespierre napoléon droits de l'homme",
        levels: [
          "La Révolution française est une période, à partir de 1789, où le peuple de France a renversé le pouvoir absolu de son roi. Beaucoup étaient pauvres, très taxés et affamés, alors que nobles et clergé payaient peu. La foule a pris la prison de la Bastille à Paris. La révolution a mis fin à la monarchie et répandu les idées de liberté et d'égalité.",
          "La Révolution commence quand une monarchie en faillite convoque les États généraux en 1789 et que le tiers état, les roturiers, se proclame Assemblée nationale. Suivent la prise de la Bastille, l'abolition des privilèges et la Déclaration des droits de l'homme. Le roi est exécuté en 1793, les Jacobins radicaux mènent la Terreur, et la période s'achève avec le coup d'État de Napoléon en 1799.",
          "Les historiens en trouvent les causes dans la crise financière après des guerres coûteuses, une société d'ordres rigide, de mauvaises récoltes et les idées des Lumières sur la souveraineté et les droits. Son cours va de la monarchie constitutionnelle à une république en guerre contre l'Europe, puis à la Terreur et au Directoire ; son héritage comprend le système métrique, l'égalité civile devant la loi et le vocabulaire moderne de la gauche et de la droite.",
          "L'interprétation est passée du récit marxiste d'une révolution bourgeoise, associé à Lefebvre et Soboul, au révisionnisme de Cobban et de Furet, attentif à la culture politique et à la dynamique du discours révolutionnaire ; les travaux récents sur les révolutions atlantiques et haïtienne, le genre et les provinces ont élargi le cadre au-delà de Paris et de la Convention.",
        ],
        intuition:
          "Imaginez une maison où ceux qui paient tout le loyer n'ont pas voix au chapitre, tandis que ceux qui ne paient rien fixent les règles. Quand l'argent manque et que le pain devient cher, les locataires prennent la réunion en main. Voilà, en bref, comment tout a commencé.",
        formula: "Aux États généraux, le vote par ordre donnait au tiers état une voix sur trois, alors qu'il représentait environ 98 % de la population :",
        example:
          "La France comptait environ 28 millions d'habitants en 1789. Le clergé et la noblesse réunis en formaient environ 2 %, quelque 600 000 personnes, et détenaient pourtant deux voix sur trois. Ce calcul explique que le tiers état ait exigé le vote par tête, et qu'il ait rompu face au refus.",
        caveat:
          "La Révolution n'est pas un événement unique mais une décennie de factions changeantes, et tous n'y ont pas gagné : les femmes furent privées de droits politiques, et l'esclavage, aboli en 1794, fut rétabli par Napoléon en 1802.",
      },
      de: {
        title: "Die Französische Revolution",
        terms: "französische revolution 1789 bastille ludwig xvi monarchie generalstände dritter stand terror robespierre napoleon menschenrechte",
        levels: [
          "Die Französische Revolution war eine Zeit ab 1789, in der das Volk Frankreichs die absolute Macht seines Königs stürzte. Viele waren arm, hoch besteuert und hungrig, während Adel und Klerus wenig zahlten. Eine Menge stürmte das Gefängnis der Bastille in Paris. Die Revolution beendete die Monarchie und verbreitete Ideen von Freiheit und Gleichheit.",
          "Die Revolution begann, als eine bankrotte Monarchie 1789 die Generalstände einberief und der Dritte Stand, das einfache Volk, sich zur Nationalversammlung erklärte. Es folgten der Sturm auf die Bastille, die Abschaffung der Feudalrechte und die Erklärung der Menschen- und Bürgerrechte. Der König wurde 1793 hingerichtet, radikale Jakobiner führten die Schreckensherrschaft, und die Zeit endete mit Napoleons Staatsstreich 1799.",
          "Historiker sehen die Ursachen in der Finanzkrise nach teuren Kriegen, einer starren Ständegesellschaft, Missernten und den Ideen der Aufklärung über Souveränität und Rechte. Ihr Verlauf führte von der konstitutionellen Monarchie zu einer Republik im Krieg mit Europa, dann zur Schreckensherrschaft und zum Direktorium; zu ihrem Erbe gehören das metrische System, die Gleichheit vor dem Gesetz und das moderne Vokabular von links und rechts.",
          "Die Deutung hat sich von der marxistischen Erzählung einer bürgerlichen Revolution, verbunden mit Lefebvre und Soboul, zum Revisionismus von Cobban und Furet verschoben, der politische Kultur und die Dynamik des revolutionären Diskurses betonte; neuere Arbeiten zu den atlantischen Revolutionen und Haiti, zu Geschlecht und Provinzen haben den Rahmen über Paris und den Konvent hinaus erweitert.",
        ],
        intuition:
          "Stell dir ein Haus vor, in dem die, die die ganze Miete zahlen, bei den Regeln nichts zu sagen haben, während die, die nichts zahlen, sie machen. Wenn das Geld ausgeht und das Brot teuer wird, übernehmen die Mieter die Versammlung. So fing es, kurz gesagt, an.",
        formula: "In den Generalständen gab die Abstimmung nach Ständen dem Dritten Stand eine von drei Stimmen, obwohl er etwa 98 % der Bevölkerung ausmachte:",
        example:
          "Frankreich hatte 1789 etwa 28 Millionen Einwohner. Klerus und Adel zusammen waren etwa 2 % davon, rund 600.000 Menschen, und hatten doch zwei der drei Stimmen. Diese Rechnung erklärt, warum der Dritte Stand die Abstimmung nach Köpfen verlangte und sich abspaltete, als sie verweigert wurde.",
        caveat:
          "Die Revolution war kein einzelnes Ereignis, sondern ein Jahrzehnt wechselnder Fraktionen, und nicht alle gewannen: Frauen blieben politische Rechte verwehrt, und die 1794 abgeschaffte Sklaverei führte Napoleon 1802 wieder ein.",
      },
    },
  },
  {
    id: "printing-press",
    domain: "humanities",
    formula: "N(t) = N_0 \\, 2^{t / T}",
    worked: "N_0 = 1,\\ T = 10\\ \\text{years}:\\ N(50) = 2^{5} = 32",
    text: {
      en: {
        title: "The printing press",
        terms: "printing press gutenberg movable type books print printed printer 1450 bible reformation literacy",
        levels: [
          "The printing press is a machine that prints many copies of a page quickly. Before it, books were copied by hand, so they were rare and costly. Around 1450 in Germany, Johannes Gutenberg made one with small metal letters that could be rearranged. Books became cheaper, and many more people could read them.",
          "Gutenberg combined several inventions around 1450 in Mainz: movable metal type cast in a hand mould, an oil-based ink that stuck to metal, and a screw press adapted from wine-making. His Bible, printed around 1455, showed the quality possible. Within fifty years, presses operated in over 250 European towns and had produced millions of books.",
          "Print standardized texts, spellings and images, made scholarship cumulative because identical copies could be compared and corrected, and cut the cost of books dramatically. It spread Luther's pamphlets quickly after 1517, helping the Reformation, fed the scientific revolution and the rise of vernacular languages, and created a market for news and advertising.",
          "Elizabeth Eisenstein's thesis of print as an agent of change, through standardization, dissemination and fixity, has been tempered by Adrian Johns's account of piracy and unstable texts in early print culture; economic historians such as Dittmar link early adoption to faster urban growth, while the earlier movable type of Bi Sheng and Korea's metal type show the European case was not the first.",
        ],
        intuition:
          "Before printing, every book was like a handwritten letter: one copy, weeks of work. The press turned books into something like stamps, where one carefully made plate gives as many copies as you want. Ideas could suddenly travel faster than the people who had them.",
        formula: "Early print output grew roughly exponentially; with a doubling time T, the output N after t years from a starting N₀:",
        example:
          "If book output doubled about every ten years, then fifty years after the first presses it would be two to the fifth power, 32 times larger. Estimates of European output, from a few thousand books in the 1450s to millions by 1500, are of that order.",
        caveat:
          "Gutenberg did not invent printing: China and Korea printed with blocks and movable type centuries earlier. What was new was a system fit for alphabetic scripts and a commercial market to sustain it.",
      },
      es: {
        title: "La imprenta",
        terms: "imprenta gutenberg tipos móviles libros imprimir impreso impresor 1450 biblia reforma alfabetización",
        levels: [
          "La imprenta es una máquina que imprime muchas copias de una página rápidamente. Antes, los libros se copiaban a mano, así que eran escasos y caros. Hacia 1450, en Alemania, Johannes Gutenberg hizo una con pequeñas letras de metal que se podían recolocar. Los libros se abarataron y mucha más gente pudo leerlos.",
          "Gutenberg combinó varios inventos hacia 1450 en Maguncia: tipos móviles de metal fundidos en un molde de mano, una tinta de aceite que se adhería al metal y una prensa de husillo adaptada de la del vino. Su Biblia, impresa hacia 1455, mostró la calidad posible. En cincuenta años había imprentas en más de 250 ciudades europeas, que habían producido millones de libros.",
          "La imprenta estandarizó textos, ortografías e imágenes, hizo acumulativo el saber porque las copias idénticas se podían comparar y corregir, y redujo muchísimo el coste de los libros. Difundió rápido los panfletos de Lutero desde 1517, ayudando a la Reforma, alimentó la revolución científica y el auge de las lenguas vernáculas, y creó un mercado para las noticias y la publicidad.",
          "La tesis de Elizabeth Eisenstein de la imprenta como agente de cambio, por estandarización, difusión y fijeza, ha sido matizada por el relato de Adrian Johns sobre la piratería y la inestabilidad de los textos en la primera cultura impresa; historiadores económicos como Dittmar vinculan la adopción temprana a un crecimiento urbano más rápido, mientras que los tipos móviles de Bi Sheng y los tipos metálicos coreanos muestran que el caso europeo no fue el primero.",
        ],
        intuition:
          "Antes de la imprenta, cada libro era como una carta escrita a mano: una copia, semanas de trabajo. La imprenta convirtió los libros en algo parecido a sellos, donde una plancha hecha con cuidado da tantas copias como quieras. De pronto las ideas podían viajar más rápido que sus autores.",
        formula: "La producción impresa temprana creció de forma aproximadamente exponencial; con un tiempo de duplicación T, la producción N al cabo de t años a partir de un N₀ inicial:",
        example:
          "Si la producción de libros se duplicaba cada diez años, cincuenta años después de las primeras imprentas sería dos elevado a cinco, 32 veces mayor. Las estimaciones de la producción europea, de unos pocos miles de libros en la década de 1450 a millones hacia 1500, son de ese orden.",
        caveat:
          "Gutenberg no inventó la impresión: China y Corea imprimían con planchas y tipos móviles siglos antes. Lo nuevo fue un sistema adecuado para escrituras alfabéticas y un mercado comercial que lo sostuviera.",
      },
      fr: {
        title: "L'imprimerie",
        terms: "imprimerie presse gutenberg caractères mobiles livres imprimer imprimé imprimeur 1450 bible réforme alphabétisation",
        levels: [
          "L'imprimerie, c'est une machine qui imprime vite de nombreuses copies d'une page. Avant elle, les livres étaient copiés à la main, donc rares et chers. Vers 1450, en Allemagne, Johannes Gutenberg en a fabriqué une avec de petites lettres de métal que l'on pouvait réarranger. Les livres sont devenus moins chers et beaucoup plus de gens ont pu les lire.",
          "Gutenberg a combiné plusieurs inventions vers 1450 à Mayence : des caractères mobiles en métal coulés dans un moule à main, une encre à l'huile qui adhérait au métal et une presse à vis adaptée de celle du vin. Sa Bible, imprimée vers 1455, a montré la qualité possible. En cinquante ans, des presses fonctionnaient dans plus de 250 villes européennes et avaient produit des millions de livres.",
          "L'imprimé a standardisé textes, orthographes et images, rendu le savoir cumulatif parce que des copies identiques pouvaient être comparées et corrigées, et fait chuter le coût des livres. Il a diffusé vite les pamphlets de Luther après 1517, aidant la Réforme, nourri la révolution scientifique et l'essor des langues vernaculaires, et créé un marché pour les nouvelles et la publicité.",
          "La thèse d'Elizabeth Eisenstein faisant de l'imprimé un agent de changement, par la standardisation, la diffusion et la fixité, a été nuancée par le récit d'Adrian Johns sur la contrefaçon et l'instabilité des textes dans la première culture imprimée ; des historiens économistes comme Dittmar lient l'adoption précoce à une croissance urbaine plus rapide, tandis que les caractères mobiles de Bi Sheng et les caractères métalliques coréens montrent que le cas européen ne fut pas le premier.",
        ],
        intuition:
          "Avant l'imprimerie, chaque livre était comme une lettre manuscrite : un exemplaire, des semaines de travail. La presse a fait des livres quelque chose comme des tampons, où une plaque soigneusement faite donne autant de copies qu'on veut. Les idées pouvaient soudain voyager plus vite que leurs auteurs.",
        formula: "La production imprimée des débuts a crû de façon à peu près exponentielle ; avec un temps de doublement T, la production N au bout de t années à partir d'un N₀ initial :",
        example:
          "Si la production de livres doublait tous les dix ans, cinquante ans après les premières presses elle serait de deux puissance cinq, 32 fois plus grande. Les estimations de la production européenne, de quelques milliers de livres dans les années 1450 à des millions vers 1500, sont de cet ordre.",
        caveat:
          "Gutenberg n'a pas inventé l'impression : la Chine et la Corée imprimaient avec des planches et des caractères mobiles des siècles plus tôt. La nouveauté fut un système adapté aux écritures alphabétiques et un marché commercial pour le faire vivre.",
      },
      de: {
        title: "Der Buchdruck",
        terms: "buchdruck druckerpresse gutenberg bewegliche lettern bücher drucken gedruckt drucker 1450 bibel reformation alphabetisierung",
        levels: [
          "Die Druckerpresse ist eine Maschine, die schnell viele Kopien einer Seite druckt. Vorher wurden Bücher von Hand abgeschrieben, daher waren sie selten und teuer. Um 1450 baute Johannes Gutenberg in Deutschland eine mit kleinen Metallbuchstaben, die man neu anordnen konnte. Bücher wurden billiger, und viel mehr Menschen konnten sie lesen.",
          "Gutenberg verband um 1450 in Mainz mehrere Erfindungen: bewegliche Metalllettern, gegossen in einem Handgießinstrument, eine Druckerfarbe auf Ölbasis, die am Metall haftete, und eine Spindelpresse nach dem Vorbild der Weinpresse. Seine um 1455 gedruckte Bibel zeigte, welche Qualität möglich war. Binnen fünfzig Jahren arbeiteten Pressen in über 250 europäischen Städten und hatten Millionen Bücher hergestellt.",
          "Der Druck vereinheitlichte Texte, Schreibweisen und Bilder, machte Gelehrsamkeit kumulativ, weil identische Exemplare verglichen und korrigiert werden konnten, und senkte die Buchpreise drastisch. Er verbreitete Luthers Flugschriften nach 1517 rasch und half so der Reformation, nährte die wissenschaftliche Revolution und den Aufstieg der Volkssprachen und schuf einen Markt für Nachrichten und Werbung.",
          "Elizabeth Eisensteins These vom Druck als Agent des Wandels durch Standardisierung, Verbreitung und Fixierung wurde durch Adrian Johns' Darstellung von Raubdrucken und instabilen Texten in der frühen Druckkultur relativiert; Wirtschaftshistoriker wie Dittmar verbinden frühe Übernahme mit schnellerem Stadtwachstum, während die beweglichen Lettern von Bi Sheng und Koreas Metalllettern zeigen, dass der europäische Fall nicht der erste war.",
        ],
        intuition:
          "Vor dem Buchdruck war jedes Buch wie ein handgeschriebener Brief: ein Exemplar, wochenlange Arbeit. Die Presse machte Bücher zu etwas wie Stempeln, bei denen eine sorgfältig gefertigte Platte beliebig viele Abzüge liefert. Ideen konnten plötzlich schneller reisen als die Menschen, die sie hatten.",
        formula: "Die frühe Druckproduktion wuchs annähernd exponentiell; mit einer Verdopplungszeit T ergibt sich die Produktion N nach t Jahren aus einem Anfangswert N₀:",
        example:
          "Verdoppelte sich die Buchproduktion etwa alle zehn Jahre, wäre sie fünfzig Jahre nach den ersten Pressen zwei hoch fünf, also 32-mal so groß. Schätzungen der europäischen Produktion, von einigen tausend Büchern in den 1450er Jahren bis zu Millionen um 1500, liegen in dieser Größenordnung.",
        caveat:
          "Gutenberg hat das Drucken nicht erfunden: China und Korea druckten Jahrhunderte früher mit Holztafeln und beweglichen Lettern. Neu war ein System, das zu Alphabetschriften passte, und ein Markt, der es trug.",
      },
    },
  },
  {
    id: "zipfs-law",
    domain: "humanities",
    formula: "f(r) \\propto \\frac{1}{r^{s}}, \\qquad s \\approx 1",
    worked: "f(1) = 60\\,000 \\Rightarrow f(2) \\approx 30\\,000,\\ f(10) \\approx 6\\,000",
    text: {
      en: {
        title: "Zipf's law of word frequencies",
        terms: "zipf zipf's law word frequency frequencies words language linguistics rank common corpus vocabulary power law",
        levels: [
          "Zipf's law is a pattern in how often words are used. In any long text, a few words like \"the\" appear all the time, and most words appear rarely. The second most common word shows up about half as often as the first. The third shows up about a third as often, and so on.",
          "Zipf's law says a word's frequency is roughly inversely proportional to its rank: list words from most to least common, and the word at rank r appears about 1/r as often as the top word. It holds across languages and eras, from novels to newspapers, and means a small set of function words makes up a large share of any text.",
          "The law is a power law, so on a log-log plot of frequency against rank the points fall near a straight line of slope about −1. In practice it explains why a vocabulary of a few thousand words covers most everyday text, why language models need special treatment for rare words, and why search engines drop stopwords; the same shape appears in city sizes and website traffic.",
          "Empirically the exponent sits near 1 for the body of the distribution but deviates in the head and the long tail, which Mandelbrot's generalization f ∝ 1/(r + q)^s fits better; explanations range from least-effort trade-offs between speaker and hearer to preferential-attachment and random-typing models, which reproduce the curve without any semantics, so the law's linguistic significance remains contested.",
        ],
        intuition:
          "Think of the words in a book as people at a party. A few guests, like \"the\" and \"of\", talk to everyone all night. Most guests say only a word or two. Zipf noticed that the chattiest guest talks about twice as much as the second, three times as much as the third, and so on down the line.",
        formula: "The frequency f of the word of rank r falls as a power of the rank, with an exponent s close to 1:",
        example:
          "If \"the\" appears 60,000 times in a corpus, Zipf's law predicts the second word appears about 30,000 times and the tenth about 6,000. In the Brown corpus of English, \"the\" is about 7% of all words and \"of\" about 3.5%, close to the half the law predicts.",
        caveat:
          "Zipf's law is a statistical regularity, not a rule of grammar: it fits best in the middle ranks and worse for the very top and the rarest words, and random text typed by monkeys follows a similar curve, so it says less about meaning than it seems.",
      },
      es: {
        title: "La ley de Zipf de las frecuencias de palabras",
        terms: "zipf ley frecuencia frecuencias palabras lenguaje lengua lingüística rango comunes corpus vocabulario ley de potencia",
        levels: [
          "La ley de Zipf es un patrón en la frecuencia con que se usan las palabras. En cualquier texto largo, unas pocas palabras como «de» aparecen todo el rato, y la mayoría aparece poco. La segunda palabra más común sale más o menos la mitad de veces que la primera. La tercera, un tercio de veces, y así sucesivamente.",
          "La ley de Zipf dice que la frecuencia de una palabra es aproximadamente inversamente proporcional a su rango: ordena las palabras de más a menos comunes, y la del rango r aparece cerca de 1/r veces lo que la primera. Se cumple en lenguas y épocas distintas, de novelas a periódicos, y significa que unas pocas palabras gramaticales forman buena parte de cualquier texto.",
          "La ley es una ley de potencia, así que en una gráfica logarítmica de frecuencia frente a rango los puntos caen cerca de una recta de pendiente −1. En la práctica explica por qué un vocabulario de unos miles de palabras cubre casi todo el texto cotidiano, por qué los modelos de lenguaje tratan aparte las palabras raras y por qué los buscadores descartan las palabras vacías; la misma forma aparece en el tamaño de las ciudades y el tráfico web.",
          "Empíricamente, el exponente ronda 1 en el cuerpo de la distribución pero se desvía en la cabeza y en la cola larga, que la generalización de Mandelbrot f ∝ 1/(r + q)^s ajusta mejor; las explicaciones van desde el equilibrio de mínimo esfuerzo entre hablante y oyente hasta modelos de vinculación preferencial y de tecleo aleatorio, que reproducen la curva sin semántica alguna, de modo que su alcance lingüístico sigue en discusión.",
        ],
        intuition:
          "Piensa en las palabras de un libro como invitados a una fiesta. Unos pocos, como «de» y «la», hablan con todos toda la noche. La mayoría dice una o dos palabras. Zipf vio que el invitado más hablador habla el doble que el segundo, el triple que el tercero, y así hacia abajo.",
        formula: "La frecuencia f de la palabra de rango r cae como una potencia del rango, con un exponente s cercano a 1:",
        example:
          "Si «de» aparece 60.000 veces en un corpus, la ley de Zipf predice que la segunda palabra aparece unas 30.000 veces y la décima unas 6.000. En el corpus Brown del inglés, «the» es cerca del 7 % de todas las palabras y «of» cerca del 3,5 %, próximo a la mitad que predice la ley.",
        caveat:
          "La ley de Zipf es una regularidad estadística, no una regla gramatical: ajusta mejor en los rangos intermedios que en las palabras más frecuentes y en las más raras, y un texto tecleado al azar sigue una curva parecida, así que dice menos sobre el significado de lo que parece.",
      },
      fr: {
        title: "La loi de Zipf des fréquences de mots",
        terms: "zipf loi fréquence fréquences mots langue langage linguistique rang courants corpus vocabulaire loi de puissance",
        levels: [
          "La loi de Zipf est une régularité dans la fréquence d'emploi des mots. Dans tout long texte, quelques mots comme « de » reviennent sans cesse, et la plupart des mots sont rares. Le deuxième mot le plus courant apparaît environ deux fois moins que le premier. Le troisième, environ trois fois moins, et ainsi de suite.",
          "La loi de Zipf dit que la fréquence d'un mot est à peu près inversement proportionnelle à son rang : classez les mots du plus courant au plus rare, et le mot de rang r apparaît environ 1/r fois autant que le premier. Elle vaut pour des langues et des époques variées, des romans aux journaux, et signifie qu'une poignée de mots grammaticaux forme une grande part de tout texte.",
          "La loi est une loi de puissance : sur un graphique log-log de la fréquence en fonction du rang, les points s'alignent près d'une droite de pente −1. En pratique elle explique pourquoi un vocabulaire de quelques milliers de mots couvre l'essentiel des textes courants, pourquoi les modèles de langue traitent à part les mots rares et pourquoi les moteurs de recherche écartent les mots vides ; la même forme se retrouve dans la taille des villes et l'audience des sites web.",
          "Empiriquement, l'exposant est proche de 1 au cœur de la distribution mais s'en écarte en tête et dans la longue traîne, que la généralisation de Mandelbrot f ∝ 1/(r + q)^s ajuste mieux ; les explications vont du compromis du moindre effort entre locuteur et auditeur aux modèles d'attachement préférentiel et de frappe aléatoire, qui reproduisent la courbe sans aucune sémantique, si bien que sa portée linguistique reste discutée.",
        ],
        intuition:
          "Voyez les mots d'un livre comme les invités d'une soirée. Quelques-uns, comme « de » et « la », parlent à tout le monde toute la soirée. La plupart ne disent qu'un mot ou deux. Zipf a remarqué que l'invité le plus bavard parle deux fois plus que le deuxième, trois fois plus que le troisième, et ainsi de suite.",
        formula: "La fréquence f du mot de rang r décroît comme une puissance du rang, avec un exposant s proche de 1 :",
        example:
          "Si « de » apparaît 60 000 fois dans un corpus, la loi de Zipf prédit environ 30 000 occurrences pour le deuxième mot et 6 000 pour le dixième. Dans le corpus Brown de l'anglais, « the » fait environ 7 % des mots et « of » environ 3,5 %, proche de la moitié que prédit la loi.",
        caveat:
          "La loi de Zipf est une régularité statistique, pas une règle de grammaire : elle colle mieux aux rangs moyens qu'aux mots les plus fréquents et aux plus rares, et un texte tapé au hasard suit une courbe voisine ; elle en dit donc moins sur le sens qu'il n'y paraît.",
      },
      de: {
        title: "Das Zipfsche Gesetz der Worthäufigkeiten",
        terms: "zipf zipfsches gesetz worthäufigkeit häufigkeit wörter sprache linguistik rang häufig korpus wortschatz potenzgesetz",
        levels: [
          "Das Zipfsche Gesetz ist ein Muster darin, wie oft Wörter benutzt werden. In jedem langen Text kommen ein paar Wörter wie „der“ ständig vor, die meisten Wörter dagegen selten. Das zweithäufigste Wort erscheint etwa halb so oft wie das häufigste. Das dritte etwa ein Drittel so oft, und so weiter.",
          "Das Zipfsche Gesetz besagt, dass die Häufigkeit eines Wortes ungefähr umgekehrt proportional zu seinem Rang ist: Ordnet man die Wörter vom häufigsten zum seltensten, erscheint das Wort auf Rang r etwa 1/r so oft wie das erste. Es gilt über Sprachen und Epochen hinweg, von Romanen bis zu Zeitungen, und bedeutet, dass wenige Funktionswörter einen großen Teil jedes Textes ausmachen.",
          "Das Gesetz ist ein Potenzgesetz, daher liegen die Punkte in einer doppelt logarithmischen Darstellung von Häufigkeit gegen Rang nahe einer Geraden mit Steigung −1. In der Praxis erklärt es, warum ein Wortschatz von einigen tausend Wörtern den Großteil alltäglicher Texte abdeckt, warum Sprachmodelle seltene Wörter gesondert behandeln und warum Suchmaschinen Stoppwörter weglassen; dieselbe Form zeigt sich bei Stadtgrößen und Webseitenzugriffen.",
          "Empirisch liegt der Exponent im Hauptteil der Verteilung nahe 1, weicht aber am Kopf und im langen Schwanz ab, den Mandelbrots Verallgemeinerung f ∝ 1/(r + q)^s besser trifft; die Erklärungen reichen vom Prinzip des geringsten Aufwands zwischen Sprecher und Hörer bis zu Modellen bevorzugter Anlagerung und zufälligen Tippens, die die Kurve ganz ohne Semantik erzeugen, sodass seine linguistische Bedeutung umstritten bleibt.",
        ],
        intuition:
          "Stell dir die Wörter eines Buches als Gäste einer Party vor. Ein paar Gäste wie „der“ und „die“ reden den ganzen Abend mit allen. Die meisten sagen nur ein, zwei Worte. Zipf bemerkte, dass der gesprächigste Gast doppelt so viel redet wie der zweite, dreimal so viel wie der dritte, und so weiter.",
        formula: "Die Häufigkeit f des Wortes auf Rang r fällt mit einer Potenz des Rangs, mit einem Exponenten s nahe 1:",
        example:
          "Kommt „der“ in einem Korpus 60.000-mal vor, sagt das Zipfsche Gesetz für das zweite Wort etwa 30.000 und für das zehnte etwa 6.000 Vorkommen voraus. Im Brown-Korpus des Englischen macht „the“ etwa 7 % aller Wörter aus und „of“ etwa 3,5 %, nahe an der Hälfte, die das Gesetz vorhersagt.",
        caveat:
          "Das Zipfsche Gesetz ist eine statistische Regelmäßigkeit, keine Grammatikregel: Es passt in den mittleren Rängen besser als bei den häufigsten und seltensten Wörtern, und zufällig getippter Text folgt einer ähnlichen Kurve, also sagt es weniger über Bedeutung, als es scheint.",
      },
    },
  },
];
