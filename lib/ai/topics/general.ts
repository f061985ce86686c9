/** Everyday science: why ice floats, the water cycle, rainbows. */
import type { Topic } from "./types";

export const GENERAL: readonly Topic[] = [
  {
    id: "ice-floats",
    domain: "general",
    formula: "\\rho = \\frac{m}{V}, \\qquad \\rho_{\\text{ice}} \\approx 0.917\\ \\text{g/cm}^3 < \\rho_{\\text{water}} \\approx 1.000\\ \\text{g/cm}^3",
    worked: "\\frac{0.917}{1.000} \\approx 0.92",
    text: {
      en: {
        title: "Why ice floats on water",
        terms: "ice float floats floating water frozen freeze density lighter iceberg hydrogen bonds buoyancy",
        levels: [
          "Ice floats because it is lighter than the same amount of liquid water. When water freezes, its tiny parts line up in an open pattern with gaps. The same water takes up more room as ice, so it floats.",
          "Ice floats because it is less dense than liquid water: about 0.92 grams per cubic centimetre against 1.00. Freezing locks water molecules into a hexagonal lattice held by hydrogen bonds, and that lattice has more empty space than the jostling liquid.",
          "Water is unusual: most solids sink in their own liquid, but ice is about 9% less dense than water. Each molecule in ice makes four hydrogen bonds in a tetrahedral arrangement, which forces an open hexagonal structure; in the liquid some bonds break and molecules pack closer, so water is densest near 4 °C.",
          "The density anomaly follows from the tetrahedral hydrogen-bond network of ice Ih, whose open hexagonal lattice gives about 0.917 g/cm³ against 0.9998 g/cm³ for the liquid at 0 °C; the liquid's partially collapsed network explains the maximum density at 3.98 °C, and high-pressure phases such as ice III or ice VI are denser than water and would sink.",
        ],
        intuition:
          "Think of people holding hands in a ring: they take more room than the same people standing in a crowd. Frozen water holds hands; liquid water crowds together. Anything that takes more room for the same weight floats on the crowd.",
        formula: "Density ρ is mass m divided by volume V, and an object floats when its density is lower than the liquid's:",
        example:
          "Freeze one litre of water and you get about 1.09 litres of ice, with the same mass of 1 kilogram. Its density is 1 divided by 1.09, about 0.92 kilograms per litre, so about 92% of a floating ice cube sits below the surface and 8% sticks out.",
        caveat:
          "It is not air bubbles that make ice float: perfectly clear ice floats too. And the rule belongs to ordinary ice only; under very high pressure water freezes into denser forms that sink.",
      },
      es: {
        title: "Por qué el hielo flota en el agua",
        terms: "hielo flota flotar agua congelar congelada densidad ligero iceberg puentes hidrógeno empuje",
        levels: [
          "El hielo flota porque pesa menos que la misma cantidad de agua líquida. Al congelarse, las partes diminutas del agua se ordenan en un dibujo abierto con huecos. La misma agua ocupa más sitio como hielo, y por eso flota.",
          "El hielo flota porque es menos denso que el agua líquida: unos 0,92 gramos por centímetro cúbico frente a 1,00. Al congelarse, las moléculas de agua quedan fijas en una red hexagonal unida por puentes de hidrógeno, y esa red deja más espacio vacío que el líquido.",
          "El agua es rara: casi todos los sólidos se hunden en su propio líquido, pero el hielo es un 9 % menos denso que el agua. Cada molécula del hielo forma cuatro puentes de hidrógeno en disposición tetraédrica, lo que impone una estructura hexagonal abierta; en el líquido se rompen enlaces y las moléculas se acercan, así que el agua es más densa cerca de 4 °C.",
          "La anomalía de densidad se debe a la red tetraédrica de puentes de hidrógeno del hielo Ih, cuya red hexagonal abierta da unos 0,917 g/cm³ frente a 0,9998 g/cm³ del líquido a 0 °C; la red parcialmente colapsada del líquido explica el máximo de densidad a 3,98 °C, y las fases de alta presión como el hielo III o el hielo VI son más densas que el agua y se hundirían.",
        ],
        intuition:
          "Piensa en personas que se dan la mano en corro: ocupan más sitio que las mismas personas apretadas en una multitud. El agua helada se da la mano; el agua líquida se apretuja. Lo que ocupa más sitio con el mismo peso flota sobre la multitud.",
        formula: "La densidad ρ es la masa m dividida por el volumen V, y un objeto flota cuando su densidad es menor que la del líquido:",
        example:
          "Si congelas un litro de agua obtienes unos 1,09 litros de hielo con la misma masa de 1 kilogramo. Su densidad es 1 entre 1,09, unos 0,92 kilogramos por litro, así que un 92 % de un cubito flotante queda bajo la superficie y un 8 % asoma.",
        caveat:
          "No son las burbujas de aire las que hacen flotar el hielo: el hielo transparente también flota. Y la regla vale solo para el hielo común; a presiones muy altas el agua se congela en formas más densas que se hunden.",
      },
      fr: {
        title: "Pourquoi la glace flotte sur l'eau",
        terms: "glace flotte flotter eau gel geler gelée densité léger iceberg liaisons hydrogène poussée",
        levels: [
          "La glace flotte parce qu'elle est plus légère que la même quantité d'eau liquide. Quand l'eau gèle, ses minuscules parties se rangent en un motif ouvert, avec des trous. La même eau prend plus de place sous forme de glace, donc elle flotte.",
          "La glace flotte parce qu'elle est moins dense que l'eau liquide : environ 0,92 gramme par centimètre cube contre 1,00. En gelant, les molécules d'eau se figent dans un réseau hexagonal tenu par des liaisons hydrogène, et ce réseau laisse plus de vide que le liquide.",
          "L'eau est une exception : presque tous les solides coulent dans leur propre liquide, mais la glace est environ 9 % moins dense que l'eau. Chaque molécule de glace forme quatre liaisons hydrogène en tétraèdre, ce qui impose une structure hexagonale ouverte ; dans le liquide des liaisons se rompent et les molécules se rapprochent, si bien que l'eau est la plus dense vers 4 °C.",
          "L'anomalie de densité vient du réseau tétraédrique de liaisons hydrogène de la glace Ih, dont le réseau hexagonal ouvert donne environ 0,917 g/cm³ contre 0,9998 g/cm³ pour le liquide à 0 °C ; le réseau partiellement effondré du liquide explique le maximum de densité à 3,98 °C, et les phases de haute pression comme la glace III ou la glace VI sont plus denses que l'eau et couleraient.",
        ],
        intuition:
          "Imagine des gens qui se tiennent la main en ronde : ils prennent plus de place que les mêmes personnes serrées dans une foule. L'eau gelée se tient la main ; l'eau liquide se serre. Ce qui prend plus de place pour le même poids flotte sur la foule.",
        formula: "La masse volumique ρ est la masse m divisée par le volume V, et un objet flotte quand elle est plus faible que celle du liquide :",
        example:
          "Congelez un litre d'eau : vous obtenez environ 1,09 litre de glace, pour la même masse de 1 kilogramme. Sa masse volumique vaut 1 divisé par 1,09, environ 0,92 kilogramme par litre, donc environ 92 % d'un glaçon flottant reste sous la surface et 8 % dépasse.",
        caveat:
          "Ce ne sont pas les bulles d'air qui font flotter la glace : une glace parfaitement transparente flotte aussi. Et la règle ne vaut que pour la glace ordinaire ; sous très haute pression, l'eau gèle en formes plus denses qui coulent.",
      },
      de: {
        title: "Warum Eis auf Wasser schwimmt",
        terms: "eis schwimmt schwimmen wasser gefrieren gefroren dichte leichter eisberg wasserstoffbrücken auftrieb",
        levels: [
          "Eis schwimmt, weil es leichter ist als die gleiche Menge flüssiges Wasser. Wenn Wasser gefriert, ordnen sich seine winzigen Teilchen in einem offenen Muster mit Lücken an. Dasselbe Wasser braucht als Eis mehr Platz, deshalb schwimmt es.",
          "Eis schwimmt, weil es eine geringere Dichte hat als flüssiges Wasser: etwa 0,92 Gramm pro Kubikzentimeter gegenüber 1,00. Beim Gefrieren rasten die Wassermoleküle in ein sechseckiges Gitter aus Wasserstoffbrücken ein, und dieses Gitter hat mehr leeren Raum als die Flüssigkeit.",
          "Wasser ist eine Ausnahme: Fast alle Feststoffe sinken in ihrer eigenen Schmelze, doch Eis ist etwa 9 % weniger dicht als Wasser. Jedes Molekül im Eis bildet vier Wasserstoffbrücken in tetraedrischer Anordnung, was eine offene hexagonale Struktur erzwingt; in der Flüssigkeit brechen Brücken auf und die Moleküle rücken zusammen, daher hat Wasser bei etwa 4 °C seine größte Dichte.",
          "Die Dichteanomalie folgt aus dem tetraedrischen Wasserstoffbrückennetz von Eis Ih, dessen offenes hexagonales Gitter etwa 0,917 g/cm³ gegenüber 0,9998 g/cm³ der Flüssigkeit bei 0 °C ergibt; das teilweise kollabierte Netz der Flüssigkeit erklärt das Dichtemaximum bei 3,98 °C, und Hochdruckphasen wie Eis III oder Eis VI sind dichter als Wasser und würden sinken.",
        ],
        intuition:
          "Stell dir Menschen vor, die sich im Kreis an den Händen halten: Sie brauchen mehr Platz als dieselben Menschen im Gedränge. Gefrorenes Wasser hält sich an den Händen, flüssiges Wasser drängt sich zusammen. Was bei gleichem Gewicht mehr Platz braucht, schwimmt oben.",
        formula: "Die Dichte ρ ist die Masse m geteilt durch das Volumen V, und ein Körper schwimmt, wenn seine Dichte kleiner ist als die der Flüssigkeit:",
        example:
          "Friert man einen Liter Wasser ein, erhält man etwa 1,09 Liter Eis mit derselben Masse von 1 Kilogramm. Seine Dichte ist 1 geteilt durch 1,09, also etwa 0,92 Kilogramm pro Liter; deshalb liegen etwa 92 % eines schwimmenden Eiswürfels unter der Oberfläche und 8 % ragen heraus.",
        caveat:
          "Es sind nicht Luftblasen, die Eis schwimmen lassen: Auch völlig klares Eis schwimmt. Und die Regel gilt nur für gewöhnliches Eis; unter sehr hohem Druck gefriert Wasser zu dichteren Formen, die sinken.",
      },
    },
  },
  {
    id: "water-cycle",
    domain: "general",
    formula: "P = E + R + \\Delta S",
    worked: "P = 800\\ \\text{mm},\\ E = 500\\ \\text{mm},\\ \\Delta S = 0 \\Rightarrow R = 300\\ \\text{mm}",
    text: {
      en: {
        title: "The water cycle",
        terms: "water cycle hydrological evaporation condensation precipitation rain clouds runoff groundwater vapour",
        levels: [
          "The water cycle is how water moves around the Earth again and again. The sun warms seas and lakes, and some water rises into the air as vapour. High up it cools and forms clouds. The clouds drop rain or snow, and the water flows back to the sea.",
          "The water cycle has four main steps: evaporation from oceans, lakes and plants, condensation of vapour into cloud droplets, precipitation as rain or snow, and collection through rivers, soil and groundwater. The sun's energy drives it, and gravity brings the water back down.",
          "The hydrological cycle moves roughly 500,000 cubic kilometres of water a year through the atmosphere. Evaporation and plant transpiration take up latent heat, which condensation releases in clouds and which powers storms; water spends about nine days in the air but can stay thousands of years in deep groundwater or ice sheets.",
          "At catchment scale the cycle is a mass balance: precipitation equals evapotranspiration plus runoff plus the change in storage, with residence times from days in the atmosphere to millennia in aquifers; the Clausius–Clapeyron relation, about 7% more saturation vapour pressure per kelvin, is why a warming climate intensifies heavy precipitation.",
        ],
        intuition:
          "The water on Earth is not used up; it is recycled. The sun lifts it up as invisible vapour, the cold sky turns it back into drops, and gravity pulls it down and downhill to the sea, where the trip starts again.",
        formula: "For a river basin over a year, precipitation P equals evaporation E plus runoff R plus the change in stored water ΔS:",
        example:
          "A basin gets 800 millimetres of rain in a year and loses 500 millimetres to evaporation and plants. If the lakes and soil hold as much water at the end of the year as at the start, the rivers must carry away the other 300 millimetres.",
        caveat:
          "The cycle is not a neat loop that every drop follows: a drop may fall back into the ocean it rose from, or stay frozen in a glacier for centuries. Humans also change it, through dams, irrigation and a warmer climate.",
      },
      es: {
        title: "El ciclo del agua",
        terms: "ciclo agua hidrológico evaporación condensación precipitación lluvia nubes escorrentía subterránea vapor",
        levels: [
          "El ciclo del agua es cómo el agua se mueve por la Tierra una y otra vez. El sol calienta mares y lagos, y parte del agua sube al aire como vapor. Arriba se enfría y forma nubes. Las nubes sueltan lluvia o nieve, y el agua vuelve al mar.",
          "El ciclo del agua tiene cuatro pasos: evaporación de océanos, lagos y plantas, condensación del vapor en gotitas de nube, precipitación como lluvia o nieve, y recogida por ríos, suelo y aguas subterráneas. La energía del sol lo impulsa y la gravedad devuelve el agua abajo.",
          "El ciclo hidrológico mueve unos 500.000 kilómetros cúbicos de agua al año por la atmósfera. La evaporación y la transpiración de las plantas absorben calor latente, que la condensación libera en las nubes y que alimenta las tormentas; el agua pasa unos nueve días en el aire, pero puede quedarse miles de años en acuíferos profundos o en casquetes de hielo.",
          "A escala de cuenca el ciclo es un balance de masa: la precipitación es igual a la evapotranspiración más la escorrentía más el cambio de almacenamiento, con tiempos de residencia de días en la atmósfera a milenios en los acuíferos; la relación de Clausius–Clapeyron, un 7 % más de presión de vapor de saturación por kelvin, explica que un clima más cálido intensifique la lluvia extrema.",
        ],
        intuition:
          "El agua de la Tierra no se gasta: se recicla. El sol la sube como vapor invisible, el cielo frío la vuelve a convertir en gotas y la gravedad la baja y la lleva cuesta abajo hasta el mar, donde el viaje empieza de nuevo.",
        formula: "Para una cuenca durante un año, la precipitación P es igual a la evaporación E más la escorrentía R más el cambio de agua almacenada ΔS:",
        example:
          "Una cuenca recibe 800 milímetros de lluvia en un año y pierde 500 milímetros por evaporación y plantas. Si lagos y suelo guardan al final del año tanta agua como al principio, los ríos tienen que llevarse los otros 300 milímetros.",
        caveat:
          "El ciclo no es un circuito ordenado que siga cada gota: una gota puede caer en el mismo océano del que salió o quedarse helada en un glaciar durante siglos. Además, las personas lo cambian con presas, regadío y un clima más cálido.",
      },
      fr: {
        title: "Le cycle de l'eau",
        terms: "cycle eau hydrologique évaporation condensation précipitations pluie nuages ruissellement nappe vapeur",
        levels: [
          "Le cycle de l'eau, c'est la façon dont l'eau circule sur Terre encore et encore. Le soleil chauffe les mers et les lacs, et une partie de l'eau monte dans l'air sous forme de vapeur. En altitude elle se refroidit et forme des nuages. Les nuages donnent de la pluie ou de la neige, et l'eau retourne à la mer.",
          "Le cycle de l'eau a quatre étapes : l'évaporation des océans, des lacs et des plantes, la condensation de la vapeur en gouttelettes de nuage, les précipitations en pluie ou en neige, puis la collecte par les rivières, le sol et les nappes. L'énergie du soleil l'entretient et la gravité ramène l'eau en bas.",
          "Le cycle hydrologique fait passer environ 500 000 kilomètres cubes d'eau par an dans l'atmosphère. L'évaporation et la transpiration des plantes absorbent de la chaleur latente, que la condensation libère dans les nuages et qui alimente les orages ; l'eau reste environ neuf jours dans l'air, mais peut rester des milliers d'années dans une nappe profonde ou une calotte glaciaire.",
          "À l'échelle d'un bassin versant, le cycle est un bilan de masse : les précipitations égalent l'évapotranspiration plus l'écoulement plus la variation de stock, avec des temps de résidence allant de quelques jours dans l'atmosphère à des millénaires dans les aquifères ; la relation de Clausius–Clapeyron, environ 7 % de pression de vapeur saturante en plus par kelvin, explique qu'un climat plus chaud intensifie les pluies extrêmes.",
        ],
        intuition:
          "L'eau de la Terre ne s'use pas : elle se recycle. Le soleil la soulève en vapeur invisible, le ciel froid la retransforme en gouttes, et la gravité la fait tomber puis descendre jusqu'à la mer, où le voyage recommence.",
        formula: "Pour un bassin sur une année, les précipitations P égalent l'évaporation E plus l'écoulement R plus la variation du stock d'eau ΔS :",
        example:
          "Un bassin reçoit 800 millimètres de pluie en un an et en perd 500 par évaporation et par les plantes. Si les lacs et le sol contiennent autant d'eau à la fin de l'année qu'au début, les rivières doivent emporter les 300 millimètres restants.",
        caveat:
          "Le cycle n'est pas une boucle sage que suit chaque goutte : une goutte peut retomber dans l'océan d'où elle vient ou rester gelée dans un glacier pendant des siècles. Les humains le modifient aussi, par les barrages, l'irrigation et le réchauffement.",
      },
      de: {
        title: "Der Wasserkreislauf",
        terms: "wasserkreislauf kreislauf wasser hydrologisch verdunstung kondensation niederschlag regen wolken abfluss grundwasser dampf",
        levels: [
          "Der Wasserkreislauf beschreibt, wie Wasser immer wieder um die Erde wandert. Die Sonne wärmt Meere und Seen, und ein Teil des Wassers steigt als Dampf in die Luft. Oben kühlt es ab und bildet Wolken. Die Wolken geben Regen oder Schnee ab, und das Wasser fließt zurück ins Meer.",
          "Der Wasserkreislauf hat vier Schritte: Verdunstung aus Meeren, Seen und Pflanzen, Kondensation des Dampfes zu Wolkentröpfchen, Niederschlag als Regen oder Schnee und Sammlung in Flüssen, Boden und Grundwasser. Die Energie der Sonne treibt ihn an, die Schwerkraft holt das Wasser zurück.",
          "Der hydrologische Kreislauf bewegt jährlich etwa 500.000 Kubikkilometer Wasser durch die Atmosphäre. Verdunstung und Transpiration der Pflanzen nehmen latente Wärme auf, die die Kondensation in den Wolken wieder freisetzt und die Gewitter antreibt; Wasser bleibt etwa neun Tage in der Luft, aber Tausende Jahre in tiefem Grundwasser oder Eisschilden.",
          "Auf der Ebene eines Einzugsgebiets ist der Kreislauf eine Massenbilanz: Niederschlag gleich Evapotranspiration plus Abfluss plus Speicheränderung, mit Verweilzeiten von Tagen in der Atmosphäre bis zu Jahrtausenden in Grundwasserleitern; die Clausius-Clapeyron-Beziehung, etwa 7 % mehr Sättigungsdampfdruck pro Kelvin, erklärt, warum ein wärmeres Klima Starkregen verstärkt.",
        ],
        intuition:
          "Das Wasser der Erde wird nicht verbraucht, es wird wiederverwertet. Die Sonne hebt es als unsichtbaren Dampf an, der kalte Himmel macht wieder Tropfen daraus, und die Schwerkraft zieht es herunter und bergab ins Meer, wo die Reise von vorn beginnt.",
        formula: "Für ein Flussgebiet über ein Jahr ist der Niederschlag P gleich der Verdunstung E plus dem Abfluss R plus der Änderung des gespeicherten Wassers ΔS:",
        example:
          "Ein Einzugsgebiet erhält 800 Millimeter Regen im Jahr und verliert 500 Millimeter durch Verdunstung und Pflanzen. Halten Seen und Boden am Jahresende so viel Wasser wie am Anfang, müssen die Flüsse die übrigen 300 Millimeter abführen.",
        caveat:
          "Der Kreislauf ist keine ordentliche Schleife, die jeder Tropfen durchläuft: Ein Tropfen kann ins selbe Meer zurückfallen oder jahrhundertelang in einem Gletscher liegen. Auch Menschen verändern ihn, durch Staudämme, Bewässerung und ein wärmeres Klima.",
      },
    },
  },
  {
    id: "rainbows",
    domain: "general",
    formula: "n_1 \\sin\\theta_1 = n_2 \\sin\\theta_2",
    worked: "\\sin\\theta_2 = \\frac{\\sin 40^\\circ}{1.33} \\approx 0.483 \\Rightarrow \\theta_2 \\approx 28.9^\\circ",
    text: {
      en: {
        title: "How rainbows form",
        terms: "rainbow rainbows colours colors light raindrops refraction dispersion prism spectrum sunlight arc",
        levels: [
          "A rainbow appears when sunlight shines into raindrops. Each drop bends the light and bounces it back. Sunlight is a mix of colours, and each colour bends a little differently. So the colours spread out into a band. You see a rainbow with the sun behind you.",
          "A rainbow comes from refraction, reflection and dispersion in raindrops. Light bends as it enters a drop, reflects off the back and bends again on the way out; red and violet bend by different amounts, so white sunlight splits into a spectrum. The bright bow sits about 42 degrees from the point opposite the sun.",
          "Each colour leaves a drop most strongly at its angle of minimum deviation: about 42° from the antisolar point for red and 40° for violet, which is why red is on the outside. A second reflection inside the drop makes the fainter secondary bow at about 51°, with the colours reversed, and the darker band between the bows is Alexander's band.",
          "The primary bow is a caustic: the deviation angle as a function of impact parameter has a stationary point, so rays pile up there, and the wavelength dependence of the refractive index spreads the caustic into colours; Airy's wave theory adds the supernumerary fringes inside the bow, and the light is strongly polarized tangentially, near Brewster's angle at the internal reflection.",
        ],
        intuition:
          "Each raindrop works like a tiny prism and mirror at once. It sends each colour back at its own angle, so from where you stand, drops at one angle send you red and drops a little lower send you violet. That is why a rainbow is a circle around the point opposite the sun.",
        formula: "Snell's law says how much light bends: n₁ and n₂ are the refractive indices of air and water, θ₁ and θ₂ the angles of the ray:",
        example:
          "A sunbeam hits a drop at 40 degrees. Water's refractive index is about 1.33, so inside the drop the ray bends to about 29 degrees. Violet light sees an index near 1.34 and bends a little more, and that small difference is what spreads the colours.",
        caveat:
          "A rainbow is not an object at one place: each person sees their own bow, made by different drops. And you cannot see one with the sun high in the sky, because the bow would be below the horizon.",
      },
      es: {
        title: "Cómo se forma el arcoíris",
        terms: "arcoíris arco iris colores luz gotas lluvia refracción dispersión prisma espectro sol",
        levels: [
          "El arcoíris aparece cuando la luz del sol entra en las gotas de lluvia. Cada gota dobla la luz y la devuelve. La luz del sol es una mezcla de colores y cada color se dobla un poco distinto. Así los colores se separan en una banda. Lo ves con el sol a la espalda.",
          "El arcoíris nace de la refracción, la reflexión y la dispersión en las gotas. La luz se desvía al entrar en una gota, se refleja en el fondo y se desvía otra vez al salir; el rojo y el violeta se desvían distinto, así que la luz blanca se abre en un espectro. El arco brillante queda a unos 42 grados del punto opuesto al sol.",
          "Cada color sale de la gota con más fuerza en su ángulo de desviación mínima: unos 42° desde el punto antisolar para el rojo y 40° para el violeta, por eso el rojo queda fuera. Una segunda reflexión dentro de la gota da el arco secundario, más débil, a unos 51° y con los colores invertidos; la franja oscura entre ambos es la banda de Alejandro.",
          "El arco primario es una cáustica: el ángulo de desviación en función del parámetro de impacto tiene un punto estacionario, así que los rayos se acumulan allí, y la dependencia del índice de refracción con la longitud de onda abre la cáustica en colores; la teoría ondulatoria de Airy añade las franjas supernumerarias dentro del arco, y la luz sale muy polarizada tangencialmente, cerca del ángulo de Brewster en la reflexión interna.",
        ],
        intuition:
          "Cada gota funciona a la vez como un prisma diminuto y un espejo. Devuelve cada color con su propio ángulo, así que desde donde estás unas gotas te mandan rojo y otras un poco más bajas te mandan violeta. Por eso el arcoíris es un círculo alrededor del punto opuesto al sol.",
        formula: "La ley de Snell dice cuánto se desvía la luz: n₁ y n₂ son los índices de refracción del aire y del agua, θ₁ y θ₂ los ángulos del rayo:",
        example:
          "Un rayo de sol llega a una gota con 40 grados. El índice de refracción del agua es de 1,33, así que dentro de la gota el rayo se desvía a unos 29 grados. La luz violeta ve un índice cercano a 1,34 y se desvía algo más, y esa pequeña diferencia separa los colores.",
        caveat:
          "El arcoíris no es un objeto en un lugar: cada persona ve su propio arco, formado por gotas distintas. Y no se ve con el sol alto, porque el arco quedaría bajo el horizonte.",
      },
      fr: {
        title: "Comment se forme un arc-en-ciel",
        terms: "arc-en-ciel arc ciel couleurs lumière gouttes pluie réfraction dispersion prisme spectre soleil",
        levels: [
          "Un arc-en-ciel apparaît quand la lumière du soleil entre dans des gouttes de pluie. Chaque goutte courbe la lumière et la renvoie. La lumière du soleil est un mélange de couleurs, et chaque couleur se courbe un peu différemment. Les couleurs s'étalent donc en bande. On le voit avec le soleil dans le dos.",
          "Un arc-en-ciel vient de la réfraction, de la réflexion et de la dispersion dans les gouttes. La lumière dévie en entrant dans une goutte, se réfléchit au fond et dévie encore en sortant ; le rouge et le violet dévient différemment, si bien que la lumière blanche s'ouvre en spectre. L'arc brillant se trouve à environ 42 degrés du point opposé au soleil.",
          "Chaque couleur sort de la goutte surtout à son angle de déviation minimale : environ 42° du point antisolaire pour le rouge et 40° pour le violet, d'où le rouge à l'extérieur. Une seconde réflexion dans la goutte donne l'arc secondaire, plus pâle, vers 51° et aux couleurs inversées ; la bande sombre entre les deux est la bande d'Alexandre.",
          "L'arc primaire est une caustique : l'angle de déviation en fonction du paramètre d'impact a un point stationnaire, donc les rayons s'y accumulent, et la dépendance de l'indice de réfraction à la longueur d'onde étale la caustique en couleurs ; la théorie ondulatoire d'Airy ajoute les arcs surnuméraires à l'intérieur, et la lumière est fortement polarisée tangentiellement, près de l'angle de Brewster à la réflexion interne.",
        ],
        intuition:
          "Chaque goutte joue à la fois le rôle d'un minuscule prisme et d'un miroir. Elle renvoie chaque couleur sous son propre angle : de là où vous êtes, certaines gouttes vous envoient du rouge et d'autres un peu plus bas du violet. C'est pourquoi l'arc-en-ciel est un cercle autour du point opposé au soleil.",
        formula: "La loi de Snell-Descartes dit de combien la lumière dévie : n₁ et n₂ sont les indices de réfraction de l'air et de l'eau, θ₁ et θ₂ les angles du rayon :",
        example:
          "Un rayon de soleil frappe une goutte à 40 degrés. L'indice de réfraction de l'eau vaut environ 1,33, donc dans la goutte le rayon dévie à environ 29 degrés. Le violet voit un indice proche de 1,34 et dévie un peu plus, et cette petite différence suffit à séparer les couleurs.",
        caveat:
          "Un arc-en-ciel n'est pas un objet situé quelque part : chacun voit son propre arc, formé par d'autres gouttes. Et on n'en voit pas avec le soleil haut dans le ciel, car l'arc serait sous l'horizon.",
      },
      de: {
        title: "Wie ein Regenbogen entsteht",
        terms: "regenbogen farben licht regentropfen tropfen brechung dispersion prisma spektrum sonnenlicht bogen",
        levels: [
          "Ein Regenbogen entsteht, wenn Sonnenlicht in Regentropfen fällt. Jeder Tropfen lenkt das Licht ab und wirft es zurück. Sonnenlicht ist eine Mischung aus Farben, und jede Farbe wird etwas anders abgelenkt. So fächern sich die Farben zu einem Band auf. Man sieht ihn mit der Sonne im Rücken.",
          "Ein Regenbogen entsteht durch Brechung, Reflexion und Dispersion in Regentropfen. Licht wird beim Eintritt in den Tropfen gebrochen, an der Rückseite reflektiert und beim Austritt erneut gebrochen; Rot und Violett werden verschieden stark gebrochen, so zerlegt sich weißes Licht in ein Spektrum. Der helle Bogen liegt etwa 42 Grad vom Gegenpunkt der Sonne entfernt.",
          "Jede Farbe verlässt den Tropfen am stärksten unter ihrem Winkel minimaler Ablenkung: etwa 42° vom Sonnengegenpunkt für Rot und 40° für Violett, deshalb liegt Rot außen. Eine zweite Reflexion im Tropfen erzeugt den schwächeren Nebenregenbogen bei etwa 51° mit umgekehrter Farbfolge; das dunkle Band zwischen beiden heißt Alexanders dunkles Band.",
          "Der Hauptbogen ist eine Kaustik: Der Ablenkwinkel als Funktion des Stoßparameters hat einen stationären Punkt, an dem sich die Strahlen häufen, und die Wellenlängenabhängigkeit des Brechungsindex fächert die Kaustik in Farben auf; die Wellentheorie von Airy erklärt die Interferenzbögen innerhalb des Bogens, und das Licht ist nahe dem Brewster-Winkel der inneren Reflexion stark tangential polarisiert.",
        ],
        intuition:
          "Jeder Tropfen wirkt zugleich wie ein winziges Prisma und ein Spiegel. Er schickt jede Farbe unter ihrem eigenen Winkel zurück; von deinem Standpunkt aus senden dir manche Tropfen Rot und etwas tiefere Violett. Deshalb ist ein Regenbogen ein Kreis um den Punkt gegenüber der Sonne.",
        formula: "Das Snelliussche Brechungsgesetz sagt, wie stark Licht gebrochen wird: n₁ und n₂ sind die Brechungsindizes von Luft und Wasser, θ₁ und θ₂ die Winkel des Strahls:",
        example:
          "Ein Sonnenstrahl trifft unter 40 Grad auf einen Tropfen. Der Brechungsindex von Wasser ist etwa 1,33, also knickt der Strahl im Tropfen auf etwa 29 Grad ab. Violettes Licht sieht einen Index nahe 1,34 und wird etwas stärker gebrochen, und dieser kleine Unterschied trennt die Farben.",
        caveat:
          "Ein Regenbogen ist kein Gegenstand an einem Ort: Jeder Mensch sieht seinen eigenen Bogen aus anderen Tropfen. Und bei hochstehender Sonne sieht man keinen, weil der Bogen unter dem Horizont läge.",
      },
    },
  },
];
