/** Physics: black holes, tides, Newton's laws of motion. */
import type { Topic } from "./types";

export const PHYSICS: readonly Topic[] = [
  {
    id: "black-holes",
    domain: "physics",
    formula: "r_s = \\frac{2GM}{c^2}",
    worked: "r_s(M_\\odot) = \\frac{2 \\cdot 6.67\\times10^{-11} \\cdot 1.99\\times10^{30}}{(3.00\\times10^{8})^2} \\approx 2.95\\ \\text{km}",
    text: {
      en: {
        title: "Black holes",
        terms: "black hole holes event horizon gravity collapse star singularity schwarzschild hawking radiation",
        levels: [
          "A black hole is a place in space where gravity pulls so hard that nothing can get out, not even light. It forms when a very big star runs out of fuel and falls in on itself. Its edge is called the event horizon. Anything that crosses it can never come back.",
          "A black hole forms when enough mass is packed into a small enough region that the escape velocity exceeds the speed of light. Stellar black holes come from the collapse of massive stars, and supermassive ones, millions to billions of suns, sit at the centres of galaxies. The event horizon is the boundary of no return; we see black holes through their effect on nearby stars and gas.",
          "In general relativity a non-rotating black hole is described by the Schwarzschild solution, whose horizon radius grows in proportion to the mass: about 3 kilometres per solar mass. Matter falling in heats an accretion disk that shines in X-rays, mergers of black holes emit gravitational waves that LIGO detects, and the Event Horizon Telescope has imaged the shadows of M87* and Sagittarius A*.",
          "Astrophysical black holes are well described by the Kerr metric, fixed by mass and spin alone, as the no-hair theorem states; Hawking radiation gives them a temperature inversely proportional to mass and a Bekenstein–Hawking entropy proportional to horizon area, and whether evaporation preserves unitarity, the information paradox, remains the open problem at the junction of gravity and quantum theory.",
        ],
        intuition:
          "Throw a ball up and it falls back; throw it fast enough and it escapes Earth. A black hole is an object so heavy and so small that the escape speed would have to be faster than light, and nothing is faster than light. So nothing gets out.",
        formula: "The Schwarzschild radius r_s, the size of the event horizon, depends on the mass M, the gravitational constant G and the speed of light c:",
        example:
          "Squeeze the Sun, with a mass of about 2 times 10 to the 30 kilograms, into a ball and the formula gives a horizon of about 3 kilometres. The Earth would have to shrink to about 9 millimetres, the size of a marble.",
        caveat:
          "A black hole is not a cosmic vacuum cleaner: from far away its gravity is the same as any object of the same mass. If the Sun became a black hole of the same mass, Earth's orbit would not change.",
      },
      es: {
        title: "Los agujeros negros",
        terms: "agujero negro agujeros negros horizonte de sucesos gravedad colapso estrella singularidad schwarzschild hawking radiación",
        levels: [
          "Un agujero negro es un lugar del espacio donde la gravedad tira tanto que nada puede salir, ni siquiera la luz. Se forma cuando una estrella muy grande se queda sin combustible y se hunde sobre sí misma. Su borde se llama horizonte de sucesos. Lo que lo cruza ya no puede volver.",
          "Un agujero negro se forma cuando se concentra tanta masa en una región tan pequeña que la velocidad de escape supera la de la luz. Los agujeros estelares vienen del colapso de estrellas masivas, y los supermasivos, de millones a miles de millones de soles, están en el centro de las galaxias. El horizonte de sucesos es el límite sin retorno; los vemos por su efecto sobre estrellas y gas cercanos.",
          "En relatividad general, un agujero negro sin rotación se describe con la solución de Schwarzschild, cuyo radio de horizonte crece en proporción a la masa: unos 3 kilómetros por masa solar. La materia que cae calienta un disco de acreción que brilla en rayos X, las fusiones de agujeros negros emiten ondas gravitacionales que detecta LIGO, y el Event Horizon Telescope ha fotografiado las sombras de M87* y Sagitario A*.",
          "Los agujeros negros astrofísicos se describen bien con la métrica de Kerr, fijada solo por masa y espín, como dice el teorema de no pelo; la radiación de Hawking les da una temperatura inversamente proporcional a la masa y una entropía de Bekenstein–Hawking proporcional al área del horizonte, y si la evaporación preserva la unitariedad, la paradoja de la información, sigue siendo el problema abierto entre gravedad y teoría cuántica.",
        ],
        intuition:
          "Lanza una pelota hacia arriba y vuelve a caer; lánzala lo bastante rápido y escapa de la Tierra. Un agujero negro es un objeto tan pesado y tan pequeño que la velocidad de escape tendría que superar la de la luz, y nada es más rápido que la luz. Así que nada sale.",
        formula: "El radio de Schwarzschild r_s, el tamaño del horizonte de sucesos, depende de la masa M, la constante gravitatoria G y la velocidad de la luz c:",
        example:
          "Si aprietas el Sol, con una masa de unos 2 por 10 elevado a 30 kilogramos, en una bola, la fórmula da un horizonte de unos 3 kilómetros. La Tierra tendría que encogerse hasta unos 9 milímetros, el tamaño de una canica.",
        caveat:
          "Un agujero negro no es una aspiradora cósmica: de lejos, su gravedad es la de cualquier objeto de la misma masa. Si el Sol se convirtiera en un agujero negro de igual masa, la órbita de la Tierra no cambiaría.",
      },
      fr: {
        title: "Les trous noirs",
        terms: "trou noir trous noirs horizon des événements gravité effondrement étoile singularité schwarzschild hawking rayonnement",
        levels: [
          "Un trou noir est un endroit de l'espace où la gravité attire si fort que rien ne peut en sortir, pas même la lumière. Il se forme quand une très grosse étoile n'a plus de carburant et s'effondre sur elle-même. Son bord s'appelle l'horizon des événements. Ce qui le franchit ne revient jamais.",
          "Un trou noir se forme quand assez de masse est tassée dans une région assez petite pour que la vitesse de libération dépasse celle de la lumière. Les trous noirs stellaires naissent de l'effondrement d'étoiles massives, et les supermassifs, de millions à milliards de soleils, occupent le centre des galaxies. L'horizon des événements est la frontière sans retour ; on les voit par leur effet sur les étoiles et le gaz voisins.",
          "En relativité générale, un trou noir sans rotation est décrit par la solution de Schwarzschild, dont le rayon d'horizon croît proportionnellement à la masse : environ 3 kilomètres par masse solaire. La matière qui tombe chauffe un disque d'accrétion qui brille en rayons X, les fusions de trous noirs émettent des ondes gravitationnelles que détecte LIGO, et l'Event Horizon Telescope a photographié les ombres de M87* et de Sagittarius A*.",
          "Les trous noirs astrophysiques sont bien décrits par la métrique de Kerr, fixée par la seule masse et le spin, comme l'énonce le théorème de calvitie ; le rayonnement de Hawking leur donne une température inversement proportionnelle à la masse et une entropie de Bekenstein–Hawking proportionnelle à l'aire de l'horizon, et savoir si l'évaporation préserve l'unitarité, le paradoxe de l'information, reste le problème ouvert à la jonction de la gravité et de la théorie quantique.",
        ],
        intuition:
          "Lancez une balle en l'air, elle retombe ; lancez-la assez vite, elle quitte la Terre. Un trou noir est un objet si lourd et si petit que la vitesse de libération devrait dépasser celle de la lumière, et rien ne va plus vite que la lumière. Donc rien ne sort.",
        formula: "Le rayon de Schwarzschild r_s, la taille de l'horizon, dépend de la masse M, de la constante gravitationnelle G et de la vitesse de la lumière c :",
        example:
          "Comprimez le Soleil, d'une masse d'environ 2 fois 10 puissance 30 kilogrammes, en une boule : la formule donne un horizon d'environ 3 kilomètres. La Terre devrait rétrécir à environ 9 millimètres, la taille d'une bille.",
        caveat:
          "Un trou noir n'est pas un aspirateur cosmique : de loin, sa gravité est celle de n'importe quel objet de même masse. Si le Soleil devenait un trou noir de même masse, l'orbite de la Terre ne changerait pas.",
      },
      de: {
        title: "Schwarze Löcher",
        terms: "schwarzes loch schwarze löcher loch ereignishorizont gravitation schwerkraft kollaps stern singularität schwarzschild hawking strahlung",
        levels: [
          "Ein Schwarzes Loch ist ein Ort im All, an dem die Schwerkraft so stark zieht, dass nichts entkommen kann, nicht einmal Licht. Es entsteht, wenn ein sehr großer Stern keinen Brennstoff mehr hat und in sich zusammenfällt. Sein Rand heißt Ereignishorizont. Was ihn überquert, kommt nie zurück.",
          "Ein Schwarzes Loch entsteht, wenn so viel Masse in einem so kleinen Raum steckt, dass die Fluchtgeschwindigkeit die Lichtgeschwindigkeit übersteigt. Stellare Schwarze Löcher entstehen beim Kollaps massereicher Sterne, supermassereiche mit Millionen bis Milliarden Sonnenmassen sitzen in den Zentren von Galaxien. Der Ereignishorizont ist die Grenze ohne Wiederkehr; man sieht Schwarze Löcher an ihrer Wirkung auf nahe Sterne und Gas.",
          "In der allgemeinen Relativitätstheorie beschreibt die Schwarzschild-Lösung ein nicht rotierendes Schwarzes Loch, dessen Horizontradius proportional zur Masse wächst: etwa 3 Kilometer pro Sonnenmasse. Einfallende Materie heizt eine Akkretionsscheibe auf, die im Röntgenlicht leuchtet, verschmelzende Schwarze Löcher senden Gravitationswellen aus, die LIGO misst, und das Event Horizon Telescope hat die Schatten von M87* und Sagittarius A* abgebildet.",
          "Astrophysikalische Schwarze Löcher beschreibt die Kerr-Metrik gut, allein durch Masse und Drehimpuls festgelegt, wie das No-Hair-Theorem sagt; die Hawking-Strahlung gibt ihnen eine zur Masse umgekehrt proportionale Temperatur und eine zur Horizontfläche proportionale Bekenstein-Hawking-Entropie, und ob die Verdampfung die Unitarität erhält, das Informationsparadoxon, bleibt das offene Problem an der Nahtstelle von Gravitation und Quantentheorie.",
        ],
        intuition:
          "Wirf einen Ball hoch, und er fällt zurück; wirf ihn schnell genug, und er verlässt die Erde. Ein Schwarzes Loch ist so schwer und so klein, dass die Fluchtgeschwindigkeit größer als die Lichtgeschwindigkeit sein müsste, und nichts ist schneller als Licht. Also kommt nichts heraus.",
        formula: "Der Schwarzschild-Radius r_s, die Größe des Ereignishorizonts, hängt von der Masse M, der Gravitationskonstante G und der Lichtgeschwindigkeit c ab:",
        example:
          "Presst man die Sonne mit etwa 2 mal 10 hoch 30 Kilogramm zu einer Kugel, liefert die Formel einen Horizont von etwa 3 Kilometern. Die Erde müsste auf etwa 9 Millimeter schrumpfen, so groß wie eine Murmel.",
        caveat:
          "Ein Schwarzes Loch ist kein kosmischer Staubsauger: Aus der Ferne wirkt seine Schwerkraft wie die jedes Körpers gleicher Masse. Würde die Sonne zu einem Schwarzen Loch gleicher Masse, bliebe die Erdbahn unverändert.",
      },
    },
  },
  {
    id: "tides",
    domain: "physics",
    formula: "a_{\\text{tidal}} \\approx \\frac{2 G M R}{d^3}",
    worked: "\\frac{a_{\\text{Sun}}}{a_{\\text{Moon}}} = \\frac{M_{\\text{Sun}} / d_{\\text{Sun}}^3}{M_{\\text{Moon}} / d_{\\text{Moon}}^3} \\approx \\frac{2.7 \\times 10^7}{390^3} \\approx 0.46",
    text: {
      en: {
        title: "Tides",
        terms: "tide tides tidal high low ocean sea moon sun spring neap bulge gravity pull",
        levels: [
          "Tides are the slow rise and fall of the sea, about twice a day. They happen because the Moon's gravity pulls on the Earth's oceans. The pull is a bit stronger on the side facing the Moon and a bit weaker on the far side. So the water bulges out on both sides, and the Earth turns through the bulges.",
          "Tides come from the difference in the Moon's pull across the Earth: the near side is pulled more than the centre, and the centre more than the far side, which stretches the oceans into two bulges. As the Earth rotates, most coasts pass through two high tides and two low tides a day, about 50 minutes later each day. The Sun adds a smaller effect, so tides are strongest at new and full moon, the spring tides, and weakest at half moon, the neap tides.",
          "The tidal acceleration falls off with the cube of distance, not the square, which is why the nearby Moon beats the far more massive Sun by about two to one. Real tides are shaped by ocean basins and coastlines: resonance gives the Bay of Fundy a range of up to 16 metres, while the Mediterranean barely moves, and tide tables are computed as sums of harmonic constituents such as M2 and S2.",
          "The equilibrium tide from the degree-two term of the tidal potential predicts a bulge of about half a metre, but the dynamic response of the ocean, governed by Laplace's tidal equations with amphidromic points around which the phase rotates, sets the observed amplitudes; tidal dissipation, about 3.7 terawatts, slows the Earth's rotation by roughly 2 milliseconds per century and moves the Moon away by 3.8 centimetres a year.",
        ],
        intuition:
          "Imagine three runners tied loosely together, all pulled toward the same finish line, but the front one is pulled hardest and the back one least. They spread apart. The Moon does that to the Earth: it stretches the oceans a little toward it and a little away from it.",
        formula: "The tidal acceleration a on a planet of radius R, from a body of mass M at distance d, falls off with the cube of the distance:",
        example:
          "The Sun is 27 million times heavier than the Moon but 390 times farther away. Cubing 390 gives about 59 million, and 27 million divided by 59 million is about 0.46: the Sun's tide is a bit less than half the Moon's.",
        caveat:
          "The far-side bulge is not caused by a centrifugal fling of the Earth's spin; it is the same stretching effect, the far side being pulled less. And the timing of local high tide can lag the Moon by hours because of the shape of the sea floor.",
      },
      es: {
        title: "Las mareas",
        terms: "marea mareas pleamar bajamar mar océano luna sol vivas muertas abultamiento gravedad atracción",
        levels: [
          "Las mareas son la subida y bajada lenta del mar, más o menos dos veces al día. Ocurren porque la gravedad de la Luna tira de los océanos de la Tierra. El tirón es un poco más fuerte en el lado que mira a la Luna y un poco más débil en el lado opuesto. Así el agua se abomba por los dos lados, y la Tierra gira a través de esos abultamientos.",
          "Las mareas vienen de la diferencia del tirón de la Luna a lo ancho de la Tierra: el lado cercano recibe más tirón que el centro, y el centro más que el lado lejano, lo que estira los océanos en dos abultamientos. Al girar la Tierra, la mayoría de las costas tienen dos pleamares y dos bajamares al día, unos 50 minutos más tarde cada día. El Sol añade un efecto menor, así que las mareas son más fuertes en luna nueva y llena, las mareas vivas, y más débiles en cuarto creciente o menguante, las mareas muertas.",
          "La aceleración de marea cae con el cubo de la distancia, no con el cuadrado, y por eso la Luna cercana le gana al Sol, mucho más masivo, por unos dos a uno. Las mareas reales dependen de las cuencas y las costas: la resonancia da a la bahía de Fundy una carrera de hasta 16 metros, mientras que el Mediterráneo apenas se mueve, y las tablas de mareas se calculan como sumas de componentes armónicas como M2 y S2.",
          "La marea de equilibrio del término de grado dos del potencial de marea predice un abultamiento de medio metro, pero la respuesta dinámica del océano, regida por las ecuaciones de marea de Laplace con puntos anfidrómicos alrededor de los cuales gira la fase, fija las amplitudes observadas; la disipación de marea, unos 3,7 teravatios, frena la rotación de la Tierra unos 2 milisegundos por siglo y aleja la Luna 3,8 centímetros al año.",
        ],
        intuition:
          "Imagina tres corredores atados con holgura, todos atraídos hacia la misma meta, pero el de delante con más fuerza y el de detrás con menos. Se separan. La Luna le hace eso a la Tierra: estira un poco los océanos hacia ella y un poco en sentido contrario.",
        formula: "La aceleración de marea a sobre un planeta de radio R, debida a un cuerpo de masa M a distancia d, cae con el cubo de la distancia:",
        example:
          "El Sol pesa 27 millones de veces más que la Luna, pero está 390 veces más lejos. El cubo de 390 es unos 59 millones, y 27 millones entre 59 millones da unos 0,46: la marea del Sol es algo menos de la mitad de la de la Luna.",
        caveat:
          "El abultamiento del lado lejano no lo causa una fuerza centrífuga del giro de la Tierra; es el mismo estiramiento, porque ese lado recibe menos tirón. Y la pleamar local puede retrasarse horas respecto a la Luna por la forma del fondo marino.",
      },
      fr: {
        title: "Les marées",
        terms: "marée marées haute basse mer océan lune soleil vives-eaux mortes-eaux bourrelet gravité attraction",
        levels: [
          "Les marées sont la lente montée et descente de la mer, environ deux fois par jour. Elles viennent de la gravité de la Lune, qui tire sur les océans de la Terre. La traction est un peu plus forte du côté tourné vers la Lune et un peu plus faible du côté opposé. L'eau se gonfle donc des deux côtés, et la Terre tourne à travers ces bourrelets.",
          "Les marées viennent de la différence d'attraction de la Lune d'un bout à l'autre de la Terre : le côté proche est plus attiré que le centre, et le centre plus que le côté éloigné, ce qui étire les océans en deux bourrelets. Comme la Terre tourne, la plupart des côtes connaissent deux marées hautes et deux basses par jour, environ 50 minutes plus tard chaque jour. Le Soleil ajoute un effet plus faible, d'où des marées plus fortes à la nouvelle et à la pleine lune, les vives-eaux, et plus faibles aux quartiers, les mortes-eaux.",
          "L'accélération de marée décroît comme le cube de la distance, non comme son carré, c'est pourquoi la Lune proche l'emporte d'environ deux contre un sur le Soleil, bien plus massif. Les marées réelles dépendent des bassins et des côtes : la résonance donne à la baie de Fundy un marnage allant jusqu'à 16 mètres, alors que la Méditerranée bouge à peine, et les annuaires de marées se calculent comme sommes de composantes harmoniques telles que M2 et S2.",
          "La marée d'équilibre issue du terme de degré deux du potentiel de marée prédit un bourrelet d'environ un demi-mètre, mais la réponse dynamique de l'océan, régie par les équations de marée de Laplace avec des points amphidromiques autour desquels la phase tourne, fixe les amplitudes observées ; la dissipation de marée, environ 3,7 térawatts, ralentit la rotation terrestre d'environ 2 millisecondes par siècle et éloigne la Lune de 3,8 centimètres par an.",
        ],
        intuition:
          "Imaginez trois coureurs attachés mollement, tous tirés vers la même ligne d'arrivée, celui de devant le plus fort et celui de derrière le moins. Ils s'écartent. La Lune fait cela à la Terre : elle étire un peu les océans vers elle et un peu à l'opposé.",
        formula: "L'accélération de marée a sur une planète de rayon R, due à un corps de masse M à la distance d, décroît comme le cube de la distance :",
        example:
          "Le Soleil est 27 millions de fois plus lourd que la Lune mais 390 fois plus loin. Le cube de 390 vaut environ 59 millions, et 27 millions divisé par 59 millions donne environ 0,46 : la marée solaire fait un peu moins de la moitié de la marée lunaire.",
        caveat:
          "Le bourrelet du côté éloigné ne vient pas d'une force centrifuge due à la rotation de la Terre ; c'est le même étirement, ce côté étant moins attiré. Et la pleine mer locale peut retarder de plusieurs heures sur la Lune à cause de la forme des fonds.",
      },
      de: {
        title: "Gezeiten",
        terms: "gezeiten tide ebbe flut hochwasser niedrigwasser meer ozean mond sonne springtide nipptide gezeitenberg schwerkraft anziehung",
        levels: [
          "Gezeiten sind das langsame Steigen und Fallen des Meeres, etwa zweimal am Tag. Sie entstehen, weil die Schwerkraft des Mondes an den Ozeanen der Erde zieht. Der Zug ist auf der Seite zum Mond etwas stärker und auf der abgewandten Seite etwas schwächer. So wölbt sich das Wasser auf beiden Seiten, und die Erde dreht sich durch diese Wölbungen.",
          "Gezeiten entstehen durch den Unterschied der Mondanziehung über die Erde hinweg: Die nahe Seite wird stärker gezogen als der Mittelpunkt und dieser stärker als die ferne Seite, was die Ozeane zu zwei Flutbergen dehnt. Weil sich die Erde dreht, erleben die meisten Küsten zweimal Hochwasser und zweimal Niedrigwasser am Tag, jeden Tag etwa 50 Minuten später. Die Sonne trägt weniger bei, daher sind die Gezeiten bei Neu- und Vollmond am stärksten, die Springtiden, und bei Halbmond am schwächsten, die Nipptiden.",
          "Die Gezeitenbeschleunigung fällt mit der dritten Potenz des Abstands ab, nicht mit der zweiten, deshalb schlägt der nahe Mond die viel massereichere Sonne etwa zwei zu eins. Echte Gezeiten formen Meeresbecken und Küsten: Resonanz gibt der Bay of Fundy einen Tidenhub von bis zu 16 Metern, während sich das Mittelmeer kaum bewegt, und Gezeitentafeln werden als Summen harmonischer Partialtiden wie M2 und S2 berechnet.",
          "Die Gleichgewichtstide aus dem Term zweiten Grades des Gezeitenpotentials sagt einen Flutberg von etwa einem halben Meter voraus, doch die dynamische Antwort des Ozeans, beschrieben durch die Laplaceschen Gezeitengleichungen mit amphidromischen Punkten, um die die Phase rotiert, bestimmt die beobachteten Amplituden; die Gezeitenreibung von etwa 3,7 Terawatt bremst die Erdrotation um rund 2 Millisekunden pro Jahrhundert und entfernt den Mond um 3,8 Zentimeter pro Jahr.",
        ],
        intuition:
          "Stell dir drei locker aneinander gebundene Läufer vor, alle zum selben Ziel gezogen, der vordere am stärksten, der hintere am schwächsten. Sie ziehen sich auseinander. Das macht der Mond mit der Erde: Er dehnt die Ozeane ein wenig zu sich hin und ein wenig von sich weg.",
        formula: "Die Gezeitenbeschleunigung a auf einem Planeten mit Radius R, erzeugt von einem Körper der Masse M im Abstand d, fällt mit der dritten Potenz des Abstands:",
        example:
          "Die Sonne ist 27 Millionen Mal schwerer als der Mond, aber 390 Mal weiter entfernt. 390 hoch drei ist etwa 59 Millionen, und 27 Millionen geteilt durch 59 Millionen ergibt etwa 0,46: Die Sonnentide ist etwas weniger als halb so groß wie die Mondtide.",
        caveat:
          "Der Flutberg auf der fernen Seite entsteht nicht durch eine Fliehkraft der Erddrehung; es ist dieselbe Dehnung, weil diese Seite schwächer gezogen wird. Und das örtliche Hochwasser kann dem Mond wegen der Form des Meeresbodens um Stunden nachlaufen.",
      },
    },
  },
  {
    id: "newtons-laws",
    domain: "physics",
    formula: "\\vec F = m \\vec a",
    worked: "a = \\frac{F}{m} = \\frac{300\\ \\text{N}}{1200\\ \\text{kg}} = 0.25\\ \\text{m/s}^2",
    text: {
      en: {
        title: "Newton's laws of motion",
        terms: "newton newton's laws motion force mass acceleration inertia action reaction push pull",
        levels: [
          "Newton's laws explain how things move when you push or pull them. First, a thing keeps doing what it is doing unless something pushes it. Second, a bigger push makes it speed up more, and a heavier thing needs a bigger push. Third, when you push on something, it pushes back on you just as hard.",
          "The first law, inertia, says an object keeps its velocity unless a net force acts on it. The second says the net force equals mass times acceleration, so the same force accelerates a light object more than a heavy one. The third says forces come in pairs: if A pushes B, B pushes A with an equal force in the opposite direction.",
          "Applied together, the laws solve most everyday mechanics: draw a free-body diagram, sum the forces on each body, and integrate the accelerations to get motion. The second law is really about momentum, force being its rate of change, which covers rockets that lose mass; and the third law makes momentum conserved in any isolated system.",
          "Newton's laws hold in inertial frames and are the low-velocity, weak-field limit of relativistic mechanics; in Lagrangian and Hamiltonian form they follow from a variational principle, Noether's theorem ties conservation of momentum to translation symmetry, and the third law in its strong form fails for electromagnetic forces unless field momentum is included.",
        ],
        intuition:
          "A hockey puck on ice glides on and on, because almost nothing slows it down. Push an empty shopping cart and it shoots off; push a full one just as hard and it barely moves. And when you push off a wall on skates, the wall pushes you away.",
        formula: "The second law: the net force F equals the mass m times the acceleration a:",
        example:
          "A car of 1,200 kilograms gets a net forward force of 300 newtons. Divide 300 by 1,200 and it accelerates at 0.25 metres per second every second, so after 10 seconds it moves at 2.5 metres per second, about 9 kilometres per hour.",
        caveat:
          "Force does not cause motion; it causes a change in motion. A car cruising at steady speed has zero net force on it, because the engine's push exactly balances friction and air resistance.",
      },
      es: {
        title: "Las leyes de Newton",
        terms: "newton leyes movimiento fuerza masa aceleración inercia acción reacción empujar tirar",
        levels: [
          "Las leyes de Newton explican cómo se mueven las cosas cuando las empujas o tiras de ellas. Primera: una cosa sigue haciendo lo que hace mientras nada la empuje. Segunda: un empujón mayor la acelera más, y una cosa más pesada necesita un empujón mayor. Tercera: cuando empujas algo, te empuja igual de fuerte.",
          "La primera ley, la inercia, dice que un objeto mantiene su velocidad mientras no actúe sobre él una fuerza neta. La segunda dice que la fuerza neta es la masa por la aceleración, así que la misma fuerza acelera más un objeto ligero que uno pesado. La tercera dice que las fuerzas van en pareja: si A empuja a B, B empuja a A con la misma fuerza en sentido contrario.",
          "Juntas, las leyes resuelven casi toda la mecánica cotidiana: se dibuja un diagrama de cuerpo libre, se suman las fuerzas sobre cada cuerpo y se integran las aceleraciones para obtener el movimiento. La segunda ley trata en realidad del momento lineal, cuya tasa de cambio es la fuerza, lo que cubre cohetes que pierden masa; y la tercera hace que el momento se conserve en todo sistema aislado.",
          "Las leyes de Newton valen en sistemas inerciales y son el límite de baja velocidad y campo débil de la mecánica relativista; en forma lagrangiana y hamiltoniana se deducen de un principio variacional, el teorema de Noether liga la conservación del momento a la simetría de traslación, y la tercera ley en su forma fuerte falla para fuerzas electromagnéticas si no se incluye el momento del campo.",
        ],
        intuition:
          "Un disco de hockey sobre hielo se desliza sin parar, porque casi nada lo frena. Empuja un carrito vacío y sale disparado; empuja uno lleno igual de fuerte y apenas se mueve. Y si en patines te impulsas contra una pared, la pared te aleja.",
        formula: "La segunda ley: la fuerza neta F es igual a la masa m por la aceleración a:",
        example:
          "Un coche de 1.200 kilogramos recibe una fuerza neta hacia delante de 300 newtons. Divide 300 entre 1.200 y acelera 0,25 metros por segundo cada segundo, así que a los 10 segundos va a 2,5 metros por segundo, unos 9 kilómetros por hora.",
        caveat:
          "La fuerza no causa el movimiento, sino el cambio de movimiento. Un coche a velocidad constante tiene fuerza neta nula, porque el empuje del motor equilibra exactamente el rozamiento y la resistencia del aire.",
      },
      fr: {
        title: "Les lois de Newton",
        terms: "newton lois mouvement force masse accélération inertie action réaction pousser tirer",
        levels: [
          "Les lois de Newton expliquent comment les choses bougent quand on les pousse ou qu'on les tire. D'abord, une chose continue ce qu'elle fait tant que rien ne la pousse. Ensuite, une plus grande poussée l'accélère davantage, et une chose plus lourde demande une plus grande poussée. Enfin, quand on pousse quelque chose, il nous repousse aussi fort.",
          "La première loi, l'inertie, dit qu'un objet garde sa vitesse tant qu'aucune force nette n'agit sur lui. La deuxième dit que la force nette égale la masse fois l'accélération, donc une même force accélère plus un objet léger qu'un objet lourd. La troisième dit que les forces vont par paires : si A pousse B, B pousse A avec une force égale et opposée.",
          "Ensemble, les lois résolvent l'essentiel de la mécanique courante : on trace un diagramme des forces, on les somme sur chaque corps, et on intègre les accélérations pour obtenir le mouvement. La deuxième loi porte en fait sur la quantité de mouvement, dont la force est le taux de variation, ce qui couvre les fusées qui perdent de la masse ; et la troisième rend la quantité de mouvement conservée dans tout système isolé.",
          "Les lois de Newton valent dans les référentiels galiléens et sont la limite à basse vitesse et champ faible de la mécanique relativiste ; sous forme lagrangienne et hamiltonienne elles découlent d'un principe variationnel, le théorème de Noether relie la conservation de la quantité de mouvement à l'invariance par translation, et la troisième loi sous sa forme forte tombe en défaut pour les forces électromagnétiques si l'on omet la quantité de mouvement du champ.",
        ],
        intuition:
          "Un palet sur la glace glisse longtemps, car presque rien ne le freine. Poussez un chariot vide, il file ; poussez-en un plein aussi fort, il bouge à peine. Et quand, en patins, vous poussez un mur, le mur vous repousse.",
        formula: "La deuxième loi : la force nette F égale la masse m fois l'accélération a :",
        example:
          "Une voiture de 1 200 kilogrammes reçoit une force nette vers l'avant de 300 newtons. 300 divisé par 1 200 donne une accélération de 0,25 mètre par seconde chaque seconde, donc au bout de 10 secondes elle roule à 2,5 mètres par seconde, environ 9 kilomètres par heure.",
        caveat:
          "La force ne cause pas le mouvement, elle cause un changement de mouvement. Une voiture à vitesse constante subit une force nette nulle : la poussée du moteur compense exactement les frottements et la résistance de l'air.",
      },
      de: {
        title: "Die newtonschen Gesetze",
        terms: "newton newtonsche gesetze bewegung kraft masse beschleunigung trägheit actio reactio wechselwirkung schieben ziehen",
        levels: [
          "Die newtonschen Gesetze erklären, wie sich Dinge bewegen, wenn man sie schiebt oder zieht. Erstens macht ein Ding weiter, was es tut, solange nichts es anschiebt. Zweitens beschleunigt ein stärkerer Schub es mehr, und ein schwereres Ding braucht einen stärkeren Schub. Drittens schiebt etwas, das du schiebst, genauso stark zurück.",
          "Das erste Gesetz, die Trägheit, sagt, dass ein Körper seine Geschwindigkeit behält, solange keine Gesamtkraft auf ihn wirkt. Das zweite sagt, dass die Gesamtkraft gleich Masse mal Beschleunigung ist, also beschleunigt dieselbe Kraft einen leichten Körper stärker als einen schweren. Das dritte sagt, dass Kräfte paarweise auftreten: Schiebt A auf B, schiebt B mit gleicher Kraft in Gegenrichtung auf A.",
          "Zusammen lösen die Gesetze fast jede Alltagsmechanik: Man zeichnet ein Freikörperbild, summiert die Kräfte auf jeden Körper und integriert die Beschleunigungen zur Bewegung. Das zweite Gesetz handelt eigentlich vom Impuls, dessen Änderungsrate die Kraft ist, was auch Raketen abdeckt, die Masse verlieren; und das dritte sorgt dafür, dass der Impuls in jedem abgeschlossenen System erhalten bleibt.",
          "Die newtonschen Gesetze gelten in Inertialsystemen und sind der Grenzfall kleiner Geschwindigkeiten und schwacher Felder der relativistischen Mechanik; in Lagrange- und Hamilton-Form folgen sie aus einem Variationsprinzip, das Noether-Theorem verknüpft die Impulserhaltung mit der Translationssymmetrie, und das dritte Gesetz in starker Form versagt bei elektromagnetischen Kräften, wenn man den Feldimpuls nicht mitzählt.",
        ],
        intuition:
          "Ein Puck auf dem Eis gleitet immer weiter, weil ihn fast nichts bremst. Schieb einen leeren Einkaufswagen, und er schießt davon; schieb einen vollen genauso stark, und er bewegt sich kaum. Und stößt du dich auf Schlittschuhen von einer Wand ab, schiebt die Wand dich weg.",
        formula: "Das zweite Gesetz: Die Gesamtkraft F ist gleich der Masse m mal der Beschleunigung a:",
        example:
          "Ein Auto von 1.200 Kilogramm erhält eine Gesamtkraft von 300 Newton nach vorn. 300 geteilt durch 1.200 ergibt eine Beschleunigung von 0,25 Metern pro Sekunde in jeder Sekunde, also fährt es nach 10 Sekunden 2,5 Meter pro Sekunde, etwa 9 Kilometer pro Stunde.",
        caveat:
          "Kraft verursacht nicht Bewegung, sondern Änderung der Bewegung. Ein Auto mit gleichbleibender Geschwindigkeit erfährt keine Gesamtkraft, weil der Motor Reibung und Luftwiderstand genau ausgleicht.",
      },
    },
  },
];
