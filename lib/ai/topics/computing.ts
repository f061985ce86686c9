/** Computing: hash tables, sorting, recursion. */
import type { Topic } from "./types";

export const COMPUTING: readonly Topic[] = [
  {
    id: "hash-tables",
    domain: "computing",
    formula: "h(k) = k \\bmod m, \\qquad \\alpha = \\frac{n}{m}, \\qquad \\mathbb{E}[\\text{probes}] \\approx 1 + \\frac{\\alpha}{2}",
    worked: "h(42) = 42 \\bmod 10 = 2 = h(12)",
    code: {
      language: "python",
      source: [
        "class HashTable:",
        "    def __init__(self, size=8):",
        "        self.buckets = [[] for _ in range(size)]",
        "",
        "    def put(self, key, value):",
        "        bucket = self.buckets[hash(key) % len(self.buckets)]",
        "        for i, (k, _) in enumerate(bucket):",
        "            if k == key:",
        "                bucket[i] = (key, value)  # same key: replace",
        "                return",
        "        bucket.append((key, value))  # a collision just joins the chain",
        "",
        "    def get(self, key):",
        "        bucket = self.buckets[hash(key) % len(self.buckets)]",
        "        return next((v for k, v in bucket if k == key), None)",
      ].join("\n"),
    },
    text: {
      en: {
        title: "Hash tables and collisions",
        terms: "hash table hashtable hashmap hash map dictionary collision collisions bucket chaining probing lookup key",
        levels: [
          "A hash table stores things by a name, or key, so it can find them fast. It turns the key into a number, and the number says which box to use. Sometimes two keys get the same box. That is a collision, and the table keeps both, for example in a short list inside the box.",
          "A hash table maps keys to values through a hash function that turns each key into a bucket index. Two keys can land in the same bucket, a collision; separate chaining keeps a small list per bucket, while open addressing probes for the next free slot. Lookups stay fast on average as long as the table is not too full.",
          "Performance depends on the load factor, the number of entries divided by the number of buckets. With chaining, lookups take expected constant time for a load factor near 1; with linear probing you resize well before the table fills, because clusters grow. Good implementations double the table and rehash when the load factor passes a threshold, so inserts are amortized constant time.",
          "Under simple uniform hashing, chaining gives an expected cost of 1 + α per successful search, and linear probing about (1 + 1/(1 − α))/2, so clustering dominates as α approaches 1; universal hashing bounds the worst case against adversarial keys, cuckoo hashing gives worst-case constant lookups, and Robin Hood probing reduces the variance of probe lengths.",
        ],
        intuition:
          "Picture a coat check with numbered hooks. A rule turns your name into a hook number, so nobody searches the whole room. If two names give the same hook, both coats hang there and the attendant checks the tags. As long as few coats share a hook, finding yours is quick.",
        formula: "A simple hash takes the key k modulo the number of buckets m; the load factor α is entries n over buckets m, and it sets the expected cost of a search:",
        example:
          "With 10 buckets and the hash key mod 10, the key 42 goes to bucket 2. Insert 12 next and it also goes to bucket 2: a collision. With chaining, bucket 2 now holds a list of two entries, and looking up 12 checks at most those two.",
        caveat:
          "A hash table is only as good as its hash function: a poor one puts many keys in the same bucket and every lookup turns into a slow search. It also keeps no order, so use a tree instead when you need the keys sorted.",
      },
      es: {
        title: "Tablas hash y colisiones",
        terms: "tabla hash tablas diccionario mapa colisión colisiones cubeta encadenamiento sondeo búsqueda clave",
        levels: [
          "Una tabla hash guarda cosas por un nombre, o clave, para encontrarlas rápido. Convierte la clave en un número, y el número dice qué caja usar. A veces dos claves caen en la misma caja. Eso es una colisión, y la tabla guarda las dos, por ejemplo en una lista corta dentro de la caja.",
          "Una tabla hash asocia claves a valores mediante una función hash que convierte cada clave en el índice de una cubeta. Dos claves pueden caer en la misma cubeta, una colisión; el encadenamiento guarda una lista por cubeta y el direccionamiento abierto busca la siguiente casilla libre. Las búsquedas siguen siendo rápidas mientras la tabla no esté muy llena.",
          "El rendimiento depende del factor de carga, el número de entradas dividido por el de cubetas. Con encadenamiento, las búsquedas cuestan tiempo constante esperado con un factor de carga cercano a 1; con sondeo lineal conviene redimensionar mucho antes de llenarse, porque los grupos crecen. Las buenas implementaciones duplican la tabla y rehacen el hash al pasar un umbral, así que insertar cuesta tiempo constante amortizado.",
          "Con hashing uniforme simple, el encadenamiento da un coste esperado de 1 + α por búsqueda con éxito y el sondeo lineal unos (1 + 1/(1 − α))/2, así que el agrupamiento domina cuando α se acerca a 1; el hashing universal acota el peor caso frente a claves adversarias, el cuckoo hashing da búsquedas de peor caso constante y el sondeo Robin Hood reduce la varianza de las longitudes de sondeo.",
        ],
        intuition:
          "Imagina un guardarropa con perchas numeradas. Una regla convierte tu nombre en un número de percha, y nadie tiene que buscar por toda la sala. Si dos nombres dan la misma percha, los dos abrigos cuelgan ahí y el encargado mira las etiquetas. Mientras pocos abrigos compartan percha, encontrar el tuyo es rápido.",
        formula: "Un hash sencillo toma la clave k módulo el número de cubetas m; el factor de carga α es el número de entradas n entre las cubetas m, y fija el coste esperado de una búsqueda:",
        example:
          "Con 10 cubetas y el hash clave mod 10, la clave 42 va a la cubeta 2. Si luego insertas 12, también va a la cubeta 2: una colisión. Con encadenamiento, la cubeta 2 guarda una lista de dos entradas, y buscar 12 revisa como mucho esas dos.",
        caveat:
          "Una tabla hash es tan buena como su función hash: una mala mete muchas claves en la misma cubeta y cada búsqueda se vuelve lenta. Además no guarda orden, así que usa un árbol si necesitas las claves ordenadas.",
      },
      fr: {
        title: "Tables de hachage et collisions",
        terms: "table hachage tables hash dictionnaire collision collisions alvéole chaînage sondage recherche clé",
        levels: [
          "Une table de hachage range des choses par un nom, ou clé, pour les retrouver vite. Elle transforme la clé en nombre, et ce nombre dit quelle case utiliser. Parfois deux clés tombent dans la même case. C'est une collision, et la table garde les deux, par exemple dans une petite liste dans la case.",
          "Une table de hachage associe des clés à des valeurs grâce à une fonction de hachage qui transforme chaque clé en indice de case. Deux clés peuvent tomber dans la même case : une collision ; le chaînage garde une liste par case, l'adressage ouvert cherche la prochaine case libre. Les recherches restent rapides tant que la table n'est pas trop pleine.",
          "Les performances dépendent du facteur de charge, le nombre d'entrées divisé par le nombre de cases. Avec le chaînage, une recherche coûte un temps constant en moyenne pour un facteur de charge proche de 1 ; avec le sondage linéaire on redimensionne bien avant que la table soit pleine, car les grappes grossissent. Les bonnes implémentations doublent la table et rehachent au-delà d'un seuil, si bien qu'une insertion coûte un temps constant amorti.",
          "Sous l'hypothèse de hachage uniforme simple, le chaînage coûte en moyenne 1 + α par recherche fructueuse et le sondage linéaire environ (1 + 1/(1 − α))/2, donc le regroupement domine quand α tend vers 1 ; le hachage universel borne le pire cas face à des clés adverses, le hachage coucou garantit des recherches en temps constant au pire, et le sondage Robin Hood réduit la variance des longueurs de sondage.",
        ],
        intuition:
          "Pensez à un vestiaire aux crochets numérotés. Une règle transforme votre nom en numéro de crochet, et personne ne fouille toute la salle. Si deux noms donnent le même crochet, les deux manteaux y pendent et le préposé lit les étiquettes. Tant que peu de manteaux partagent un crochet, retrouver le vôtre est rapide.",
        formula: "Un hachage simple prend la clé k modulo le nombre de cases m ; le facteur de charge α est le nombre d'entrées n divisé par m, et il fixe le coût moyen d'une recherche :",
        example:
          "Avec 10 cases et le hachage clé mod 10, la clé 42 va dans la case 2. Insérez ensuite 12 : elle va aussi dans la case 2, c'est une collision. Avec le chaînage, la case 2 contient une liste de deux entrées, et chercher 12 examine au plus ces deux-là.",
        caveat:
          "Une table de hachage ne vaut que par sa fonction de hachage : une mauvaise fonction envoie beaucoup de clés dans la même case et chaque recherche devient lente. Elle ne garde pas non plus d'ordre ; prenez un arbre si les clés doivent rester triées.",
      },
      de: {
        title: "Hashtabellen und Kollisionen",
        terms: "hashtabelle hashtabellen hash tabelle streuwerttabelle wörterbuch kollision kollisionen bucket verkettung sondieren suche schlüssel",
        levels: [
          "Eine Hashtabelle speichert Dinge unter einem Namen, dem Schlüssel, damit sie sie schnell wiederfindet. Sie macht aus dem Schlüssel eine Zahl, und die Zahl sagt, welches Fach benutzt wird. Manchmal landen zwei Schlüssel im selben Fach. Das ist eine Kollision, und die Tabelle behält beide, zum Beispiel in einer kurzen Liste im Fach.",
          "Eine Hashtabelle ordnet Schlüsseln Werte zu, über eine Hashfunktion, die jeden Schlüssel in einen Bucket-Index verwandelt. Zwei Schlüssel können im selben Bucket landen, eine Kollision; Verkettung hält eine kleine Liste pro Bucket, offene Adressierung sucht den nächsten freien Platz. Suchen bleiben im Mittel schnell, solange die Tabelle nicht zu voll ist.",
          "Die Leistung hängt vom Füllgrad ab, der Zahl der Einträge geteilt durch die Zahl der Buckets. Mit Verkettung kostet eine Suche bei einem Füllgrad um 1 erwartet konstante Zeit; mit linearer Sondierung vergrößert man lange vor dem Vollwerden, weil Cluster wachsen. Gute Implementierungen verdoppeln die Tabelle und hashen neu, sobald der Füllgrad eine Schwelle überschreitet, daher kostet Einfügen amortisiert konstante Zeit.",
          "Unter einfachem gleichverteiltem Hashing kostet Verkettung erwartet 1 + α pro erfolgreicher Suche und lineare Sondierung etwa (1 + 1/(1 − α))/2, sodass Clusterbildung dominiert, wenn α gegen 1 geht; universelles Hashing begrenzt den schlimmsten Fall gegen feindliche Schlüssel, Kuckucks-Hashing liefert Suchen in konstanter Zeit im schlimmsten Fall, und Robin-Hood-Sondierung senkt die Varianz der Sondierlängen.",
        ],
        intuition:
          "Stell dir eine Garderobe mit nummerierten Haken vor. Eine Regel macht aus deinem Namen eine Hakennummer, also muss niemand den ganzen Raum absuchen. Ergeben zwei Namen denselben Haken, hängen beide Mäntel dort, und die Garderobiere liest die Marken. Solange sich wenige Mäntel einen Haken teilen, findest du deinen schnell.",
        formula: "Ein einfacher Hash nimmt den Schlüssel k modulo der Zahl der Buckets m; der Füllgrad α ist die Zahl der Einträge n durch m und bestimmt die erwarteten Kosten einer Suche:",
        example:
          "Mit 10 Buckets und dem Hash Schlüssel mod 10 kommt der Schlüssel 42 in Bucket 2. Fügt man danach 12 ein, landet auch sie in Bucket 2: eine Kollision. Mit Verkettung hält Bucket 2 jetzt eine Liste mit zwei Einträgen, und die Suche nach 12 prüft höchstens diese beiden.",
        caveat:
          "Eine Hashtabelle ist nur so gut wie ihre Hashfunktion: Eine schlechte legt viele Schlüssel in denselben Bucket, und jede Suche wird langsam. Außerdem kennt sie keine Reihenfolge; für sortierte Schlüssel nimmt man einen Baum.",
      },
    },
  },
  {
    id: "sorting",
    domain: "computing",
    formula: "T(n) = 2\\,T\\!\\left(\\frac{n}{2}\\right) + n \\;\\Rightarrow\\; T(n) = O(n \\log n)",
    worked: "n = 1024:\\ n \\log_2 n = 10240 \\ll n^2 = 1048576",
    code: {
      language: "python",
      source: [
        "def merge_sort(items):",
        "    if len(items) <= 1:",
        "        return items",
        "    mid = len(items) // 2",
        "    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])",
        "    merged = []",
        "    while left and right:  # take the smaller head each time",
        "        merged.append(left.pop(0) if left[0] <= right[0] else right.pop(0))",
        "    return merged + left + right",
      ].join("\n"),
    },
    text: {
      en: {
        title: "Sorting algorithms",
        terms: "sort sorting sorted algorithm algorithms merge sort quicksort quick bubble order ordering list array",
        levels: [
          "Sorting means putting things in order, like names from A to Z. A computer does it by comparing two items at a time and moving them. Some ways are slow, like checking every pair. Clever ways split the list into small parts, sort those, and join them back together.",
          "Simple sorts such as bubble sort or insertion sort compare neighbours and take time proportional to n² for n items. Merge sort splits the list in half, sorts each half and merges them; quicksort picks a pivot and partitions around it. Both take about n log n steps, which is far faster for large lists.",
          "No comparison sort can beat n log n comparisons in the worst case, because it must tell apart n! possible orders. In practice, quicksort is fast in memory, merge sort is stable and suits linked lists and external data, and library sorts such as Timsort or introsort mix strategies and exploit runs that are already in order.",
          "The lower bound follows from a decision tree with n! leaves, of height at least log₂ n! = Θ(n log n); non-comparison sorts like radix sort escape it in O(nk) for k-digit keys. Introsort bounds quicksort's O(n²) worst case by switching to heapsort, pdqsort adds pattern-defeating pivots, and Timsort's galloping merges achieve O(n) on presorted input while staying stable.",
        ],
        intuition:
          "Sorting a deck of cards by hand is slow if you compare every card with every other. Split the deck among friends, let each sort a small pile, then merge the piles by always taking the smaller top card. Halving again and again is what makes the clever methods fast.",
        formula: "Merge sort's running time T(n) is two half-size sorts plus a linear merge, which solves to n log n:",
        example:
          "For 1,024 items, a simple sort makes about a million comparisons, since 1,024 squared is 1,048,576. Merge sort makes about 1,024 times 10, roughly 10,000, because you can halve 1,024 ten times. That is a hundred times fewer.",
        caveat:
          "Big-O hides constants: for a dozen items insertion sort often beats merge sort, which is why real library sorts switch to it for small pieces. Also check whether you need a stable sort, one that keeps equal items in their original order.",
      },
      es: {
        title: "Algoritmos de ordenación",
        terms: "ordenar ordenación ordenamiento algoritmo algoritmos merge sort mezcla quicksort rápido burbuja orden lista arreglo",
        levels: [
          "Ordenar es poner cosas en orden, como nombres de la A a la Z. Un ordenador lo hace comparando dos elementos cada vez y moviéndolos. Algunas formas son lentas, como mirar cada pareja. Las formas listas dividen la lista en partes pequeñas, las ordenan y las vuelven a juntar.",
          "Las ordenaciones sencillas, como la de burbuja o la de inserción, comparan vecinos y tardan un tiempo proporcional a n² para n elementos. La ordenación por mezcla parte la lista en dos, ordena cada mitad y las mezcla; quicksort elige un pivote y reparte alrededor de él. Ambas necesitan unos n log n pasos, mucho más rápido en listas grandes.",
          "Ninguna ordenación por comparaciones puede bajar de n log n comparaciones en el peor caso, porque tiene que distinguir n! órdenes posibles. En la práctica, quicksort es rápido en memoria, la ordenación por mezcla es estable y sirve para listas enlazadas y datos externos, y las de biblioteca como Timsort o introsort combinan estrategias y aprovechan tramos ya ordenados.",
          "La cota inferior sale de un árbol de decisión con n! hojas, de altura al menos log₂ n! = Θ(n log n); las ordenaciones sin comparaciones como radix sort la evitan en O(nk) para claves de k dígitos. Introsort acota el peor caso O(n²) de quicksort pasando a heapsort, pdqsort añade pivotes que desactivan patrones y las mezclas con galope de Timsort logran O(n) en entradas ya ordenadas sin perder estabilidad.",
        ],
        intuition:
          "Ordenar a mano una baraja es lento si comparas cada carta con todas las demás. Reparte la baraja entre amigos, que cada uno ordene un montón pequeño, y luego junta los montones tomando siempre la carta de arriba más baja. Partir por la mitad una y otra vez es lo que hace rápidos los métodos listos.",
        formula: "El tiempo T(n) de la ordenación por mezcla son dos ordenaciones de la mitad más una mezcla lineal, lo que da n log n:",
        example:
          "Para 1.024 elementos, una ordenación sencilla hace alrededor de un millón de comparaciones, porque 1.024 al cuadrado es 1.048.576. La ordenación por mezcla hace unas 1.024 por 10, unas 10.000, porque 1.024 se puede partir por la mitad diez veces. Son cien veces menos.",
        caveat:
          "La notación O esconde constantes: con una docena de elementos la ordenación por inserción suele ganar a la de mezcla, y por eso las bibliotecas cambian a ella en trozos pequeños. Mira también si necesitas una ordenación estable, que deje los elementos iguales en su orden original.",
      },
      fr: {
        title: "Les algorithmes de tri",
        terms: "tri trier trié algorithme algorithmes tri fusion rapide quicksort bulles ordre ordonner liste tableau",
        levels: [
          "Trier, c'est mettre des choses dans l'ordre, comme des noms de A à Z. Un ordinateur le fait en comparant deux éléments à la fois et en les déplaçant. Certaines méthodes sont lentes, comme comparer toutes les paires. Les méthodes astucieuses coupent la liste en petits morceaux, les trient, puis les recollent.",
          "Les tris simples comme le tri à bulles ou le tri par insertion comparent des voisins et prennent un temps proportionnel à n² pour n éléments. Le tri fusion coupe la liste en deux, trie chaque moitié et les fusionne ; le tri rapide choisit un pivot et partitionne autour de lui. Les deux font environ n log n étapes, bien plus rapide sur de grandes listes.",
          "Aucun tri par comparaisons ne peut descendre sous n log n comparaisons dans le pire cas, car il doit distinguer n! ordres possibles. En pratique, le tri rapide est rapide en mémoire, le tri fusion est stable et convient aux listes chaînées et aux données externes, et les tris de bibliothèque comme Timsort ou introsort combinent des stratégies et exploitent les séquences déjà triées.",
          "La borne inférieure vient d'un arbre de décision à n! feuilles, de hauteur au moins log₂ n! = Θ(n log n) ; les tris sans comparaison comme le tri par base y échappent en O(nk) pour des clés de k chiffres. Introsort borne le pire cas O(n²) du tri rapide en passant au tri par tas, pdqsort ajoute des pivots qui déjouent les motifs, et les fusions galopantes de Timsort atteignent O(n) sur une entrée déjà triée tout en restant stables.",
        ],
        intuition:
          "Trier un jeu de cartes à la main est lent si l'on compare chaque carte à toutes les autres. Partagez le jeu entre amis, que chacun trie un petit paquet, puis fusionnez les paquets en prenant toujours la plus petite carte du dessus. Couper en deux encore et encore, voilà ce qui rend les méthodes astucieuses rapides.",
        formula: "Le temps T(n) du tri fusion, ce sont deux tris de taille moitié plus une fusion linéaire, ce qui donne n log n :",
        example:
          "Pour 1 024 éléments, un tri simple fait environ un million de comparaisons, puisque 1 024 au carré vaut 1 048 576. Le tri fusion en fait environ 1 024 fois 10, soit à peu près 10 000, car on peut couper 1 024 en deux dix fois. C'est cent fois moins.",
        caveat:
          "La notation O cache des constantes : pour une douzaine d'éléments, le tri par insertion bat souvent le tri fusion, c'est pourquoi les bibliothèques y passent pour les petits morceaux. Vérifiez aussi si vous avez besoin d'un tri stable, qui garde les éléments égaux dans leur ordre d'origine.",
      },
      de: {
        title: "Sortieralgorithmen",
        terms: "sortieren sortierung sortiert algorithmus algorithmen mergesort quicksort bubblesort reihenfolge ordnen liste array",
        levels: [
          "Sortieren heißt, Dinge in eine Reihenfolge zu bringen, etwa Namen von A bis Z. Ein Computer vergleicht dazu immer zwei Elemente und verschiebt sie. Manche Wege sind langsam, etwa jedes Paar zu prüfen. Geschickte Wege teilen die Liste in kleine Teile, sortieren diese und fügen sie wieder zusammen.",
          "Einfache Verfahren wie Bubblesort oder Insertionsort vergleichen Nachbarn und brauchen Zeit proportional zu n² für n Elemente. Mergesort halbiert die Liste, sortiert beide Hälften und mischt sie; Quicksort wählt ein Pivotelement und teilt um es herum auf. Beide brauchen etwa n log n Schritte, bei großen Listen viel schneller.",
          "Kein vergleichsbasiertes Verfahren kommt im schlimmsten Fall mit weniger als n log n Vergleichen aus, weil es n! mögliche Reihenfolgen unterscheiden muss. In der Praxis ist Quicksort im Speicher schnell, Mergesort stabil und gut für verkettete Listen und externe Daten, und Bibliotheksverfahren wie Timsort oder Introsort kombinieren Strategien und nutzen schon sortierte Abschnitte.",
          "Die untere Schranke folgt aus einem Entscheidungsbaum mit n! Blättern und einer Höhe von mindestens log₂ n! = Θ(n log n); nicht vergleichsbasierte Verfahren wie Radixsort umgehen sie mit O(nk) für k-stellige Schlüssel. Introsort begrenzt den O(n²)-Fall von Quicksort durch den Wechsel zu Heapsort, pdqsort ergänzt musterbrechende Pivots, und die galoppierenden Merges von Timsort erreichen O(n) auf vorsortierten Eingaben und bleiben stabil.",
        ],
        intuition:
          "Ein Kartenspiel von Hand zu sortieren dauert lange, wenn man jede Karte mit jeder anderen vergleicht. Verteil das Spiel an Freunde, lass jeden einen kleinen Stapel sortieren und füge die Stapel zusammen, indem du immer die kleinere oberste Karte nimmst. Das wiederholte Halbieren macht die geschickten Verfahren schnell.",
        formula: "Die Laufzeit T(n) von Mergesort sind zwei Sortierungen halber Größe plus ein lineares Mischen, und das ergibt n log n:",
        example:
          "Für 1.024 Elemente macht ein einfaches Verfahren etwa eine Million Vergleiche, denn 1.024 zum Quadrat ist 1.048.576. Mergesort braucht etwa 1.024 mal 10, rund 10.000, weil man 1.024 zehnmal halbieren kann. Das ist hundertmal weniger.",
        caveat:
          "Die O-Notation verschweigt Konstanten: Bei einem Dutzend Elementen schlägt Insertionsort oft Mergesort, deshalb wechseln Bibliotheken bei kleinen Stücken dorthin. Prüfe auch, ob du ein stabiles Verfahren brauchst, das gleiche Elemente in ihrer ursprünglichen Reihenfolge lässt.",
      },
    },
  },
  {
    id: "recursion",
    domain: "computing",
    formula: "n! = \\begin{cases} 1 & n = 0 \\\\ n \\cdot (n-1)! & n > 0 \\end{cases}",
    worked: "4! = 4 \\cdot 3! = 4 \\cdot 3 \\cdot 2 \\cdot 1 = 24",
    code: {
      language: "python",
      source: [
        "def factorial(n):",
        "    if n == 0:  # base case: stops the recursion",
        "        return 1",
        "    return n * factorial(n - 1)  # a smaller copy of the same problem",
        "",
        "print(factorial(4))  # 24",
      ].join("\n"),
    },
    text: {
      en: {
        title: "Recursion",
        terms: "recursion recursive function calls itself base case call stack factorial divide conquer stack overflow",
        levels: [
          "Recursion is when a task is solved by doing a smaller copy of the same task. A function calls itself with a smaller problem. It keeps going until the problem is so small that the answer is obvious. That stopping point is called the base case.",
          "A recursive function has two parts: a base case that returns directly, and a recursive case that calls the function on a smaller input and combines the result. Each call waits on the call stack until the smaller one returns. Without a base case, or without shrinking the input, the calls never end and the stack overflows.",
          "Recursion fits problems with self-similar structure: trees, nested data, divide-and-conquer algorithms such as merge sort, and backtracking searches. Every pending call costs a stack frame, so deep recursion can hit a stack limit; memoization removes repeated subproblems, and tail calls or an explicit stack turn deep recursion into iteration.",
          "Formally, structural recursion mirrors an inductive definition, and its correctness proof is an induction on the input's size; the cost follows from a recurrence solved by the master theorem, and while tail-call elimination makes tail recursion run in constant stack space, general recursion can be mechanically converted into a loop through continuation-passing style or defunctionalization.",
        ],
        intuition:
          "Think of a set of nesting dolls. To count them, open the outer doll and count the dolls inside, which is the same job, only smaller. When you reach the tiny solid doll, you stop: that one is easy. Then the answers add up on the way back out.",
        formula: "The factorial is the classic recursive definition: a base case for zero and a rule that uses a smaller factorial:",
        example:
          "To compute the factorial of 4, the function asks for the factorial of 3, which asks for 2, then 1, then 0. The factorial of 0 is 1, the base case. Coming back up: 1 times 1 is 1, times 2 is 2, times 3 is 6, times 4 is 24.",
        caveat:
          "Recursion that recomputes the same subproblem many times can be extremely slow: the naive recursive Fibonacci takes exponential time. Cache the results, or write a loop, and watch the stack depth in languages without tail-call elimination.",
      },
      es: {
        title: "La recursividad",
        terms: "recursividad recursión recursiva recursivo función se llama a sí misma caso base pila llamadas factorial divide vencerás desbordamiento",
        levels: [
          "La recursividad es resolver una tarea haciendo una copia más pequeña de la misma tarea. Una función se llama a sí misma con un problema más pequeño. Sigue así hasta que el problema es tan pequeño que la respuesta es obvia. Ese punto de parada se llama caso base.",
          "Una función recursiva tiene dos partes: un caso base que devuelve directamente y un caso recursivo que llama a la función con una entrada más pequeña y combina el resultado. Cada llamada espera en la pila hasta que vuelve la más pequeña. Sin caso base, o si la entrada no se reduce, las llamadas no acaban y la pila se desborda.",
          "La recursividad encaja en problemas con estructura autosemejante: árboles, datos anidados, algoritmos de divide y vencerás como la ordenación por mezcla y búsquedas con vuelta atrás. Cada llamada pendiente ocupa un marco de pila, así que una recursión profunda puede chocar con el límite; la memoización elimina subproblemas repetidos, y las llamadas de cola o una pila explícita convierten la recursión en iteración.",
          "Formalmente, la recursión estructural refleja una definición inductiva y su prueba de corrección es una inducción sobre el tamaño de la entrada; el coste sale de una recurrencia resuelta con el teorema maestro, y mientras la eliminación de llamadas de cola ejecuta la recursión de cola en espacio de pila constante, la recursión general puede convertirse mecánicamente en un bucle mediante el estilo de paso de continuaciones o la desfuncionalización.",
        ],
        intuition:
          "Piensa en unas muñecas rusas. Para contarlas, abres la grande y cuentas las de dentro, que es el mismo trabajo, solo que más pequeño. Cuando llegas a la muñeca diminuta y maciza, paras: esa es fácil. Luego las respuestas se suman al volver hacia fuera.",
        formula: "El factorial es la definición recursiva clásica: un caso base para cero y una regla que usa un factorial más pequeño:",
        example:
          "Para calcular el factorial de 4, la función pide el factorial de 3, que pide el de 2, luego el de 1 y luego el de 0. El factorial de 0 es 1, el caso base. Al volver: 1 por 1 es 1, por 2 es 2, por 3 es 6 y por 4 es 24.",
        caveat:
          "Una recursión que recalcula muchas veces el mismo subproblema puede ser lentísima: el Fibonacci recursivo ingenuo tarda un tiempo exponencial. Guarda los resultados o escribe un bucle, y vigila la profundidad de la pila en lenguajes sin eliminación de llamadas de cola.",
      },
      fr: {
        title: "La récursivité",
        terms: "récursivité récursion récursive récursif fonction s'appelle elle-même cas de base pile d'appels factorielle diviser régner débordement",
        levels: [
          "La récursivité, c'est résoudre une tâche en faisant une copie plus petite de la même tâche. Une fonction s'appelle elle-même avec un problème plus petit. Elle continue jusqu'à ce que le problème soit si petit que la réponse est évidente. Ce point d'arrêt s'appelle le cas de base.",
          "Une fonction récursive a deux parties : un cas de base qui répond directement, et un cas récursif qui appelle la fonction sur une entrée plus petite et combine le résultat. Chaque appel attend sur la pile d'appels que le plus petit revienne. Sans cas de base, ou si l'entrée ne diminue pas, les appels ne finissent jamais et la pile déborde.",
          "La récursivité convient aux problèmes à structure autosimilaire : arbres, données imbriquées, algorithmes diviser pour régner comme le tri fusion, et recherches avec retour arrière. Chaque appel en attente coûte un cadre de pile, donc une récursion profonde peut atteindre la limite ; la mémoïsation supprime les sous-problèmes répétés, et les appels terminaux ou une pile explicite transforment la récursion en itération.",
          "Formellement, la récursion structurelle reflète une définition inductive, et sa preuve de correction est une récurrence sur la taille de l'entrée ; le coût découle d'une relation de récurrence résolue par le théorème maître, et si l'élimination des appels terminaux exécute la récursion terminale en espace de pile constant, la récursion générale se convertit mécaniquement en boucle par le style par passage de continuations ou la défonctionnalisation.",
        ],
        intuition:
          "Pensez à des poupées russes. Pour les compter, on ouvre la grande et on compte celles de l'intérieur : c'est le même travail, en plus petit. Arrivé à la minuscule poupée pleine, on s'arrête, celle-là est facile. Puis les réponses s'additionnent en remontant.",
        formula: "La factorielle est la définition récursive classique : un cas de base pour zéro et une règle qui utilise une factorielle plus petite :",
        example:
          "Pour calculer la factorielle de 4, la fonction demande celle de 3, qui demande celle de 2, puis de 1, puis de 0. La factorielle de 0 vaut 1, c'est le cas de base. En remontant : 1 fois 1 fait 1, fois 2 fait 2, fois 3 fait 6, fois 4 fait 24.",
        caveat:
          "Une récursion qui recalcule souvent le même sous-problème peut être terriblement lente : le Fibonacci récursif naïf prend un temps exponentiel. Mémorisez les résultats ou écrivez une boucle, et surveillez la profondeur de pile dans les langages sans élimination des appels terminaux.",
      },
      de: {
        title: "Rekursion",
        terms: "rekursion rekursiv rekursive funktion ruft sich selbst auf basisfall abbruchbedingung aufrufstapel fakultät teile herrsche stapelüberlauf",
        levels: [
          "Rekursion heißt, eine Aufgabe zu lösen, indem man eine kleinere Kopie derselben Aufgabe löst. Eine Funktion ruft sich selbst mit einem kleineren Problem auf. Das geht weiter, bis das Problem so klein ist, dass die Antwort klar ist. Dieser Haltepunkt heißt Basisfall.",
          "Eine rekursive Funktion hat zwei Teile: einen Basisfall, der direkt antwortet, und einen rekursiven Fall, der die Funktion mit einer kleineren Eingabe aufruft und das Ergebnis verwendet. Jeder Aufruf wartet auf dem Aufrufstapel, bis der kleinere zurückkehrt. Ohne Basisfall, oder wenn die Eingabe nicht schrumpft, enden die Aufrufe nie und der Stapel läuft über.",
          "Rekursion passt zu Problemen mit selbstähnlicher Struktur: Bäume, verschachtelte Daten, Teile-und-herrsche-Verfahren wie Mergesort und Suchen mit Backtracking. Jeder offene Aufruf kostet einen Stapelrahmen, daher stößt tiefe Rekursion an Grenzen; Memoisierung vermeidet wiederholte Teilprobleme, und Endaufrufe oder ein expliziter Stapel machen aus tiefer Rekursion eine Schleife.",
          "Formal spiegelt strukturelle Rekursion eine induktive Definition wider, und ihr Korrektheitsbeweis ist eine Induktion über die Größe der Eingabe; die Kosten folgen aus einer Rekurrenz, die das Master-Theorem löst, und während Endrekursionsbeseitigung endrekursive Funktionen in konstantem Stapelplatz ausführt, lässt sich allgemeine Rekursion über Continuation-Passing-Style oder Defunktionalisierung mechanisch in eine Schleife umwandeln.",
        ],
        intuition:
          "Denk an Matroschka-Puppen. Um sie zu zählen, öffnest du die äußere und zählst die Puppen darin, dieselbe Aufgabe, nur kleiner. Bei der winzigen massiven Puppe hörst du auf, die ist einfach. Auf dem Rückweg nach außen addieren sich dann die Antworten.",
        formula: "Die Fakultät ist die klassische rekursive Definition: ein Basisfall für null und eine Regel, die eine kleinere Fakultät benutzt:",
        example:
          "Um die Fakultät von 4 zu berechnen, fragt die Funktion nach der Fakultät von 3, diese nach 2, dann 1, dann 0. Die Fakultät von 0 ist 1, der Basisfall. Auf dem Rückweg: 1 mal 1 ist 1, mal 2 ist 2, mal 3 ist 6, mal 4 ist 24.",
        caveat:
          "Rekursion, die dasselbe Teilproblem oft neu berechnet, kann extrem langsam sein: Das naive rekursive Fibonacci braucht exponentielle Zeit. Speichere Ergebnisse oder schreib eine Schleife, und achte auf die Stapeltiefe in Sprachen ohne Endrekursionsbeseitigung.",
      },
    },
  },
];
