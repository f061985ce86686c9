/** Life sciences: vaccines, photosynthesis, DNA replication. */
import type { Topic } from "./types";

export const LIFE_SCIENCES: readonly Topic[] = [
  {
    id: "vaccines",
    domain: "life-sciences",
    formula: "p_c = 1 - \\frac{1}{R_0}",
    worked: "R_0 = 15:\\ p_c = 1 - \\frac{1}{15} \\approx 0.93",
    text: {
      en: {
        title: "How vaccines train the immune system",
        terms: "vaccine vaccines vaccination vaccinate immunization immune system train antibodies memory cells antigen herd immunity mrna",
        levels: [
          "A vaccine teaches your body to fight a germ before you ever meet it. It shows your immune system a harmless piece or copy of the germ. Your body practises making defences against it. If the real germ comes later, your body remembers and fights it off fast.",
          "A vaccine presents an antigen, a molecule from the pathogen, without causing the disease: a weakened or inactivated germ, a purified protein, or mRNA that lets your cells make the protein briefly. B cells respond by making antibodies and T cells learn to recognize infected cells, and some of both become memory cells. On real exposure, that memory mounts a faster and stronger response.",
          "The primary response to a vaccine peaks after one to two weeks; boosters drive affinity maturation in germinal centres, so antibodies bind more tightly and memory lasts longer. Adjuvants strengthen the innate signal that starts the response. Protection at the population level, herd immunity, depends on how contagious the disease is: the more contagious, the higher the share of people who must be immune.",
          "Vaccine efficacy rests on priming antigen-specific B and T cell clones: germinal-centre reactions yield class-switched, somatically hypermutated long-lived plasma cells and memory B cells, while CD4 T follicular helper cells and CD8 memory T cells shape durability and breadth; correlates of protection, such as neutralizing titres, and the critical vaccination fraction from R₀ guide dosing and coverage targets.",
        ],
        intuition:
          "It is like a fire drill. Nobody is in danger during the drill, but everyone learns the exits. When a real fire comes, people get out quickly because they already know what to do. A vaccine is a drill for your immune system.",
        formula: "To stop a disease from spreading, the share of immune people must exceed the critical fraction p_c, where R₀ is the number of people one case infects in a population with no immunity:",
        example:
          "Measles is very contagious: one case infects about 15 people where nobody is immune. One minus one fifteenth is about 0.93, so roughly 93% of people must be immune to stop outbreaks. For a disease with R₀ of 2, half the population is enough.",
        caveat:
          "Vaccines lower the risk of disease; they rarely make it zero, and protection can fade, which is why some need boosters. A vaccine also takes a week or two to work, so a person can still fall ill right after the shot.",
      },
      es: {
        title: "Cómo entrenan las vacunas al sistema inmunitario",
        terms: "vacuna vacunas vacunación vacunar inmunización sistema inmunitario inmune entrenar anticuerpos células memoria antígeno inmunidad rebaño arnm",
        levels: [
          "Una vacuna enseña a tu cuerpo a luchar contra un germen antes de encontrarlo. Le muestra a tu sistema inmunitario un trozo inofensivo o una copia del germen. Tu cuerpo practica cómo defenderse. Si el germen de verdad llega después, tu cuerpo lo recuerda y lo vence rápido.",
          "Una vacuna presenta un antígeno, una molécula del patógeno, sin causar la enfermedad: un germen debilitado o inactivado, una proteína purificada o ARNm que hace que tus células fabriquen la proteína un tiempo. Los linfocitos B responden produciendo anticuerpos y los linfocitos T aprenden a reconocer células infectadas, y algunos de ambos se convierten en células de memoria. Ante el contacto real, esa memoria da una respuesta más rápida y fuerte.",
          "La respuesta primaria a una vacuna alcanza su máximo en una o dos semanas; los refuerzos impulsan la maduración de la afinidad en los centros germinales, así que los anticuerpos se unen mejor y la memoria dura más. Los adyuvantes refuerzan la señal innata que inicia la respuesta. La protección de la población, la inmunidad de rebaño, depende de lo contagiosa que sea la enfermedad: cuanto más contagiosa, mayor la proporción de inmunes necesaria.",
          "La eficacia vacunal se basa en cebar clones de linfocitos B y T específicos del antígeno: las reacciones de centro germinal producen células plasmáticas de vida larga, con cambio de clase e hipermutación somática, y linfocitos B de memoria, mientras los T foliculares colaboradores CD4 y los T de memoria CD8 determinan duración y amplitud; los correlatos de protección, como los títulos neutralizantes, y la fracción crítica de vacunación a partir de R₀ orientan dosis y coberturas.",
        ],
        intuition:
          "Es como un simulacro de incendio. Nadie corre peligro durante el simulacro, pero todos aprenden las salidas. Cuando hay un fuego de verdad, la gente sale rápido porque ya sabe qué hacer. Una vacuna es un simulacro para tu sistema inmunitario.",
        formula: "Para frenar una enfermedad, la proporción de inmunes debe superar la fracción crítica p_c, donde R₀ es el número de personas que contagia un caso en una población sin inmunidad:",
        example:
          "El sarampión es muy contagioso: un caso contagia a unas 15 personas donde nadie es inmune. Uno menos un quinceavo es 0,93, así que cerca del 93 % de la gente debe ser inmune para frenar los brotes. Para una enfermedad con R₀ de 2, basta la mitad de la población.",
        caveat:
          "Las vacunas reducen el riesgo de enfermar; rara vez lo dejan en cero, y la protección puede bajar con el tiempo, por eso algunas necesitan refuerzos. Además, una vacuna tarda una o dos semanas en hacer efecto, así que se puede enfermar justo después de la dosis.",
      },
      fr: {
        title: "Comment les vaccins entraînent le système immunitaire",
        terms: "vaccin vaccins vaccination vacciner immunisation système immunitaire entraîner anticorps cellules mémoire antigène immunité collective arnm",
        levels: [
          "Un vaccin apprend à votre corps à combattre un microbe avant même de le rencontrer. Il montre à votre système immunitaire un morceau inoffensif ou une copie du microbe. Votre corps s'entraîne à se défendre. Si le vrai microbe arrive plus tard, votre corps s'en souvient et le bat vite.",
          "Un vaccin présente un antigène, une molécule du pathogène, sans provoquer la maladie : un microbe affaibli ou inactivé, une protéine purifiée, ou un ARNm qui fait fabriquer brièvement la protéine par vos cellules. Les lymphocytes B répondent en produisant des anticorps, les lymphocytes T apprennent à reconnaître les cellules infectées, et certains deviennent des cellules mémoire. Lors d'une vraie exposition, cette mémoire déclenche une réponse plus rapide et plus forte.",
          "La réponse primaire à un vaccin culmine en une à deux semaines ; les rappels entraînent la maturation d'affinité dans les centres germinatifs, si bien que les anticorps se lient plus fort et que la mémoire dure plus longtemps. Les adjuvants renforcent le signal inné qui lance la réponse. La protection collective, l'immunité de groupe, dépend de la contagiosité : plus la maladie est contagieuse, plus la part de personnes immunisées doit être élevée.",
          "L'efficacité vaccinale repose sur l'amorçage de clones B et T spécifiques de l'antigène : les réactions des centres germinatifs produisent des plasmocytes à longue durée de vie, après commutation de classe et hypermutation somatique, et des lymphocytes B mémoire, tandis que les T auxiliaires folliculaires CD4 et les T mémoire CD8 déterminent durée et étendue ; les corrélats de protection, comme les titres neutralisants, et la fraction critique de vaccination tirée de R₀ orientent doses et couvertures.",
        ],
        intuition:
          "C'est comme un exercice d'évacuation. Personne n'est en danger pendant l'exercice, mais chacun apprend les sorties. Le jour d'un vrai incendie, tout le monde sort vite car tout le monde sait déjà quoi faire. Un vaccin est un exercice pour votre système immunitaire.",
        formula: "Pour arrêter une épidémie, la part de personnes immunisées doit dépasser la fraction critique p_c, où R₀ est le nombre de personnes qu'un cas contamine dans une population sans immunité :",
        example:
          "La rougeole est très contagieuse : un cas contamine environ 15 personnes là où personne n'est immunisé. Un moins un quinzième fait environ 0,93, donc environ 93 % des gens doivent être immunisés pour arrêter les flambées. Pour une maladie de R₀ égal à 2, la moitié de la population suffit.",
        caveat:
          "Les vaccins diminuent le risque de maladie ; ils l'annulent rarement, et la protection peut baisser, d'où les rappels. Un vaccin met aussi une à deux semaines à agir : on peut tomber malade juste après l'injection.",
      },
      de: {
        title: "Wie Impfungen das Immunsystem trainieren",
        terms: "impfung impfungen impfstoff impfstoffe impfen immunisierung immunsystem trainieren antikörper gedächtniszellen antigen herdenimmunität mrna",
        levels: [
          "Eine Impfung bringt deinem Körper bei, einen Erreger zu bekämpfen, bevor du ihm begegnest. Sie zeigt deinem Immunsystem ein harmloses Stück oder eine Kopie des Erregers. Dein Körper übt, sich dagegen zu wehren. Kommt später der echte Erreger, erinnert sich dein Körper und besiegt ihn schnell.",
          "Ein Impfstoff präsentiert ein Antigen, ein Molekül des Erregers, ohne die Krankheit auszulösen: einen abgeschwächten oder abgetöteten Erreger, ein gereinigtes Protein oder mRNA, mit der deine Zellen das Protein kurz selbst herstellen. B-Zellen bilden daraufhin Antikörper, T-Zellen lernen infizierte Zellen zu erkennen, und einige von beiden werden zu Gedächtniszellen. Beim echten Kontakt sorgt dieses Gedächtnis für eine schnellere und stärkere Antwort.",
          "Die Primärantwort auf eine Impfung erreicht nach ein bis zwei Wochen ihren Höhepunkt; Auffrischungen treiben die Affinitätsreifung in den Keimzentren an, sodass Antikörper fester binden und das Gedächtnis länger hält. Adjuvantien verstärken das angeborene Signal, das die Antwort startet. Der Schutz der Bevölkerung, die Herdenimmunität, hängt davon ab, wie ansteckend die Krankheit ist: je ansteckender, desto höher der nötige Anteil Immuner.",
          "Die Wirksamkeit beruht auf dem Priming antigenspezifischer B- und T-Zell-Klone: Keimzentrumsreaktionen liefern langlebige Plasmazellen mit Klassenwechsel und somatischer Hypermutation sowie Gedächtnis-B-Zellen, während follikuläre CD4-Helferzellen und CD8-Gedächtnis-T-Zellen Dauer und Breite prägen; Schutzkorrelate wie neutralisierende Titer und die kritische Impfquote aus R₀ leiten Dosierung und Impfziele.",
        ],
        intuition:
          "Es ist wie eine Feuerübung. Bei der Übung ist niemand in Gefahr, aber alle lernen die Notausgänge. Brennt es wirklich, kommen alle schnell hinaus, weil sie schon wissen, was zu tun ist. Eine Impfung ist eine Übung für dein Immunsystem.",
        formula: "Damit sich eine Krankheit nicht ausbreitet, muss der Anteil Immuner die kritische Quote p_c übersteigen; R₀ ist die Zahl der Menschen, die ein Fall in einer Bevölkerung ohne Immunität ansteckt:",
        example:
          "Masern sind sehr ansteckend: Ein Fall steckt etwa 15 Menschen an, wo niemand immun ist. Eins minus ein Fünfzehntel ist etwa 0,93, also müssen rund 93 % der Menschen immun sein, um Ausbrüche zu stoppen. Bei einer Krankheit mit R₀ von 2 genügt die Hälfte der Bevölkerung.",
        caveat:
          "Impfungen senken das Krankheitsrisiko; selten senken sie es auf null, und der Schutz kann nachlassen, daher brauchen manche Auffrischungen. Außerdem wirkt eine Impfung erst nach ein bis zwei Wochen, man kann also kurz danach noch erkranken.",
      },
    },
  },
  {
    id: "photosynthesis",
    domain: "life-sciences",
    formula: "6\\,\\mathrm{CO_2} + 6\\,\\mathrm{H_2O} \\xrightarrow{\\text{light}} \\mathrm{C_6H_{12}O_6} + 6\\,\\mathrm{O_2}",
    worked: "\\frac{180\\ \\text{g glucose}}{264\\ \\text{g CO}_2} \\approx 0.68",
    text: {
      en: {
        title: "Photosynthesis",
        terms: "photosynthesis plants leaves chlorophyll sunlight light energy sugar glucose oxygen carbon dioxide chloroplast",
        levels: [
          "Photosynthesis is how plants make their own food from sunlight. A leaf takes in air and water. It uses the energy of light to turn them into sugar, which the plant uses to grow. As it works, the plant lets out oxygen, the gas we breathe.",
          "In photosynthesis, plants, algae and some bacteria use light energy to turn carbon dioxide and water into glucose, releasing oxygen. It happens in chloroplasts, where the green pigment chlorophyll absorbs red and blue light. The light reactions split water and store energy in ATP and NADPH; the Calvin cycle then uses that energy to build sugar from carbon dioxide.",
          "The light-dependent reactions in the thylakoid membranes run two photosystems in series, pumping protons to drive ATP synthase, while the Calvin cycle in the stroma fixes CO₂ with the enzyme RuBisCO. RuBisCO also reacts with oxygen, a wasteful process called photorespiration, which C4 plants such as maize and CAM plants such as cacti reduce by concentrating CO₂.",
          "The Z-scheme couples photosystem II, whose oxygen-evolving complex oxidizes water, to photosystem I through plastoquinone, the cytochrome b6f complex and plastocyanin, generating a proton-motive force; the quantum requirement is about eight to ten photons per O₂, RuBisCO's low turnover and oxygenase side reaction cap efficiency, and crop plants convert only about 1% of incident sunlight into biomass.",
        ],
        intuition:
          "A leaf is a small solar-powered kitchen. Its ingredients are water from the roots and carbon dioxide from the air; sunlight is the stove. What it cooks is sugar, and the leftover it throws out is oxygen.",
        formula: "The overall reaction: six carbon dioxide and six water molecules, with light energy, give one glucose and six oxygen molecules:",
        example:
          "To make 180 grams of glucose, one mole, a plant needs 264 grams of carbon dioxide and 108 grams of water, and it releases 192 grams of oxygen. So roughly two thirds of the mass of the carbon dioxide a plant takes in ends up as sugar.",
        caveat:
          "The oxygen plants release comes from water, not from carbon dioxide; experiments with labelled oxygen showed this. And plants also respire: at night they take in oxygen and release carbon dioxide like animals do.",
      },
      es: {
        title: "La fotosíntesis",
        terms: "fotosíntesis plantas hojas clorofila luz solar energía azúcar glucosa oxígeno dióxido carbono cloroplasto",
        levels: [
          "La fotosíntesis es cómo las plantas fabrican su propio alimento con la luz del sol. Una hoja toma aire y agua. Usa la energía de la luz para convertirlos en azúcar, que la planta usa para crecer. Mientras lo hace, la planta suelta oxígeno, el gas que respiramos.",
          "En la fotosíntesis, plantas, algas y algunas bacterias usan la energía de la luz para convertir dióxido de carbono y agua en glucosa, liberando oxígeno. Ocurre en los cloroplastos, donde el pigmento verde clorofila absorbe luz roja y azul. Las reacciones luminosas rompen el agua y guardan energía en ATP y NADPH; después, el ciclo de Calvin usa esa energía para fabricar azúcar a partir del dióxido de carbono.",
          "Las reacciones dependientes de la luz, en las membranas de los tilacoides, encadenan dos fotosistemas que bombean protones para mover la ATP sintasa, mientras el ciclo de Calvin, en el estroma, fija el CO₂ con la enzima RuBisCO. La RuBisCO también reacciona con el oxígeno, un proceso derrochador llamado fotorrespiración, que las plantas C4 como el maíz y las CAM como los cactus reducen concentrando el CO₂.",
          "El esquema Z acopla el fotosistema II, cuyo complejo liberador de oxígeno oxida el agua, al fotosistema I mediante la plastoquinona, el complejo citocromo b6f y la plastocianina, generando una fuerza protón-motriz; el requerimiento cuántico es de unos ocho a diez fotones por O₂, la baja velocidad de la RuBisCO y su actividad oxigenasa limitan la eficiencia, y los cultivos convierten solo cerca del 1 % de la luz incidente en biomasa.",
        ],
        intuition:
          "Una hoja es una pequeña cocina solar. Sus ingredientes son el agua de las raíces y el dióxido de carbono del aire; la luz del sol es el fogón. Lo que cocina es azúcar, y lo que le sobra y tira es oxígeno.",
        formula: "La reacción global: seis moléculas de dióxido de carbono y seis de agua, con energía de la luz, dan una de glucosa y seis de oxígeno:",
        example:
          "Para fabricar 180 gramos de glucosa, un mol, una planta necesita 264 gramos de dióxido de carbono y 108 de agua, y libera 192 gramos de oxígeno. Así que unas dos terceras partes de la masa del dióxido de carbono que toma acaban como azúcar.",
        caveat:
          "El oxígeno que liberan las plantas viene del agua, no del dióxido de carbono; lo demostraron experimentos con oxígeno marcado. Y las plantas también respiran: de noche toman oxígeno y sueltan dióxido de carbono, como los animales.",
      },
      fr: {
        title: "La photosynthèse",
        terms: "photosynthèse plantes feuilles chlorophylle lumière soleil énergie sucre glucose oxygène dioxyde carbone chloroplaste",
        levels: [
          "La photosynthèse, c'est la façon dont les plantes fabriquent leur nourriture avec la lumière du soleil. Une feuille prend de l'air et de l'eau. Elle utilise l'énergie de la lumière pour en faire du sucre, qui sert à la plante pour grandir. Ce faisant, la plante rejette de l'oxygène, le gaz que nous respirons.",
          "Dans la photosynthèse, les plantes, les algues et certaines bactéries utilisent l'énergie lumineuse pour transformer le dioxyde de carbone et l'eau en glucose, en libérant de l'oxygène. Elle a lieu dans les chloroplastes, où le pigment vert, la chlorophylle, absorbe la lumière rouge et bleue. Les réactions lumineuses cassent l'eau et stockent l'énergie dans l'ATP et le NADPH ; le cycle de Calvin utilise ensuite cette énergie pour fabriquer du sucre à partir du dioxyde de carbone.",
          "Les réactions dépendantes de la lumière, dans les membranes des thylakoïdes, enchaînent deux photosystèmes qui pompent des protons pour faire tourner l'ATP synthase, tandis que le cycle de Calvin, dans le stroma, fixe le CO₂ grâce à l'enzyme RuBisCO. La RuBisCO réagit aussi avec l'oxygène, un gaspillage appelé photorespiration, que les plantes en C4 comme le maïs et les plantes CAM comme les cactus limitent en concentrant le CO₂.",
          "Le schéma en Z couple le photosystème II, dont le complexe de dégagement d'oxygène oxyde l'eau, au photosystème I par la plastoquinone, le complexe cytochrome b6f et la plastocyanine, créant une force proton-motrice ; il faut environ huit à dix photons par O₂, la lenteur de la RuBisCO et son activité oxygénase plafonnent le rendement, et les cultures ne convertissent qu'environ 1 % de la lumière reçue en biomasse.",
        ],
        intuition:
          "Une feuille est une petite cuisine solaire. Ses ingrédients sont l'eau des racines et le dioxyde de carbone de l'air ; la lumière du soleil est la cuisinière. Elle cuisine du sucre, et le reste qu'elle jette, c'est l'oxygène.",
        formula: "La réaction globale : six molécules de dioxyde de carbone et six d'eau, avec l'énergie de la lumière, donnent une molécule de glucose et six d'oxygène :",
        example:
          "Pour fabriquer 180 grammes de glucose, une mole, une plante a besoin de 264 grammes de dioxyde de carbone et de 108 grammes d'eau, et libère 192 grammes d'oxygène. Environ les deux tiers de la masse du dioxyde de carbone absorbé finissent donc en sucre.",
        caveat:
          "L'oxygène libéré vient de l'eau, pas du dioxyde de carbone ; des expériences à l'oxygène marqué l'ont montré. Et les plantes respirent aussi : la nuit, elles prennent de l'oxygène et rejettent du dioxyde de carbone comme les animaux.",
      },
      de: {
        title: "Photosynthese",
        terms: "photosynthese fotosynthese pflanzen blätter chlorophyll sonnenlicht licht energie zucker glukose traubenzucker sauerstoff kohlendioxid chloroplast",
        levels: [
          "Photosynthese ist die Art, wie Pflanzen mit Sonnenlicht ihre eigene Nahrung herstellen. Ein Blatt nimmt Luft und Wasser auf. Mit der Energie des Lichts macht es daraus Zucker, mit dem die Pflanze wächst. Dabei gibt die Pflanze Sauerstoff ab, das Gas, das wir atmen.",
          "Bei der Photosynthese nutzen Pflanzen, Algen und manche Bakterien Lichtenergie, um Kohlendioxid und Wasser in Glukose umzuwandeln, wobei Sauerstoff frei wird. Sie findet in den Chloroplasten statt, wo der grüne Farbstoff Chlorophyll rotes und blaues Licht aufnimmt. Die Lichtreaktionen spalten Wasser und speichern Energie in ATP und NADPH; der Calvin-Zyklus nutzt diese Energie dann, um aus Kohlendioxid Zucker aufzubauen.",
          "Die lichtabhängigen Reaktionen in den Thylakoidmembranen schalten zwei Photosysteme hintereinander, die Protonen pumpen und so die ATP-Synthase antreiben, während der Calvin-Zyklus im Stroma CO₂ mit dem Enzym RuBisCO fixiert. RuBisCO reagiert auch mit Sauerstoff, ein verschwenderischer Vorgang namens Photorespiration, den C4-Pflanzen wie Mais und CAM-Pflanzen wie Kakteen verringern, indem sie CO₂ anreichern.",
          "Das Z-Schema koppelt Photosystem II, dessen wasserspaltender Komplex Wasser oxidiert, über Plastochinon, den Cytochrom-b6f-Komplex und Plastocyanin an Photosystem I und erzeugt eine protonenmotorische Kraft; der Quantenbedarf liegt bei etwa acht bis zehn Photonen pro O₂, RuBisCOs geringe Umsatzrate und Oxygenase-Nebenreaktion begrenzen den Wirkungsgrad, und Nutzpflanzen wandeln nur etwa 1 % des einfallenden Sonnenlichts in Biomasse um.",
        ],
        intuition:
          "Ein Blatt ist eine kleine solarbetriebene Küche. Die Zutaten sind Wasser aus den Wurzeln und Kohlendioxid aus der Luft; das Sonnenlicht ist der Herd. Gekocht wird Zucker, und was übrig bleibt und hinausgeht, ist Sauerstoff.",
        formula: "Die Gesamtreaktion: Sechs Moleküle Kohlendioxid und sechs Moleküle Wasser ergeben mit Lichtenergie ein Molekül Glukose und sechs Moleküle Sauerstoff:",
        example:
          "Für 180 Gramm Glukose, ein Mol, braucht eine Pflanze 264 Gramm Kohlendioxid und 108 Gramm Wasser und gibt 192 Gramm Sauerstoff ab. Rund zwei Drittel der Masse des aufgenommenen Kohlendioxids landen also im Zucker.",
        caveat:
          "Der abgegebene Sauerstoff stammt aus dem Wasser, nicht aus dem Kohlendioxid; das zeigten Versuche mit markiertem Sauerstoff. Und Pflanzen atmen auch: Nachts nehmen sie Sauerstoff auf und geben Kohlendioxid ab wie Tiere.",
      },
    },
  },
  {
    id: "dna-replication",
    domain: "life-sciences",
    formula: "t \\approx \\frac{L}{2 \\, n_{\\text{forks}} \\, v}",
    worked: "\\frac{4.6\\times10^{6}\\ \\text{bp}}{2 \\cdot 1000\\ \\text{bp/s}} \\approx 2300\\ \\text{s} \\approx 38\\ \\text{min}",
    text: {
      en: {
        title: "DNA replication",
        terms: "dna replication copy copying copied double helix strands polymerase helicase base pairs cell division semiconservative",
        levels: [
          "DNA is the long molecule that holds the instructions for a living thing. Before a cell divides, it copies its DNA so each new cell gets a full set. The two strands of the DNA twist apart like a zipper. Each strand is then used as a pattern to build a new partner strand.",
          "DNA replication is semiconservative: the double helix unwinds, and each old strand serves as a template for a new one, so every daughter molecule keeps one original strand. Helicase separates the strands, and DNA polymerase adds nucleotides that pair A with T and G with C. Because polymerase only builds in one direction, one strand is made continuously and the other in short pieces called Okazaki fragments.",
          "Replication starts at origins, where a primase lays down short RNA primers; polymerase extends them at roughly 1,000 nucleotides per second in bacteria and 50 in human cells, which is why our chromosomes use thousands of origins. Proofreading by the polymerase's exonuclease and later mismatch repair bring the error rate down to about one in a billion bases, and ligase seals the fragments of the lagging strand.",
          "The replisome couples CMG helicase unwinding to leading-strand synthesis by polymerase ε and lagging-strand synthesis by polymerase δ after polymerase α-primase priming, with PCNA as the processivity clamp; origin licensing in G1 and firing in S phase ensure once-per-cycle replication, and telomerase counters the end-replication problem at linear chromosome ends.",
        ],
        intuition:
          "Think of a zipper in which every tooth fits only one partner. Unzip it, and each half has enough information to build its missing half, tooth by tooth. You end up with two full zippers, each with one old half and one new.",
        formula: "The time t to copy a genome of length L grows with its length and shrinks with the number of replication forks and their speed v:",
        example:
          "The bacterium E. coli has about 4.6 million base pairs and one origin, so two forks move in opposite directions at about 1,000 bases per second each. That is 4.6 million divided by 2,000, about 2,300 seconds, close to the 40 minutes it actually takes.",
        caveat:
          "Replication is not perfectly accurate: rare uncorrected errors are mutations, which drive both disease and evolution. And the ends of linear chromosomes get a little shorter with each round unless telomerase restores them.",
      },
      es: {
        title: "La replicación del ADN",
        terms: "adn replicación copia copiar doble hélice hebras polimerasa helicasa pares de bases división celular semiconservativa",
        levels: [
          "El ADN es la molécula larga que guarda las instrucciones de un ser vivo. Antes de dividirse, una célula copia su ADN para que cada célula nueva tenga un juego completo. Las dos hebras del ADN se separan como una cremallera. Después, cada hebra sirve de molde para fabricar una hebra compañera nueva.",
          "La replicación del ADN es semiconservativa: la doble hélice se desenrolla y cada hebra antigua sirve de molde para una nueva, así que cada molécula hija conserva una hebra original. La helicasa separa las hebras y la ADN polimerasa añade nucleótidos que emparejan A con T y G con C. Como la polimerasa solo avanza en un sentido, una hebra se fabrica de forma continua y la otra en trozos cortos, los fragmentos de Okazaki.",
          "La replicación empieza en los orígenes, donde una primasa coloca cebadores cortos de ARN; la polimerasa los alarga a unos 1.000 nucleótidos por segundo en bacterias y 50 en células humanas, por eso nuestros cromosomas usan miles de orígenes. La corrección de pruebas de la exonucleasa de la polimerasa y la reparación de desapareamientos bajan la tasa de error a una de cada mil millones de bases, y la ligasa une los fragmentos de la hebra retrasada.",
          "El replisoma acopla el desenrollado de la helicasa CMG a la síntesis de la hebra adelantada por la polimerasa ε y de la retrasada por la polimerasa δ tras el cebado por la polimerasa α-primasa, con PCNA como pinza de procesividad; la licencia de orígenes en G1 y su disparo en fase S garantizan una sola replicación por ciclo, y la telomerasa compensa el problema de la replicación de los extremos lineales.",
        ],
        intuition:
          "Piensa en una cremallera en la que cada diente encaja con un solo compañero. Ábrela, y cada mitad tiene información suficiente para construir la mitad que le falta, diente a diente. Acabas con dos cremalleras completas, cada una con una mitad vieja y otra nueva.",
        formula: "El tiempo t para copiar un genoma de longitud L crece con su longitud y baja con el número de horquillas de replicación y su velocidad v:",
        example:
          "La bacteria E. coli tiene unos 4,6 millones de pares de bases y un solo origen, así que dos horquillas avanzan en sentidos opuestos a unas 1.000 bases por segundo cada una. Son 4,6 millones entre 2.000, unos 2.300 segundos, cerca de los 40 minutos que tarda de verdad.",
        caveat:
          "La replicación no es perfecta: los errores raros que no se corrigen son mutaciones, que causan enfermedades y mueven la evolución. Y los extremos de los cromosomas lineales se acortan un poco en cada ronda si la telomerasa no los repone.",
      },
      fr: {
        title: "La réplication de l'ADN",
        terms: "adn réplication copie copier double hélice brins polymérase hélicase paires de bases division cellulaire semi-conservative",
        levels: [
          "L'ADN est la longue molécule qui contient les instructions d'un être vivant. Avant de se diviser, une cellule copie son ADN pour que chaque nouvelle cellule en ait un jeu complet. Les deux brins de l'ADN s'écartent comme une fermeture éclair. Chaque brin sert ensuite de modèle pour construire un nouveau brin partenaire.",
          "La réplication de l'ADN est semi-conservative : la double hélice se déroule et chaque ancien brin sert de matrice à un nouveau, si bien que chaque molécule fille garde un brin d'origine. L'hélicase sépare les brins et l'ADN polymérase ajoute des nucléotides qui associent A à T et G à C. Comme la polymérase ne travaille que dans un sens, un brin est fabriqué en continu et l'autre par petits morceaux, les fragments d'Okazaki.",
          "La réplication démarre aux origines, où une primase pose de courtes amorces d'ARN ; la polymérase les allonge à environ 1 000 nucléotides par seconde chez les bactéries et 50 dans les cellules humaines, d'où les milliers d'origines de nos chromosomes. La relecture par l'exonucléase de la polymérase puis la réparation des mésappariements ramènent le taux d'erreur à environ une base sur un milliard, et la ligase soude les fragments du brin tardif.",
          "Le réplisome couple le déroulement par l'hélicase CMG à la synthèse du brin précoce par la polymérase ε et du brin tardif par la polymérase δ après l'amorçage par la polymérase α-primase, avec PCNA comme pince de processivité ; l'autorisation des origines en G1 et leur activation en phase S garantissent une seule réplication par cycle, et la télomérase compense le problème de la réplication des extrémités linéaires.",
        ],
        intuition:
          "Pensez à une fermeture éclair dont chaque dent n'a qu'une seule partenaire. Ouvrez-la : chaque moitié a assez d'information pour reconstruire la moitié manquante, dent par dent. On obtient deux fermetures complètes, chacune avec une moitié ancienne et une nouvelle.",
        formula: "Le temps t pour copier un génome de longueur L croît avec sa longueur et diminue avec le nombre de fourches de réplication et leur vitesse v :",
        example:
          "La bactérie E. coli a environ 4,6 millions de paires de bases et une seule origine, donc deux fourches avancent en sens opposés à environ 1 000 bases par seconde chacune. Cela fait 4,6 millions divisé par 2 000, environ 2 300 secondes, proche des 40 minutes réellement nécessaires.",
        caveat:
          "La réplication n'est pas parfaite : les rares erreurs non corrigées sont des mutations, à l'origine de maladies comme de l'évolution. Et les extrémités des chromosomes linéaires raccourcissent un peu à chaque cycle si la télomérase ne les restaure pas.",
      },
      de: {
        title: "DNA-Replikation",
        terms: "dna dns replikation kopie kopieren doppelhelix stränge polymerase helikase basenpaare zellteilung semikonservativ",
        levels: [
          "Die DNA ist das lange Molekül, das die Bauanleitung eines Lebewesens enthält. Bevor sich eine Zelle teilt, kopiert sie ihre DNA, damit jede neue Zelle einen vollständigen Satz bekommt. Die beiden Stränge der DNA gehen auseinander wie ein Reißverschluss. Jeder Strang dient dann als Vorlage für einen neuen Partnerstrang.",
          "Die DNA-Replikation ist semikonservativ: Die Doppelhelix entwindet sich, und jeder alte Strang dient als Matrize für einen neuen, sodass jedes Tochtermolekül einen ursprünglichen Strang behält. Die Helikase trennt die Stränge, und die DNA-Polymerase fügt Nukleotide an, die A mit T und G mit C paaren. Weil die Polymerase nur in eine Richtung arbeitet, entsteht ein Strang durchgehend und der andere in kurzen Stücken, den Okazaki-Fragmenten.",
          "Die Replikation beginnt an Origins, wo eine Primase kurze RNA-Primer setzt; die Polymerase verlängert sie mit etwa 1.000 Nukleotiden pro Sekunde in Bakterien und 50 in menschlichen Zellen, weshalb unsere Chromosomen Tausende Origins nutzen. Korrekturlesen durch die Exonuklease der Polymerase und spätere Fehlpaarungsreparatur senken die Fehlerrate auf etwa eine pro Milliarde Basen, und die Ligase verbindet die Fragmente des Folgestrangs.",
          "Das Replisom koppelt das Entwinden durch die CMG-Helikase an die Leitstrangsynthese durch Polymerase ε und die Folgestrangsynthese durch Polymerase δ nach dem Priming durch Polymerase α-Primase, mit PCNA als Prozessivitätsklammer; die Lizenzierung der Origins in G1 und ihr Feuern in der S-Phase sichern genau eine Replikation pro Zyklus, und die Telomerase gleicht das Endreplikationsproblem linearer Chromosomen aus.",
        ],
        intuition:
          "Denk an einen Reißverschluss, bei dem jeder Zahn nur zu einem Partner passt. Öffnet man ihn, hat jede Hälfte genug Information, um ihre fehlende Hälfte Zahn für Zahn nachzubauen. Am Ende hat man zwei vollständige Reißverschlüsse, jeder mit einer alten und einer neuen Hälfte.",
        formula: "Die Zeit t zum Kopieren eines Genoms der Länge L wächst mit seiner Länge und sinkt mit der Zahl der Replikationsgabeln und ihrer Geschwindigkeit v:",
        example:
          "Das Bakterium E. coli hat etwa 4,6 Millionen Basenpaare und einen Origin, also laufen zwei Gabeln in entgegengesetzte Richtungen mit je etwa 1.000 Basen pro Sekunde. Das sind 4,6 Millionen geteilt durch 2.000, rund 2.300 Sekunden, nahe an den 40 Minuten, die es tatsächlich dauert.",
        caveat:
          "Die Replikation ist nicht fehlerfrei: Seltene unkorrigierte Fehler sind Mutationen, die Krankheiten verursachen und die Evolution antreiben. Und die Enden linearer Chromosomen werden mit jeder Runde etwas kürzer, wenn die Telomerase sie nicht wiederherstellt.",
      },
    },
  },
];
