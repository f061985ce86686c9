/** Mathematics: prime numbers, the Pythagorean theorem, derivatives. */
import type { Topic } from "./types";

export const MATHEMATICS: readonly Topic[] = [
  {
    id: "prime-numbers",
    domain: "mathematics",
    formula: "\\pi(x) \\sim \\frac{x}{\\ln x}",
    worked: "\\pi(1000) = 168,\\quad \\frac{1000}{\\ln 1000} \\approx 145",
    text: {
      en: {
        title: "Prime numbers",
        terms: "prime primes number numbers divisor divisible factor factorization composite sieve eratosthenes infinitely many",
        levels: [
          "A prime number is a whole number bigger than 1 that can only be divided evenly by 1 and itself. 2, 3, 5, 7 and 11 are primes. 6 is not, because 2 times 3 makes 6. Primes are like building blocks: every whole number is made by multiplying primes.",
          "A prime has exactly two divisors, 1 and itself; a number with more is composite. Every integer above 1 factors into primes in exactly one way, the fundamental theorem of arithmetic. Euclid proved there are infinitely many primes: multiply any finite list of them, add 1, and the result has a prime factor missing from the list.",
          "Primes thin out slowly: near x, about one number in ln x is prime, which is the prime number theorem. To test a number you only need to try divisors up to its square root, and the sieve of Eratosthenes lists all primes below a bound quickly. Large primes matter in practice because multiplying them is easy while factoring the product is hard, which RSA encryption relies on.",
          "The prime-counting function satisfies π(x) ∼ x/ln x, and the sharper approximation by the logarithmic integral has an error term controlled by the zeros of the Riemann zeta function; the Riemann hypothesis is equivalent to an error of O(√x log x), while primality itself is decidable in polynomial time by the AKS test and, in practice, by Miller–Rabin with high confidence.",
        ],
        intuition:
          "Think of numbers as Lego models. Primes are the single bricks that cannot be split into smaller equal groups. Every other number is built by stacking primes together, and there is only one way to do it, like a unique recipe.",
        formula: "The prime number theorem says how many primes there are up to x: π(x) counts them and ln is the natural logarithm:",
        example:
          "Is 91 prime? Its square root is a little over 9, so try 2, 3, 5 and 7. Seven works: 7 times 13 is 91, so 91 is composite. Up to 1,000 there are 168 primes, and the theorem's estimate of 1,000 divided by ln 1,000 gives about 145.",
        caveat:
          "1 is not a prime: if it were, factorizations would stop being unique. And odd does not mean prime; 9, 15 and 91 are odd and composite.",
      },
      es: {
        title: "Los números primos",
        terms: "primo primos número números divisor divisible factor factorización compuesto criba eratóstenes infinitos",
        levels: [
          "Un número primo es un número entero mayor que 1 que solo se puede dividir exactamente entre 1 y entre sí mismo. 2, 3, 5, 7 y 11 son primos. 6 no lo es, porque 2 por 3 da 6. Los primos son como piezas de construcción: todo número entero se forma multiplicando primos.",
          "Un primo tiene exactamente dos divisores, 1 y él mismo; un número con más es compuesto. Todo entero mayor que 1 se descompone en primos de una única manera, el teorema fundamental de la aritmética. Euclides demostró que hay infinitos primos: multiplica cualquier lista finita de ellos, suma 1, y el resultado tiene un factor primo que falta en la lista.",
          "Los primos se vuelven escasos poco a poco: cerca de x, más o menos uno de cada ln x números es primo, el teorema de los números primos. Para comprobar un número basta probar divisores hasta su raíz cuadrada, y la criba de Eratóstenes lista rápido todos los primos bajo una cota. Los primos grandes importan en la práctica porque multiplicarlos es fácil y factorizar el producto es difícil, algo en lo que se basa el cifrado RSA.",
          "La función contadora de primos cumple π(x) ∼ x/ln x, y la aproximación más fina por la integral logarítmica tiene un término de error controlado por los ceros de la función zeta de Riemann; la hipótesis de Riemann equivale a un error O(√x log x), mientras que la primalidad es decidible en tiempo polinómico con el test AKS y, en la práctica, con Miller–Rabin con alta confianza.",
        ],
        intuition:
          "Piensa en los números como maquetas de Lego. Los primos son las piezas sueltas que no se pueden partir en grupos iguales más pequeños. Cualquier otro número se construye juntando primos, y solo hay una manera de hacerlo, como una receta única.",
        formula: "El teorema de los números primos dice cuántos primos hay hasta x: π(x) los cuenta y ln es el logaritmo natural:",
        example:
          "¿Es primo 91? Su raíz cuadrada es algo más de 9, así que prueba 2, 3, 5 y 7. El 7 sirve: 7 por 13 es 91, así que 91 es compuesto. Hasta 1.000 hay 168 primos, y la estimación del teorema, 1.000 entre ln 1.000, da unos 145.",
        caveat:
          "El 1 no es primo: si lo fuera, las factorizaciones dejarían de ser únicas. E impar no significa primo; 9, 15 y 91 son impares y compuestos.",
      },
      fr: {
        title: "Les nombres premiers",
        terms: "premier premiers nombre nombres diviseur divisible facteur factorisation composé crible ératosthène infinité",
        levels: [
          "Un nombre premier est un nombre entier plus grand que 1 qui ne se divise exactement que par 1 et par lui-même. 2, 3, 5, 7 et 11 sont premiers. 6 ne l'est pas, car 2 fois 3 font 6. Les nombres premiers sont comme des briques : tout nombre entier s'obtient en multipliant des nombres premiers.",
          "Un nombre premier a exactement deux diviseurs, 1 et lui-même ; un nombre qui en a plus est composé. Tout entier supérieur à 1 se décompose en facteurs premiers d'une seule façon, c'est le théorème fondamental de l'arithmétique. Euclide a prouvé qu'il existe une infinité de nombres premiers : multipliez une liste finie d'entre eux, ajoutez 1, et le résultat a un facteur premier absent de la liste.",
          "Les nombres premiers se raréfient lentement : près de x, environ un nombre sur ln x est premier, c'est le théorème des nombres premiers. Pour tester un nombre, il suffit d'essayer les diviseurs jusqu'à sa racine carrée, et le crible d'Ératosthène liste vite tous les premiers sous une borne. Les grands nombres premiers comptent en pratique car les multiplier est facile alors que factoriser le produit est difficile, ce sur quoi repose le chiffrement RSA.",
          "La fonction de compte des nombres premiers vérifie π(x) ∼ x/ln x, et l'approximation plus fine par le logarithme intégral a un terme d'erreur gouverné par les zéros de la fonction zêta de Riemann ; l'hypothèse de Riemann équivaut à une erreur en O(√x log x), tandis que la primalité est décidable en temps polynomial par le test AKS et, en pratique, par Miller–Rabin avec une grande confiance.",
        ],
        intuition:
          "Imaginez les nombres comme des constructions en Lego. Les nombres premiers sont les briques seules qu'on ne peut pas couper en groupes égaux plus petits. Tout autre nombre se construit en assemblant des premiers, et d'une seule manière, comme une recette unique.",
        formula: "Le théorème des nombres premiers dit combien il y a de premiers jusqu'à x : π(x) les compte et ln est le logarithme népérien :",
        example:
          "91 est-il premier ? Sa racine carrée dépasse un peu 9, donc on essaie 2, 3, 5 et 7. Le 7 marche : 7 fois 13 font 91, donc 91 est composé. Jusqu'à 1 000 il y a 168 nombres premiers, et l'estimation du théorème, 1 000 divisé par ln 1 000, donne environ 145.",
        caveat:
          "1 n'est pas premier : s'il l'était, les décompositions ne seraient plus uniques. Et impair ne veut pas dire premier ; 9, 15 et 91 sont impairs et composés.",
      },
      de: {
        title: "Primzahlen",
        terms: "primzahl primzahlen zahl zahlen teiler teilbar faktor primfaktorzerlegung zusammengesetzt sieb eratosthenes unendlich viele",
        levels: [
          "Eine Primzahl ist eine ganze Zahl größer als 1, die sich nur durch 1 und durch sich selbst ohne Rest teilen lässt. 2, 3, 5, 7 und 11 sind Primzahlen. 6 ist keine, denn 2 mal 3 ergibt 6. Primzahlen sind wie Bausteine: Jede ganze Zahl entsteht durch Multiplizieren von Primzahlen.",
          "Eine Primzahl hat genau zwei Teiler, 1 und sich selbst; eine Zahl mit mehr Teilern ist zusammengesetzt. Jede ganze Zahl über 1 zerfällt auf genau eine Weise in Primfaktoren, das ist der Fundamentalsatz der Arithmetik. Euklid bewies, dass es unendlich viele Primzahlen gibt: Multipliziere eine endliche Liste von ihnen, addiere 1, und das Ergebnis hat einen Primfaktor, der in der Liste fehlt.",
          "Primzahlen werden langsam seltener: In der Nähe von x ist etwa jede ln x-te Zahl prim, das besagt der Primzahlsatz. Um eine Zahl zu prüfen, genügt es, Teiler bis zu ihrer Quadratwurzel zu testen, und das Sieb des Eratosthenes listet schnell alle Primzahlen unter einer Schranke. Große Primzahlen zählen in der Praxis, weil ihr Produkt leicht zu bilden, aber schwer zu zerlegen ist, und darauf beruht die RSA-Verschlüsselung.",
          "Die Primzahlzählfunktion erfüllt π(x) ∼ x/ln x, und die schärfere Näherung durch den Integrallogarithmus hat einen Fehlerterm, den die Nullstellen der Riemannschen Zetafunktion bestimmen; die Riemannsche Vermutung ist äquivalent zu einem Fehler von O(√x log x), während Primalität durch den AKS-Test in Polynomialzeit entscheidbar ist und in der Praxis mit Miller–Rabin mit hoher Sicherheit geprüft wird.",
        ],
        intuition:
          "Stell dir Zahlen als Lego-Modelle vor. Primzahlen sind die einzelnen Steine, die sich nicht in kleinere gleiche Gruppen teilen lassen. Jede andere Zahl wird aus Primzahlen zusammengesetzt, und zwar nur auf eine Art, wie nach einem eindeutigen Rezept.",
        formula: "Der Primzahlsatz sagt, wie viele Primzahlen es bis x gibt: π(x) zählt sie, und ln ist der natürliche Logarithmus:",
        example:
          "Ist 91 eine Primzahl? Ihre Quadratwurzel ist etwas über 9, also probiert man 2, 3, 5 und 7. Die 7 passt: 7 mal 13 ist 91, also ist 91 zusammengesetzt. Bis 1.000 gibt es 168 Primzahlen, und die Schätzung des Satzes, 1.000 geteilt durch ln 1.000, ergibt etwa 145.",
        caveat:
          "1 ist keine Primzahl: Sonst wären Zerlegungen nicht mehr eindeutig. Und ungerade heißt nicht prim; 9, 15 und 91 sind ungerade und zusammengesetzt.",
      },
    },
  },
  {
    id: "pythagorean-theorem",
    domain: "mathematics",
    formula: "a^2 + b^2 = c^2",
    worked: "3^2 + 4^2 = 9 + 16 = 25 = 5^2",
    text: {
      en: {
        title: "The Pythagorean theorem",
        terms: "pythagorean theorem pythagoras right triangle hypotenuse sides legs square distance",
        levels: [
          "The Pythagorean theorem is about triangles with a square corner, called right triangles. Draw a square on each side. The two small squares together have exactly the same area as the big square on the longest side. This lets you find a missing side.",
          "In a right triangle with legs a and b and hypotenuse c, the longest side opposite the right angle, the squares of the legs add up to the square of the hypotenuse. It lets you compute any side from the other two, and its converse tests whether a corner is square: if the squares add up, the angle is 90 degrees.",
          "The theorem underlies the Euclidean distance formula: the distance between two points is the square root of the summed squared coordinate differences, in any number of dimensions. Builders use the 3-4-5 triangle to square corners, and integer solutions, the Pythagorean triples, are generated by m² − n², 2mn and m² + n².",
          "Pythagoras is the special case of the law of cosines for a right angle and characterizes Euclidean geometry: in an inner-product space it becomes ‖x + y‖² = ‖x‖² + ‖y‖² for orthogonal vectors, it generalizes to Parseval's identity in Hilbert spaces, and it fails on curved surfaces, where spherical or hyperbolic trigonometry replaces it.",
        ],
        intuition:
          "If you walk 3 blocks east and 4 blocks north, the straight line back home is shorter than the 7 blocks you walked: it is 5 blocks. The theorem is the rule that gives that shortcut for any square corner.",
        formula: "With legs a and b and hypotenuse c:",
        example:
          "A ladder stands 3 metres from a wall and reaches 4 metres up. Three squared is 9, four squared is 16, and together they make 25, so the ladder is the square root of 25, exactly 5 metres long.",
        caveat:
          "It only holds when the corner is exactly square. For any other triangle, use the law of cosines, which adds a correction term that vanishes at 90 degrees.",
      },
      es: {
        title: "El teorema de Pitágoras",
        terms: "teorema pitágoras triángulo rectángulo hipotenusa catetos lados cuadrado distancia",
        levels: [
          "El teorema de Pitágoras trata de los triángulos con una esquina en ángulo recto, llamados triángulos rectángulos. Dibuja un cuadrado sobre cada lado. Los dos cuadrados pequeños juntos tienen exactamente la misma área que el cuadrado grande del lado más largo. Así puedes hallar un lado que falta.",
          "En un triángulo rectángulo con catetos a y b e hipotenusa c, el lado más largo, opuesto al ángulo recto, los cuadrados de los catetos suman el cuadrado de la hipotenusa. Permite calcular cualquier lado a partir de los otros dos, y su recíproco comprueba si una esquina es recta: si los cuadrados cuadran, el ángulo mide 90 grados.",
          "El teorema sostiene la fórmula de la distancia euclídea: la distancia entre dos puntos es la raíz cuadrada de la suma de los cuadrados de las diferencias de coordenadas, en cualquier número de dimensiones. Los albañiles usan el triángulo 3-4-5 para escuadrar esquinas, y las soluciones enteras, las ternas pitagóricas, salen de m² − n², 2mn y m² + n².",
          "Pitágoras es el caso particular del teorema del coseno para un ángulo recto y caracteriza la geometría euclídea: en un espacio con producto interior se convierte en ‖x + y‖² = ‖x‖² + ‖y‖² para vectores ortogonales, se generaliza a la identidad de Parseval en espacios de Hilbert y falla en superficies curvas, donde la trigonometría esférica o hiperbólica lo sustituye.",
        ],
        intuition:
          "Si andas 3 manzanas hacia el este y 4 hacia el norte, la línea recta de vuelta a casa es más corta que las 7 que has andado: son 5 manzanas. El teorema es la regla que da ese atajo para cualquier esquina recta.",
        formula: "Con catetos a y b e hipotenusa c:",
        example:
          "Una escalera está a 3 metros de una pared y llega a 4 metros de altura. Tres al cuadrado es 9, cuatro al cuadrado es 16, y juntos suman 25, así que la escalera mide la raíz cuadrada de 25, exactamente 5 metros.",
        caveat:
          "Solo vale cuando la esquina es exactamente recta. Para cualquier otro triángulo se usa el teorema del coseno, que añade un término de corrección que se anula a 90 grados.",
      },
      fr: {
        title: "Le théorème de Pythagore",
        terms: "théorème pythagore triangle rectangle hypoténuse côtés carré distance",
        levels: [
          "Le théorème de Pythagore parle des triangles qui ont un coin en angle droit, les triangles rectangles. Dessinez un carré sur chaque côté. Les deux petits carrés ensemble ont exactement la même aire que le grand carré posé sur le côté le plus long. Cela permet de trouver un côté manquant.",
          "Dans un triangle rectangle de côtés a et b et d'hypoténuse c, le plus long côté, opposé à l'angle droit, la somme des carrés des côtés de l'angle droit égale le carré de l'hypoténuse. On peut ainsi calculer n'importe quel côté à partir des deux autres, et la réciproque vérifie qu'un angle est droit : si les carrés s'additionnent, l'angle vaut 90 degrés.",
          "Le théorème fonde la formule de la distance euclidienne : la distance entre deux points est la racine carrée de la somme des carrés des écarts de coordonnées, en toute dimension. Les maçons utilisent le triangle 3-4-5 pour tracer des angles droits, et les solutions entières, les triplets pythagoriciens, s'obtiennent par m² − n², 2mn et m² + n².",
          "Pythagore est le cas particulier de la loi des cosinus pour un angle droit et caractérise la géométrie euclidienne : dans un espace préhilbertien il devient ‖x + y‖² = ‖x‖² + ‖y‖² pour des vecteurs orthogonaux, se généralise en identité de Parseval dans les espaces de Hilbert, et tombe en défaut sur les surfaces courbes, où la trigonométrie sphérique ou hyperbolique le remplace.",
        ],
        intuition:
          "Si vous marchez 3 rues vers l'est puis 4 vers le nord, la ligne droite pour rentrer est plus courte que les 7 rues parcourues : elle en fait 5. Le théorème est la règle qui donne ce raccourci pour n'importe quel angle droit.",
        formula: "Avec les côtés de l'angle droit a et b et l'hypoténuse c :",
        example:
          "Une échelle est posée à 3 mètres d'un mur et monte à 4 mètres. Trois au carré font 9, quatre au carré font 16, ensemble 25, donc l'échelle mesure la racine carrée de 25, exactement 5 mètres.",
        caveat:
          "Il ne vaut que si l'angle est exactement droit. Pour tout autre triangle, on utilise la loi des cosinus, qui ajoute un terme correctif nul à 90 degrés.",
      },
      de: {
        title: "Der Satz des Pythagoras",
        terms: "satz pythagoras rechtwinkliges dreieck rechtwinklig hypotenuse katheten seiten quadrat abstand",
        levels: [
          "Der Satz des Pythagoras handelt von Dreiecken mit einer rechtwinkligen Ecke, den rechtwinkligen Dreiecken. Zeichne auf jede Seite ein Quadrat. Die beiden kleinen Quadrate haben zusammen genau dieselbe Fläche wie das große Quadrat auf der längsten Seite. So findest du eine fehlende Seite.",
          "In einem rechtwinkligen Dreieck mit den Katheten a und b und der Hypotenuse c, der längsten Seite gegenüber dem rechten Winkel, ergeben die Quadrate der Katheten zusammen das Quadrat der Hypotenuse. Damit berechnet man jede Seite aus den beiden anderen, und die Umkehrung prüft, ob eine Ecke rechtwinklig ist: Gehen die Quadrate auf, beträgt der Winkel 90 Grad.",
          "Der Satz liegt der euklidischen Abstandsformel zugrunde: Der Abstand zweier Punkte ist die Wurzel aus der Summe der quadrierten Koordinatendifferenzen, in beliebig vielen Dimensionen. Handwerker nutzen das 3-4-5-Dreieck, um rechte Winkel abzustecken, und die ganzzahligen Lösungen, die pythagoreischen Tripel, entstehen aus m² − n², 2mn und m² + n².",
          "Pythagoras ist der Spezialfall des Kosinussatzes für einen rechten Winkel und kennzeichnet die euklidische Geometrie: In einem Innenproduktraum wird er zu ‖x + y‖² = ‖x‖² + ‖y‖² für orthogonale Vektoren, verallgemeinert sich zur Parsevalschen Gleichung in Hilberträumen und gilt auf gekrümmten Flächen nicht, wo sphärische oder hyperbolische Trigonometrie ihn ersetzt.",
        ],
        intuition:
          "Wenn du 3 Straßen nach Osten und 4 nach Norden gehst, ist der gerade Weg zurück kürzer als die 7 Straßen, die du gelaufen bist: Er ist 5 Straßen lang. Der Satz ist die Regel, die diese Abkürzung für jede rechtwinklige Ecke liefert.",
        formula: "Mit den Katheten a und b und der Hypotenuse c:",
        example:
          "Eine Leiter steht 3 Meter von einer Wand entfernt und reicht 4 Meter hoch. Drei zum Quadrat ist 9, vier zum Quadrat ist 16, zusammen 25, also ist die Leiter die Wurzel aus 25, genau 5 Meter lang.",
        caveat:
          "Er gilt nur, wenn die Ecke genau rechtwinklig ist. Für jedes andere Dreieck nimmt man den Kosinussatz, der einen Korrekturterm hinzufügt, der bei 90 Grad verschwindet.",
      },
    },
  },
  {
    id: "derivatives",
    domain: "mathematics",
    formula: "f'(x) = \\lim_{h \\to 0} \\frac{f(x + h) - f(x)}{h}",
    worked: "f(x) = x^2:\\ \\frac{(3 + h)^2 - 9}{h} = 6 + h \\to 6",
    text: {
      en: {
        title: "Derivatives",
        terms: "derivative derivatives differentiation differentiate calculus slope rate of change tangent limit instantaneous",
        levels: [
          "A derivative tells you how fast something is changing at one moment. If you drive a car, your speed is the derivative of the distance you travel. On a graph, it is how steep the curve is at one point. Steep means fast change, and flat means no change.",
          "The derivative of a function at a point is the slope of its tangent line there: the limit of the average rate of change over a shrinking interval. Rules make it quick to compute, for example the derivative of x² is 2x, and a derivative of zero often marks a maximum or a minimum.",
          "Differentiation is linear and obeys the product, quotient and chain rules, which together handle any formula built from elementary functions. In practice derivatives drive optimization, from gradient descent in machine learning to marginal cost in economics, and they turn physical laws into differential equations; numerically, a central difference approximates them with error of order h².",
          "Formally, f is differentiable at x when f(x + h) = f(x) + f′(x)h + o(h), which generalizes to the Fréchet derivative, the best linear approximation between normed spaces; differentiability implies continuity but not conversely, as the Weierstrass function shows, and in several variables the Jacobian matrix, or the gradient for scalar fields, plays the role of f′.",
        ],
        intuition:
          "Zoom in far enough on any smooth curve and it looks like a straight line. The derivative is the steepness of that tiny straight piece: how much the output rises for each small step you take along the input.",
        formula: "The derivative f′(x) is the limit of the slope between x and a point a step h away, as the step shrinks to zero:",
        example:
          "Take f(x) equal to x squared at x equal to 3. Step a little, to 3 plus h: the rise is 6h plus h squared, so the slope is 6 plus h. As h shrinks to zero the slope becomes 6, which matches the rule 2x with x equal to 3.",
        caveat:
          "Not every function has a derivative everywhere: the absolute value has a sharp corner at zero where no single tangent exists. And a zero derivative does not always mean a maximum or minimum; x cubed is flat at zero but keeps rising.",
      },
      es: {
        title: "Las derivadas",
        terms: "derivada derivadas derivación derivar cálculo pendiente tasa de cambio tangente límite instantánea",
        levels: [
          "Una derivada dice lo rápido que cambia algo en un momento concreto. Si conduces un coche, tu velocidad es la derivada de la distancia recorrida. En una gráfica, es lo empinada que está la curva en un punto. Empinada significa cambio rápido, y plana significa que no cambia.",
          "La derivada de una función en un punto es la pendiente de su recta tangente ahí: el límite de la tasa media de cambio sobre un intervalo que se encoge. Hay reglas para calcularla rápido, por ejemplo la derivada de x² es 2x, y una derivada nula suele marcar un máximo o un mínimo.",
          "La derivación es lineal y obedece las reglas del producto, del cociente y de la cadena, que juntas resuelven cualquier fórmula hecha de funciones elementales. En la práctica, las derivadas mueven la optimización, del descenso por gradiente en aprendizaje automático al coste marginal en economía, y convierten leyes físicas en ecuaciones diferenciales; numéricamente, una diferencia centrada las aproxima con error de orden h².",
          "Formalmente, f es derivable en x cuando f(x + h) = f(x) + f′(x)h + o(h), lo que se generaliza en la derivada de Fréchet, la mejor aproximación lineal entre espacios normados; la derivabilidad implica continuidad pero no al revés, como muestra la función de Weierstrass, y en varias variables la matriz jacobiana, o el gradiente para campos escalares, hace el papel de f′.",
        ],
        intuition:
          "Si haces suficiente zoom sobre cualquier curva suave, parece una línea recta. La derivada es la inclinación de ese trocito recto: cuánto sube el resultado por cada pasito que das en la entrada.",
        formula: "La derivada f′(x) es el límite de la pendiente entre x y un punto a un paso h, cuando el paso se encoge hasta cero:",
        example:
          "Toma f(x) igual a x al cuadrado en x igual a 3. Avanza un poco, a 3 más h: la subida es 6h más h al cuadrado, así que la pendiente es 6 más h. Cuando h se encoge hasta cero, la pendiente queda en 6, lo que coincide con la regla 2x para x igual a 3.",
        caveat:
          "No toda función tiene derivada en todas partes: el valor absoluto tiene una esquina en cero donde no hay una única tangente. Y una derivada nula no siempre es un máximo o un mínimo; x al cubo es plana en cero pero sigue subiendo.",
      },
      fr: {
        title: "Les dérivées",
        terms: "dérivée dérivées dérivation dériver calcul différentiel pente taux de variation tangente limite instantané",
        levels: [
          "Une dérivée dit à quelle vitesse quelque chose change à un instant précis. En voiture, votre vitesse est la dérivée de la distance parcourue. Sur un graphique, c'est la raideur de la courbe en un point. Raide veut dire changement rapide, plat veut dire aucun changement.",
          "La dérivée d'une fonction en un point est la pente de sa tangente en ce point : la limite du taux de variation moyen sur un intervalle qui rétrécit. Des règles permettent de la calculer vite, par exemple la dérivée de x² est 2x, et une dérivée nulle signale souvent un maximum ou un minimum.",
          "La dérivation est linéaire et suit les règles du produit, du quotient et de la composition, qui traitent ensemble toute formule bâtie sur les fonctions usuelles. En pratique, les dérivées pilotent l'optimisation, de la descente de gradient en apprentissage automatique au coût marginal en économie, et font des lois physiques des équations différentielles ; numériquement, une différence centrée les approche avec une erreur d'ordre h².",
          "Formellement, f est dérivable en x quand f(x + h) = f(x) + f′(x)h + o(h), ce qui se généralise en différentielle de Fréchet, la meilleure approximation linéaire entre espaces normés ; la dérivabilité implique la continuité mais pas l'inverse, comme le montre la fonction de Weierstrass, et en plusieurs variables la matrice jacobienne, ou le gradient pour un champ scalaire, joue le rôle de f′.",
        ],
        intuition:
          "Zoomez assez sur une courbe lisse et elle ressemble à une droite. La dérivée est la pente de ce minuscule morceau droit : de combien la sortie monte pour chaque petit pas fait sur l'entrée.",
        formula: "La dérivée f′(x) est la limite de la pente entre x et un point situé à un pas h, quand le pas tend vers zéro :",
        example:
          "Prenez f(x) égal à x au carré en x égal à 3. Avancez un peu, jusqu'à 3 plus h : la hausse vaut 6h plus h au carré, donc la pente vaut 6 plus h. Quand h tend vers zéro, la pente devient 6, ce qui correspond à la règle 2x pour x égal à 3.",
        caveat:
          "Toute fonction n'est pas dérivable partout : la valeur absolue a un coin en zéro où il n'y a pas de tangente unique. Et une dérivée nulle n'est pas toujours un maximum ou un minimum ; x au cube est plat en zéro mais continue de monter.",
      },
      de: {
        title: "Ableitungen",
        terms: "ableitung ableitungen differenzieren differentialrechnung analysis steigung änderungsrate tangente grenzwert momentan",
        levels: [
          "Eine Ableitung sagt, wie schnell sich etwas in einem Moment ändert. Wenn du Auto fährst, ist deine Geschwindigkeit die Ableitung der zurückgelegten Strecke. In einem Diagramm ist sie die Steilheit der Kurve an einem Punkt. Steil heißt schnelle Änderung, flach heißt keine Änderung.",
          "Die Ableitung einer Funktion an einer Stelle ist die Steigung ihrer Tangente dort: der Grenzwert der mittleren Änderungsrate über ein schrumpfendes Intervall. Regeln machen die Berechnung schnell, zum Beispiel ist die Ableitung von x² gleich 2x, und eine Ableitung von null markiert oft ein Maximum oder Minimum.",
          "Differenzieren ist linear und folgt der Produkt-, Quotienten- und Kettenregel, die zusammen jede Formel aus elementaren Funktionen erledigen. In der Praxis treiben Ableitungen die Optimierung an, vom Gradientenabstieg im maschinellen Lernen bis zu Grenzkosten in der Ökonomie, und machen aus physikalischen Gesetzen Differentialgleichungen; numerisch nähert ein zentraler Differenzenquotient sie mit einem Fehler der Ordnung h².",
          "Formal ist f in x differenzierbar, wenn f(x + h) = f(x) + f′(x)h + o(h) gilt, was sich zur Fréchet-Ableitung verallgemeinert, der besten linearen Näherung zwischen normierten Räumen; Differenzierbarkeit impliziert Stetigkeit, aber nicht umgekehrt, wie die Weierstraß-Funktion zeigt, und in mehreren Variablen übernimmt die Jacobi-Matrix, bei Skalarfeldern der Gradient, die Rolle von f′.",
        ],
        intuition:
          "Zoomt man weit genug in eine glatte Kurve hinein, sieht sie wie eine Gerade aus. Die Ableitung ist die Steilheit dieses winzigen geraden Stücks: wie stark die Ausgabe für jeden kleinen Schritt der Eingabe steigt.",
        formula: "Die Ableitung f′(x) ist der Grenzwert der Steigung zwischen x und einem Punkt im Abstand h, wenn der Schritt gegen null geht:",
        example:
          "Nimm f(x) gleich x zum Quadrat an der Stelle 3. Geh ein wenig weiter, zu 3 plus h: Der Anstieg ist 6h plus h zum Quadrat, die Steigung also 6 plus h. Geht h gegen null, wird die Steigung 6, passend zur Regel 2x an der Stelle 3.",
        caveat:
          "Nicht jede Funktion ist überall differenzierbar: Der Betrag hat bei null einen Knick ohne eindeutige Tangente. Und eine Ableitung von null ist nicht immer ein Maximum oder Minimum; x hoch drei ist bei null flach, steigt aber weiter.",
      },
    },
  },
];
