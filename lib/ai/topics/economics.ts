/** Economics: compound interest, inflation, supply and demand. */
import type { Topic } from "./types";

export const ECONOMICS: readonly Topic[] = [
  {
    id: "compound-interest",
    domain: "economics",
    formula: "A = P \\left(1 + \\frac{r}{n}\\right)^{n t}",
    worked: "1000 \\cdot 1.05^{10} \\approx 1628.89",
    code: {
      language: "python",
      source: [
        "def compound(principal, rate, years, per_year=1):",
        "    return principal * (1 + rate / per_year) ** (per_year * years)",
        "",
        "print(round(compound(1000, 0.05, 10), 2))  # 1628.89",
      ].join("\n"),
    },
    text: {
      en: {
        title: "Compound interest",
        terms: "compound interest compounding savings saving loan principal rate growth exponential rule of 72 investment",
        levels: [
          "Compound interest is interest you earn on your interest. Put money in a savings account and the bank adds a little extra each year. Next year, you earn interest on that extra too. So your money grows faster and faster the longer you leave it.",
          "With simple interest you earn the same amount every year, a fixed share of what you first put in, the principal. With compound interest each year's interest is added to the balance, so the next year's interest is calculated on a larger sum. The growth is exponential: the balance multiplies by the same factor every period.",
          "Compounding frequency matters less than rate and time: monthly compounding at 5% is an effective annual rate of about 5.12%. The rule of 72 gives a quick doubling time, 72 divided by the rate in percent, so money at 6% doubles in about 12 years. The same maths works against you on debt, and fees or inflation compound too, which is why real returns are what count.",
          "Continuous compounding gives A = Pe^{rt}, the limit of the discrete formula as n → ∞; present value discounts future cash flows by (1 + r)^{-t}, which underlies bond pricing and net present value, and the distinction between nominal and effective rates, or between arithmetic and geometric mean returns under volatility, explains why compounded portfolio growth falls short of the average return.",
        ],
        intuition:
          "Think of a snowball rolling downhill. It picks up snow, and the bigger it gets, the more snow it picks up with each turn. Money earning compound interest works the same way: the bigger the balance, the bigger the next step.",
        formula: "The amount A after t years, from a principal P at an annual rate r compounded n times a year:",
        example:
          "Put 1,000 in an account at 5% a year, compounded yearly. After one year you have 1,050; after two, 1,102.50, because the second year's interest is paid on 1,050. After ten years you have about 1,628.89, against 1,500 with simple interest.",
        caveat:
          "A high rate for a short time can lose to a modest rate for a long time, because time is in the exponent. And the numbers are nominal: with 3% inflation, a 5% return buys only about 2% more each year.",
      },
      es: {
        title: "El interés compuesto",
        terms: "interés compuesto intereses capitalización ahorro ahorros préstamo capital tasa tipo crecimiento exponencial regla del 72 inversión",
        levels: [
          "El interés compuesto es el interés que ganas sobre tus intereses. Pones dinero en una cuenta de ahorro y el banco añade un poco más cada año. Al año siguiente ganas intereses también sobre ese extra. Así tu dinero crece cada vez más rápido cuanto más tiempo lo dejas.",
          "Con interés simple ganas lo mismo cada año, una parte fija de lo que pusiste al principio, el capital. Con interés compuesto, los intereses de cada año se suman al saldo, así que los del año siguiente se calculan sobre una cantidad mayor. El crecimiento es exponencial: el saldo se multiplica por el mismo factor en cada periodo.",
          "La frecuencia de capitalización importa menos que el tipo y el tiempo: capitalizar cada mes al 5 % da una tasa anual efectiva de un 5,12 %. La regla del 72 da rápido el tiempo para duplicar, 72 entre el tipo en porcentaje, así que al 6 % el dinero se duplica en unos 12 años. Las mismas cuentas juegan en tu contra con las deudas, y las comisiones y la inflación también se componen, por eso lo que cuenta es la rentabilidad real.",
          "La capitalización continua da A = Pe^{rt}, el límite de la fórmula discreta cuando n → ∞; el valor actual descuenta los flujos futuros por (1 + r)^{-t}, la base de la valoración de bonos y del valor actual neto, y la distinción entre tipos nominales y efectivos, o entre rentabilidad media aritmética y geométrica con volatilidad, explica por qué el crecimiento compuesto de una cartera queda por debajo de la rentabilidad media.",
        ],
        intuition:
          "Piensa en una bola de nieve que rueda cuesta abajo. Recoge nieve, y cuanto más grande es, más nieve recoge en cada vuelta. El dinero con interés compuesto funciona igual: cuanto mayor el saldo, mayor el siguiente paso.",
        formula: "La cantidad A al cabo de t años, a partir de un capital P a un tipo anual r capitalizado n veces al año:",
        example:
          "Pon 1.000 en una cuenta al 5 % anual, capitalizado cada año. Al cabo de un año tienes 1.050; al cabo de dos, 1.102,50, porque el interés del segundo año se paga sobre 1.050. A los diez años tienes unos 1.628,89, frente a 1.500 con interés simple.",
        caveat:
          "Un tipo alto durante poco tiempo puede perder frente a uno modesto durante mucho, porque el tiempo está en el exponente. Y las cifras son nominales: con una inflación del 3 %, una rentabilidad del 5 % compra solo un 2 % más cada año.",
      },
      fr: {
        title: "Les intérêts composés",
        terms: "intérêts composés intérêt composé capitalisation épargne prêt capital taux croissance exponentielle règle de 72 placement",
        levels: [
          "Les intérêts composés, ce sont des intérêts gagnés sur vos intérêts. Vous placez de l'argent sur un livret et la banque ajoute un petit supplément chaque année. L'année suivante, vous gagnez aussi des intérêts sur ce supplément. Votre argent grossit donc de plus en plus vite à mesure que vous le laissez.",
          "Avec des intérêts simples, on gagne la même somme chaque année, une part fixe de la mise de départ, le capital. Avec des intérêts composés, les intérêts de chaque année s'ajoutent au solde, donc ceux de l'année suivante portent sur une somme plus grande. La croissance est exponentielle : le solde est multiplié par le même facteur à chaque période.",
          "La fréquence de capitalisation compte moins que le taux et la durée : capitaliser chaque mois à 5 % donne un taux annuel effectif d'environ 5,12 %. La règle de 72 donne vite le temps de doublement, 72 divisé par le taux en pourcentage, donc à 6 % l'argent double en 12 ans environ. Les mêmes calculs jouent contre vous pour une dette, et les frais comme l'inflation se composent aussi : c'est le rendement réel qui compte.",
          "La capitalisation continue donne A = Pe^{rt}, limite de la formule discrète quand n → ∞ ; la valeur actuelle actualise les flux futurs par (1 + r)^{-t}, ce qui fonde l'évaluation des obligations et la valeur actuelle nette, et la distinction entre taux nominal et effectif, ou entre rendement moyen arithmétique et géométrique en présence de volatilité, explique pourquoi la croissance composée d'un portefeuille reste sous son rendement moyen.",
        ],
        intuition:
          "Imaginez une boule de neige qui dévale une pente. Elle ramasse de la neige, et plus elle grossit, plus elle en ramasse à chaque tour. L'argent placé à intérêts composés fait pareil : plus le solde est gros, plus le pas suivant est grand.",
        formula: "Le montant A au bout de t années, pour un capital P à un taux annuel r capitalisé n fois par an :",
        example:
          "Placez 1 000 à 5 % par an, capitalisés chaque année. Au bout d'un an vous avez 1 050 ; au bout de deux, 1 102,50, car les intérêts de la deuxième année portent sur 1 050. Au bout de dix ans vous avez environ 1 628,89, contre 1 500 avec des intérêts simples.",
        caveat:
          "Un taux élevé sur une courte durée peut perdre face à un taux modeste sur une longue durée, car le temps est dans l'exposant. Et les chiffres sont nominaux : avec 3 % d'inflation, un rendement de 5 % n'achète qu'environ 2 % de plus chaque année.",
      },
      de: {
        title: "Zinseszins",
        terms: "zinseszins zinsen zins verzinsung sparen ersparnisse kredit kapital zinssatz wachstum exponentiell 72er-regel geldanlage",
        levels: [
          "Zinseszins sind Zinsen, die du auf deine Zinsen bekommst. Du legst Geld auf ein Sparkonto, und die Bank legt jedes Jahr etwas dazu. Im nächsten Jahr bekommst du auch auf dieses Extra Zinsen. So wächst dein Geld immer schneller, je länger du es liegen lässt.",
          "Bei einfachen Zinsen bekommt man jedes Jahr denselben Betrag, einen festen Anteil der ursprünglichen Einlage, des Kapitals. Beim Zinseszins werden die Zinsen jedes Jahres dem Guthaben zugeschlagen, sodass die Zinsen des nächsten Jahres auf eine größere Summe berechnet werden. Das Wachstum ist exponentiell: Das Guthaben vervielfacht sich in jeder Periode um denselben Faktor.",
          "Die Häufigkeit der Verzinsung zählt weniger als Zinssatz und Zeit: Monatliche Verzinsung mit 5 % ergibt einen effektiven Jahreszins von etwa 5,12 %. Die 72er-Regel liefert schnell die Verdopplungszeit, 72 geteilt durch den Zinssatz in Prozent, also verdoppelt sich Geld bei 6 % in etwa 12 Jahren. Dieselbe Rechnung wirkt bei Schulden gegen dich, und Gebühren und Inflation verzinsen sich ebenfalls, daher zählt die reale Rendite.",
          "Stetige Verzinsung ergibt A = Pe^{rt}, den Grenzwert der diskreten Formel für n → ∞; der Barwert diskontiert künftige Zahlungen mit (1 + r)^{-t}, die Grundlage der Anleihebewertung und des Kapitalwerts, und der Unterschied zwischen nominalem und effektivem Zins oder zwischen arithmetischer und geometrischer Durchschnittsrendite unter Volatilität erklärt, warum das zusammengesetzte Wachstum eines Portfolios hinter der Durchschnittsrendite zurückbleibt.",
        ],
        intuition:
          "Denk an einen Schneeball, der bergab rollt. Er sammelt Schnee, und je größer er wird, desto mehr Schnee sammelt er bei jeder Umdrehung. Geld mit Zinseszins funktioniert genauso: Je größer das Guthaben, desto größer der nächste Schritt.",
        formula: "Der Betrag A nach t Jahren aus einem Kapital P bei einem Jahreszins r, n-mal pro Jahr verzinst:",
        example:
          "Leg 1.000 zu 5 % im Jahr an, jährlich verzinst. Nach einem Jahr hast du 1.050, nach zwei 1.102,50, weil die Zinsen des zweiten Jahres auf 1.050 gezahlt werden. Nach zehn Jahren hast du etwa 1.628,89, gegenüber 1.500 mit einfachen Zinsen.",
        caveat:
          "Ein hoher Zins über kurze Zeit kann gegen einen bescheidenen Zins über lange Zeit verlieren, weil die Zeit im Exponenten steht. Und die Zahlen sind nominal: Bei 3 % Inflation kauft eine Rendite von 5 % jedes Jahr nur etwa 2 % mehr.",
      },
    },
  },
  {
    id: "inflation",
    domain: "economics",
    formula: "\\pi_t = \\frac{P_t - P_{t-1}}{P_{t-1}}, \\qquad M V = P Y",
    worked: "\\frac{103 - 100}{100} = 3\\%,\\quad \\frac{100}{1.03^{10}} \\approx 74",
    text: {
      en: {
        title: "Inflation",
        terms: "inflation prices rising price level cost of living consumer price index cpi money purchasing power central bank interest rates",
        levels: [
          "Inflation means prices in general go up over time. If a sandwich cost 5 last year and 5.15 this year, prices rose by 3%. The same money then buys a bit less than before. A little inflation is normal, but a lot makes life hard, because savings lose value.",
          "Inflation is the rate at which the general price level rises, measured with a price index such as the consumer price index, the cost of a fixed basket of goods. It can come from demand growing faster than the economy can produce, from costs rising, such as energy, or from expectations that feed into wages and prices. Central banks raise interest rates to cool it, usually aiming for about 2% a year.",
          "Moderate, predictable inflation is manageable because contracts and wages adjust, but surprises redistribute wealth from lenders to borrowers. The quantity theory links prices to money growth over the long run, while in the short run the Phillips curve relates inflation to unemployment; anchored expectations are what let a central bank bring inflation down without a deep recession.",
          "Modern New Keynesian models tie inflation to expected future inflation and real marginal cost, and policy follows rules like Taylor's, raising the real rate more than one for one with inflation; hyperinflations, by contrast, are fiscal phenomena in which money financing of deficits drives velocity up, as in Germany in 1923 or Zimbabwe in 2008.",
        ],
        intuition:
          "Picture money as tickets at a fair. If the organizers print many more tickets but the rides stay the same, each ride soon costs more tickets. Inflation is each ticket buying a little less than it used to.",
        formula: "The inflation rate π is the change in the price level P from one period to the next; the quantity equation links money M and its velocity V to prices and real output Y:",
        example:
          "A basket costs 100 this year and 103 next year: inflation is 3 divided by 100, or 3%. If it stays at 3% for ten years, 100 saved under the mattress will buy only what about 74 buys today.",
        caveat:
          "A price rise in one thing is not inflation: if only petrol gets dearer, that is a relative price change. Inflation is a rise in prices across the board, and deflation, falling prices everywhere, is not good news either.",
      },
      es: {
        title: "La inflación",
        terms: "inflación precios suben subida nivel de precios coste de la vida ipc índice de precios dinero poder adquisitivo banco central tipos de interés",
        levels: [
          "La inflación significa que los precios en general suben con el tiempo. Si un bocadillo costaba 5 el año pasado y 5,15 este año, los precios subieron un 3 %. El mismo dinero compra entonces un poco menos que antes. Un poco de inflación es normal, pero mucha complica la vida, porque los ahorros pierden valor.",
          "La inflación es el ritmo al que sube el nivel general de precios, medido con un índice como el índice de precios al consumo, el coste de una cesta fija de bienes. Puede venir de una demanda que crece más rápido de lo que la economía produce, de costes que suben, como la energía, o de expectativas que pasan a salarios y precios. Los bancos centrales suben los tipos de interés para enfriarla, con un objetivo habitual del 2 % anual.",
          "Una inflación moderada y previsible es manejable porque contratos y salarios se ajustan, pero las sorpresas redistribuyen riqueza de prestamistas a deudores. La teoría cuantitativa liga los precios al crecimiento del dinero a largo plazo, mientras que a corto plazo la curva de Phillips relaciona inflación y desempleo; unas expectativas ancladas son lo que permite a un banco central bajar la inflación sin una recesión profunda.",
          "Los modelos neokeynesianos ligan la inflación a la inflación esperada y al coste marginal real, y la política sigue reglas como la de Taylor, que sube el tipo real más que uno a uno con la inflación; las hiperinflaciones, en cambio, son fenómenos fiscales en los que la financiación monetaria del déficit dispara la velocidad del dinero, como en Alemania en 1923 o en Zimbabue en 2008.",
        ],
        intuition:
          "Imagina el dinero como fichas de una feria. Si los organizadores imprimen muchas más fichas pero las atracciones siguen siendo las mismas, cada atracción pronto cuesta más fichas. La inflación es que cada ficha compre un poco menos que antes.",
        formula: "La tasa de inflación π es la variación del nivel de precios P de un periodo al siguiente; la ecuación cuantitativa liga el dinero M y su velocidad V con los precios y la producción real Y:",
        example:
          "Una cesta cuesta 100 este año y 103 el que viene: la inflación es 3 entre 100, un 3 %. Si se mantiene en el 3 % durante diez años, 100 guardados bajo el colchón comprarán solo lo que hoy compran unos 74.",
        caveat:
          "Que suba el precio de una cosa no es inflación: si solo se encarece la gasolina, es un cambio de precio relativo. La inflación es una subida general de precios, y la deflación, precios que bajan en todas partes, tampoco es buena noticia.",
      },
      fr: {
        title: "L'inflation",
        terms: "inflation prix hausse des prix niveau des prix coût de la vie indice des prix ipc monnaie pouvoir d'achat banque centrale taux d'intérêt",
        levels: [
          "L'inflation, c'est la hausse générale des prix au fil du temps. Si un sandwich coûtait 5 l'an dernier et 5,15 cette année, les prix ont monté de 3 %. Le même argent achète alors un peu moins qu'avant. Un peu d'inflation est normal, mais beaucoup complique la vie, car l'épargne perd de sa valeur.",
          "L'inflation est le rythme auquel monte le niveau général des prix, mesuré par un indice comme l'indice des prix à la consommation, le coût d'un panier fixe de biens. Elle peut venir d'une demande qui croît plus vite que la production, de coûts en hausse, comme l'énergie, ou d'anticipations qui se transmettent aux salaires et aux prix. Les banques centrales relèvent les taux d'intérêt pour la freiner, avec souvent une cible d'environ 2 % par an.",
          "Une inflation modérée et prévisible reste gérable car contrats et salaires s'ajustent, mais les surprises transfèrent de la richesse des prêteurs vers les emprunteurs. La théorie quantitative relie les prix à la croissance de la monnaie sur le long terme, tandis qu'à court terme la courbe de Phillips relie inflation et chômage ; des anticipations ancrées permettent à une banque centrale de faire baisser l'inflation sans récession profonde.",
          "Les modèles néo-keynésiens relient l'inflation à l'inflation anticipée et au coût marginal réel, et la politique suit des règles comme celle de Taylor, qui relève le taux réel plus que proportionnellement à l'inflation ; les hyperinflations, elles, sont des phénomènes budgétaires où le financement monétaire des déficits fait exploser la vitesse de circulation, comme en Allemagne en 1923 ou au Zimbabwe en 2008.",
        ],
        intuition:
          "Imaginez l'argent comme des tickets de fête foraine. Si les organisateurs impriment beaucoup plus de tickets mais que les manèges restent les mêmes, chaque manège coûte vite plus de tickets. L'inflation, c'est chaque ticket qui achète un peu moins qu'avant.",
        formula: "Le taux d'inflation π est la variation du niveau des prix P d'une période à l'autre ; l'équation quantitative relie la monnaie M et sa vitesse V aux prix et à la production réelle Y :",
        example:
          "Un panier coûte 100 cette année et 103 l'an prochain : l'inflation vaut 3 divisé par 100, soit 3 %. Si elle reste à 3 % pendant dix ans, 100 gardés sous le matelas n'achèteront plus que ce qu'achètent environ 74 aujourd'hui.",
        caveat:
          "La hausse d'un seul prix n'est pas de l'inflation : si seule l'essence renchérit, c'est une variation de prix relatif. L'inflation est une hausse générale, et la déflation, une baisse de tous les prix, n'est pas une bonne nouvelle non plus.",
      },
      de: {
        title: "Inflation",
        terms: "inflation preise steigen preissteigerung preisniveau lebenshaltungskosten verbraucherpreisindex geld kaufkraft zentralbank leitzins zinsen",
        levels: [
          "Inflation heißt, dass die Preise insgesamt mit der Zeit steigen. Kostete ein Brötchen letztes Jahr 5 und dieses Jahr 5,15, sind die Preise um 3 % gestiegen. Dasselbe Geld kauft dann etwas weniger als vorher. Ein wenig Inflation ist normal, viel macht das Leben schwer, weil Ersparnisse an Wert verlieren.",
          "Inflation ist die Rate, mit der das allgemeine Preisniveau steigt, gemessen mit einem Preisindex wie dem Verbraucherpreisindex, den Kosten eines festen Warenkorbs. Sie kann aus einer Nachfrage entstehen, die schneller wächst, als die Wirtschaft produzieren kann, aus steigenden Kosten wie Energie oder aus Erwartungen, die in Löhne und Preise eingehen. Zentralbanken erhöhen die Zinsen, um sie zu bremsen, meist mit einem Ziel von etwa 2 % im Jahr.",
          "Mäßige, vorhersehbare Inflation ist beherrschbar, weil sich Verträge und Löhne anpassen, doch Überraschungen verteilen Vermögen von Gläubigern zu Schuldnern um. Die Quantitätstheorie verbindet die Preise langfristig mit dem Geldmengenwachstum, kurzfristig setzt die Phillips-Kurve Inflation und Arbeitslosigkeit in Beziehung; verankerte Erwartungen erlauben einer Zentralbank, die Inflation ohne tiefe Rezession zu senken.",
          "Neukeynesianische Modelle verknüpfen die Inflation mit der erwarteten Inflation und den realen Grenzkosten, und die Geldpolitik folgt Regeln wie der Taylor-Regel, die den Realzins stärker als eins zu eins mit der Inflation anhebt; Hyperinflationen dagegen sind fiskalische Phänomene, bei denen die Geldfinanzierung von Defiziten die Umlaufgeschwindigkeit hochtreibt, wie in Deutschland 1923 oder Simbabwe 2008.",
        ],
        intuition:
          "Stell dir Geld als Chips auf einem Jahrmarkt vor. Drucken die Veranstalter viel mehr Chips, während die Fahrgeschäfte gleich bleiben, kostet jede Fahrt bald mehr Chips. Inflation heißt, dass jeder Chip etwas weniger kauft als früher.",
        formula: "Die Inflationsrate π ist die Änderung des Preisniveaus P von einer Periode zur nächsten; die Quantitätsgleichung verbindet die Geldmenge M und ihre Umlaufgeschwindigkeit V mit den Preisen und der realen Produktion Y:",
        example:
          "Ein Warenkorb kostet dieses Jahr 100 und nächstes Jahr 103: Die Inflation ist 3 geteilt durch 100, also 3 %. Bleibt sie zehn Jahre bei 3 %, kaufen 100 unter der Matratze nur noch, was heute etwa 74 kaufen.",
        caveat:
          "Wenn eine einzelne Sache teurer wird, ist das keine Inflation: Steigt nur der Benzinpreis, ist das eine Änderung relativer Preise. Inflation ist ein breiter Preisanstieg, und Deflation, überall fallende Preise, ist auch keine gute Nachricht.",
      },
    },
  },
  {
    id: "supply-and-demand",
    domain: "economics",
    formula: "Q_d = a - bP, \\quad Q_s = c + dP \\;\\Rightarrow\\; P^* = \\frac{a - c}{b + d}",
    worked: "Q_d = 100 - 2P,\\ Q_s = 10 + P \\Rightarrow P^* = \\frac{90}{3} = 30,\\ Q^* = 40",
    text: {
      en: {
        title: "Supply and demand",
        terms: "supply demand market price prices equilibrium buyers sellers shortage surplus curve elasticity",
        levels: [
          "Supply and demand explain how prices are set in a market. Demand is how much people want to buy; supply is how much sellers want to sell. When a price is low, people want more but sellers offer less. The price settles where the two amounts match.",
          "The demand curve slopes down: at higher prices buyers want less. The supply curve slopes up: at higher prices sellers offer more. Where they cross is the equilibrium price and quantity. Below it there is a shortage and the price tends to rise; above it there is a surplus and the price tends to fall.",
          "Shifts matter more than movements along a curve: a rise in income or a popular trend shifts demand out and raises both price and quantity, while a better technology shifts supply out, lowering price and raising quantity. Elasticity, the percentage change in quantity for a one-percent change in price, says how much prices must move, and it decides who really bears a tax.",
          "In partial equilibrium the competitive outcome maximizes total surplus, and a per-unit tax creates a deadweight loss of about one half times the tax times the fall in quantity, split between buyers and sellers by the ratio of elasticities; general equilibrium extends this to all markets at once, where the Arrow–Debreu conditions guarantee existence and the welfare theorems tie equilibria to Pareto efficiency.",
        ],
        intuition:
          "Think of concert tickets. If they are too cheap, fans queue for hours and many go home empty-handed. If they are too expensive, seats stay empty. Somewhere in between, every ticket finds a buyer and no buyer is left waiting: that is the market price.",
        formula: "With a linear demand Q_d falling in the price P and a linear supply Q_s rising in it, the equilibrium price P* is where they are equal:",
        example:
          "Say buyers want 100 minus 2 times the price, and sellers offer 10 plus the price. Setting them equal gives 100 minus 2P equal to 10 plus P, so 3P is 90 and the price is 30. At that price buyers want 40 units and sellers offer exactly 40.",
        caveat:
          "The model assumes many buyers and sellers, none able to set the price. With a monopoly, or when prices are fixed by law, the equilibrium story changes: a price ceiling, for example, causes a lasting shortage.",
      },
      es: {
        title: "La oferta y la demanda",
        terms: "oferta demanda mercado precio precios equilibrio compradores vendedores escasez excedente curva elasticidad",
        levels: [
          "La oferta y la demanda explican cómo se fijan los precios en un mercado. La demanda es cuánto quiere comprar la gente; la oferta, cuánto quieren vender los vendedores. Cuando el precio es bajo, la gente quiere más pero los vendedores ofrecen menos. El precio se queda donde las dos cantidades coinciden.",
          "La curva de demanda baja: a precios más altos los compradores quieren menos. La curva de oferta sube: a precios más altos los vendedores ofrecen más. Donde se cruzan están el precio y la cantidad de equilibrio. Por debajo hay escasez y el precio tiende a subir; por encima hay excedente y tiende a bajar.",
          "Los desplazamientos importan más que los movimientos a lo largo de una curva: una subida de la renta o una moda desplazan la demanda hacia fuera y suben precio y cantidad, mientras que una tecnología mejor desplaza la oferta, baja el precio y sube la cantidad. La elasticidad, el cambio porcentual de la cantidad por cada uno por ciento de cambio en el precio, dice cuánto deben moverse los precios y decide quién soporta de verdad un impuesto.",
          "En equilibrio parcial, el resultado competitivo maximiza el excedente total, y un impuesto por unidad crea una pérdida irrecuperable de más o menos la mitad del impuesto por la caída de la cantidad, repartida entre compradores y vendedores según el cociente de elasticidades; el equilibrio general lo extiende a todos los mercados a la vez, donde las condiciones de Arrow–Debreu garantizan la existencia y los teoremas del bienestar ligan los equilibrios con la eficiencia de Pareto.",
        ],
        intuition:
          "Piensa en las entradas de un concierto. Si son demasiado baratas, los fans hacen cola durante horas y muchos se quedan sin entrada. Si son demasiado caras, quedan asientos vacíos. En algún punto intermedio, cada entrada encuentra comprador y ningún comprador se queda esperando: ese es el precio de mercado.",
        formula: "Con una demanda lineal Q_d que baja con el precio P y una oferta lineal Q_s que sube con él, el precio de equilibrio P* es donde se igualan:",
        example:
          "Supón que los compradores quieren 100 menos 2 veces el precio, y los vendedores ofrecen 10 más el precio. Igualándolos, 100 menos 2P es igual a 10 más P, así que 3P es 90 y el precio es 30. A ese precio los compradores quieren 40 unidades y los vendedores ofrecen justo 40.",
        caveat:
          "El modelo supone muchos compradores y vendedores, sin que ninguno pueda fijar el precio. Con un monopolio, o cuando la ley fija los precios, la historia cambia: un precio máximo, por ejemplo, provoca escasez duradera.",
      },
      fr: {
        title: "L'offre et la demande",
        terms: "offre demande marché prix équilibre acheteurs vendeurs pénurie excédent courbe élasticité",
        levels: [
          "L'offre et la demande expliquent comment se forment les prix sur un marché. La demande, c'est ce que les gens veulent acheter ; l'offre, ce que les vendeurs veulent vendre. Quand le prix est bas, les gens veulent plus mais les vendeurs proposent moins. Le prix s'installe là où les deux quantités se rejoignent.",
          "La courbe de demande descend : à prix plus élevé, les acheteurs veulent moins. La courbe d'offre monte : à prix plus élevé, les vendeurs proposent plus. Leur intersection donne le prix et la quantité d'équilibre. En dessous, il y a pénurie et le prix tend à monter ; au-dessus, il y a excédent et il tend à baisser.",
          "Les déplacements comptent plus que les mouvements le long d'une courbe : une hausse des revenus ou une mode déplace la demande vers l'extérieur et fait monter prix et quantité, tandis qu'une meilleure technologie déplace l'offre, baisse le prix et augmente la quantité. L'élasticité, la variation en pourcentage de la quantité pour un pour cent de variation du prix, dit de combien les prix doivent bouger et détermine qui supporte vraiment une taxe.",
          "En équilibre partiel, l'issue concurrentielle maximise le surplus total, et une taxe unitaire crée une perte sèche d'environ la moitié de la taxe fois la baisse de quantité, partagée entre acheteurs et vendeurs selon le rapport des élasticités ; l'équilibre général l'étend à tous les marchés à la fois, où les conditions d'Arrow–Debreu garantissent l'existence et les théorèmes du bien-être relient équilibres et optimum de Pareto.",
        ],
        intuition:
          "Pensez aux billets de concert. Trop bon marché, les fans font la queue des heures et beaucoup repartent sans billet. Trop chers, des sièges restent vides. Quelque part entre les deux, chaque billet trouve preneur et personne n'attend en vain : c'est le prix du marché.",
        formula: "Avec une demande linéaire Q_d décroissante en le prix P et une offre linéaire Q_s croissante, le prix d'équilibre P* est celui où elles sont égales :",
        example:
          "Supposons que les acheteurs veulent 100 moins 2 fois le prix, et que les vendeurs offrent 10 plus le prix. En les égalisant, 100 moins 2P égale 10 plus P, donc 3P vaut 90 et le prix vaut 30. À ce prix, les acheteurs veulent 40 unités et les vendeurs en offrent exactement 40.",
        caveat:
          "Le modèle suppose beaucoup d'acheteurs et de vendeurs, dont aucun ne fixe le prix. Avec un monopole, ou quand la loi fixe les prix, l'histoire change : un prix plafond, par exemple, provoque une pénurie durable.",
      },
      de: {
        title: "Angebot und Nachfrage",
        terms: "angebot nachfrage markt preis preise gleichgewicht käufer verkäufer knappheit überschuss kurve elastizität",
        levels: [
          "Angebot und Nachfrage erklären, wie Preise auf einem Markt entstehen. Die Nachfrage ist, wie viel die Leute kaufen wollen; das Angebot, wie viel die Verkäufer verkaufen wollen. Ist der Preis niedrig, wollen die Leute mehr, aber die Verkäufer bieten weniger an. Der Preis pendelt sich dort ein, wo beide Mengen übereinstimmen.",
          "Die Nachfragekurve fällt: Bei höheren Preisen wollen Käufer weniger. Die Angebotskurve steigt: Bei höheren Preisen bieten Verkäufer mehr an. Wo sie sich schneiden, liegen Gleichgewichtspreis und -menge. Darunter herrscht Knappheit und der Preis steigt tendenziell; darüber herrscht ein Überschuss und er fällt.",
          "Verschiebungen zählen mehr als Bewegungen entlang einer Kurve: Ein höheres Einkommen oder ein Trend verschiebt die Nachfrage nach außen und hebt Preis und Menge, während eine bessere Technik das Angebot verschiebt, den Preis senkt und die Menge erhöht. Die Elastizität, die prozentuale Mengenänderung bei einem Prozent Preisänderung, sagt, wie stark sich Preise bewegen müssen, und entscheidet, wer eine Steuer wirklich trägt.",
          "Im Partialgleichgewicht maximiert das Wettbewerbsergebnis die Gesamtrente, und eine Mengensteuer erzeugt einen Wohlfahrtsverlust von etwa der Hälfte der Steuer mal dem Mengenrückgang, verteilt auf Käufer und Verkäufer nach dem Verhältnis der Elastizitäten; das allgemeine Gleichgewicht erweitert dies auf alle Märkte zugleich, wo die Arrow-Debreu-Bedingungen die Existenz sichern und die Wohlfahrtssätze Gleichgewichte mit Pareto-Effizienz verbinden.",
        ],
        intuition:
          "Denk an Konzertkarten. Sind sie zu billig, stehen Fans stundenlang an und viele gehen leer aus. Sind sie zu teuer, bleiben Plätze frei. Irgendwo dazwischen findet jede Karte einen Käufer und kein Käufer wartet vergeblich: Das ist der Marktpreis.",
        formula: "Mit einer linearen Nachfrage Q_d, die mit dem Preis P fällt, und einem linearen Angebot Q_s, das mit ihm steigt, liegt der Gleichgewichtspreis P* dort, wo beide gleich sind:",
        example:
          "Angenommen, Käufer wollen 100 minus 2 mal den Preis, und Verkäufer bieten 10 plus den Preis. Gleichsetzen ergibt 100 minus 2P gleich 10 plus P, also ist 3P gleich 90 und der Preis 30. Bei diesem Preis wollen Käufer 40 Einheiten, und Verkäufer bieten genau 40 an.",
        caveat:
          "Das Modell setzt viele Käufer und Verkäufer voraus, von denen keiner den Preis bestimmt. Bei einem Monopol oder gesetzlich festgelegten Preisen ändert sich die Geschichte: Ein Höchstpreis etwa führt zu dauerhafter Knappheit.",
      },
    },
  },
];
