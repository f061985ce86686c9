/** Law: how a contract is formed, negligence, the burden and standards of proof. */
import type { Topic } from "./types";

export const LAW: readonly Topic[] = [
  {
    id: "contracts",
    domain: "law",
    formula: "\\text{contract} = \\text{offer} \\wedge \\text{acceptance} \\wedge \\text{consideration} \\wedge \\text{intention} \\wedge \\text{capacity}",
    worked: "\\text{damages} = 12\\,000 - 10\\,000 = 2\\,000",
    text: {
      en: {
        title: "How a contract is formed",
        terms: "contract contracts agreement offer acceptance consideration binding breach damages promise formation enforceable",
        levels: [
          "A contract is a promise the law will enforce. It usually starts when one person makes an offer and the other accepts it. Each side must give something, like money for a bike. If one side breaks the deal, the other can ask a court for help, often in the form of money.",
          "In common-law systems a contract needs an offer, an acceptance that matches it, consideration, meaning something of value exchanged both ways, an intention to create legal relations, and parties with capacity. Most contracts need no writing, though some, such as land sales, do. If a party breaches, the usual remedy is damages that put the other in the position they would have been in had the contract been performed.",
          "Formation problems cluster around timing and terms: an advertisement is usually an invitation to treat, not an offer; a counter-offer kills the original offer; and under the postal rule an acceptance by post takes effect when sent. Civil-law systems, such as France and Germany, do not require consideration but look for agreement on essential terms, and the UN Convention on the International Sale of Goods harmonizes many of these rules for cross-border sales.",
          "Expectation damages protect the performance interest, subject to remoteness under Hadley v Baxendale and the duty to mitigate, while reliance and restitution measures cover failed bargains; doctrines such as promissory estoppel, implied terms and good faith in civil law and the UCC temper strict formation rules, and the efficient-breach debate asks whether damages rather than specific performance should be the default remedy.",
        ],
        intuition:
          "A contract is a handshake with a referee. Two people agree to swap something, each giving up a little to get something they want more, and the law stands by to make sure that a broken promise costs the promise-breaker, not the person who trusted them.",
        formula: "A binding contract needs every element at once; if one is missing, there is no contract:",
        example:
          "A seller agrees to deliver a machine for 10,000 and then refuses. The buyer has to buy the same machine elsewhere for 12,000. Damages put the buyer where the contract would have: 12,000 minus 10,000, so the seller owes 2,000, plus any foreseeable losses the buyer could not avoid.",
        caveat:
          "This is a general outline, not legal advice: the rules differ between countries, and consumer, employment and online contracts often have special protections. For a real dispute, ask a lawyer in your jurisdiction.",
      },
      es: {
        title: "Cómo se forma un contrato",
        terms: "contrato contratos acuerdo oferta aceptación causa consideración vinculante incumplimiento daños promesa formación exigible",
        levels: [
          "Un contrato es una promesa que la ley hace cumplir. Suele empezar cuando una persona hace una oferta y la otra la acepta. Cada parte debe dar algo, como dinero a cambio de una bici. Si una parte rompe el trato, la otra puede pedir ayuda a un juez, muchas veces en forma de dinero.",
          "En los sistemas de derecho civil, un contrato necesita el consentimiento de las partes, que nace de una oferta y una aceptación que coinciden, un objeto cierto y una causa, además de partes con capacidad; en el common law se exige en lugar de la causa la consideration, algo de valor que se intercambia en ambos sentidos. La mayoría de los contratos no necesitan forma escrita, aunque algunos sí. Si una parte incumple, el remedio habitual es una indemnización que deje a la otra como si el contrato se hubiera cumplido.",
          "Los problemas de formación giran en torno al momento y a las condiciones: un anuncio suele ser una invitación a ofrecer, no una oferta; una contraoferta extingue la oferta original; y la aceptación a distancia plantea cuándo se perfecciona el contrato. La Convención de la ONU sobre la compraventa internacional de mercaderías armoniza muchas de estas reglas para las ventas entre países.",
          "La indemnización por el interés positivo protege el cumplimiento, con el límite de la previsibilidad del daño, como en Hadley v Baxendale, y el deber de mitigarlo, mientras que el interés negativo y la restitución cubren los tratos fallidos; doctrinas como los actos propios, los términos implícitos y la buena fe atemperan las reglas estrictas de formación, y el debate sobre el incumplimiento eficiente pregunta si la indemnización, y no el cumplimiento forzoso, debe ser el remedio por defecto.",
        ],
        intuition:
          "Un contrato es un apretón de manos con árbitro. Dos personas acuerdan intercambiar algo, cada una cede un poco para obtener algo que quiere más, y la ley vigila para que una promesa rota le cueste a quien la rompe, no a quien confió.",
        formula: "Un contrato vinculante necesita todos sus elementos a la vez; si falta uno, no hay contrato:",
        example:
          "Un vendedor se compromete a entregar una máquina por 10.000 y luego se niega. El comprador tiene que comprar la misma máquina en otro sitio por 12.000. La indemnización lo deja donde lo habría dejado el contrato: 12.000 menos 10.000, así que el vendedor debe 2.000, más las pérdidas previsibles que el comprador no pudo evitar.",
        caveat:
          "Esto es un esquema general, no asesoramiento jurídico: las reglas cambian de un país a otro, y los contratos de consumo, laborales o en línea suelen tener protecciones especiales. Para un conflicto real, consulta a un abogado de tu jurisdicción.",
      },
      fr: {
        title: "La formation du contrat",
        terms: "contrat contrats accord offre acceptation consentement cause contrepartie obligatoire inexécution dommages-intérêts promesse formation",
        levels: [
          "Un contrat est une promesse que la loi fait respecter. Il commence en général quand une personne fait une offre et que l'autre l'accepte. Chaque partie doit donner quelque chose, comme de l'argent contre un vélo. Si une partie ne tient pas parole, l'autre peut demander l'aide d'un juge, souvent sous forme d'argent.",
          "En droit français, un contrat suppose le consentement des parties, formé par la rencontre d'une offre et d'une acceptation, leur capacité et un contenu licite et certain ; la common law exige en plus la consideration, une contrepartie échangée dans les deux sens. La plupart des contrats n'exigent pas d'écrit, même si certains, comme la vente immobilière, en demandent un. En cas d'inexécution, le remède habituel est l'octroi de dommages-intérêts qui replacent le créancier dans la situation où l'exécution l'aurait mis.",
          "Les difficultés de formation tiennent au moment et au contenu : une publicité est souvent une invitation à entrer en pourparlers plutôt qu'une offre ; une contre-proposition fait tomber l'offre initiale ; et pour un contrat à distance, le Code civil retient depuis 2016 que le contrat est conclu dès que l'acceptation parvient à l'offrant. La Convention de Vienne sur la vente internationale de marchandises harmonise bon nombre de ces règles pour les ventes transfrontalières.",
          "Les dommages-intérêts protègent l'intérêt à l'exécution, dans la limite du dommage prévisible, à l'image de Hadley v Baxendale en common law, tandis que la restitution couvre les contrats anéantis ; la bonne foi, l'obligation d'information précontractuelle et, en common law, l'estoppel tempèrent la rigueur des règles de formation, et le débat sur l'inexécution efficace interroge la place de l'exécution forcée en nature, que le droit français admet en principe.",
        ],
        intuition:
          "Un contrat, c'est une poignée de main avec un arbitre. Deux personnes conviennent d'un échange, chacune cède un peu pour obtenir ce qu'elle veut davantage, et la loi veille à ce qu'une promesse rompue coûte à celui qui la rompt, pas à celui qui a fait confiance.",
        formula: "Un contrat valable exige tous ses éléments à la fois ; s'il en manque un, il n'y a pas de contrat :",
        example:
          "Un vendeur s'engage à livrer une machine pour 10 000 puis refuse. L'acheteur doit acheter la même machine ailleurs pour 12 000. Les dommages-intérêts le replacent là où le contrat l'aurait mis : 12 000 moins 10 000, le vendeur doit donc 2 000, plus les pertes prévisibles que l'acheteur n'a pas pu éviter.",
        caveat:
          "Ceci est un aperçu général, pas un conseil juridique : les règles varient selon les pays, et les contrats de consommation, de travail ou en ligne bénéficient souvent de protections particulières. Pour un vrai litige, consultez un avocat de votre pays.",
      },
      de: {
        title: "Wie ein Vertrag zustande kommt",
        terms: "vertrag verträge vertragsschluss vereinbarung angebot annahme willenserklärung bindend vertragsbruch schadensersatz versprechen zustandekommen",
        levels: [
          "Ein Vertrag ist ein Versprechen, das das Recht durchsetzt. Er beginnt meist, wenn eine Person ein Angebot macht und die andere es annimmt. Jede Seite gibt etwas, etwa Geld für ein Fahrrad. Hält sich eine Seite nicht daran, kann die andere ein Gericht um Hilfe bitten, oft in Form von Geld.",
          "Nach deutschem Recht kommt ein Vertrag durch zwei übereinstimmende Willenserklärungen zustande, Angebot und Annahme, abgegeben von geschäftsfähigen Parteien; eine Gegenleistung wie die consideration des Common Law ist nicht nötig, ein Schenkungsversprechen bindet aber nur notariell beurkundet. Die meisten Verträge sind formfrei, einige wie der Grundstückskauf nicht. Bei einer Pflichtverletzung ist der übliche Rechtsbehelf Schadensersatz, der den Gläubiger so stellt, als wäre ordnungsgemäß erfüllt worden.",
          "Probleme beim Vertragsschluss drehen sich um Zeitpunkt und Inhalt: Eine Anzeige ist meist eine Aufforderung zur Abgabe eines Angebots, kein Angebot; eine Annahme mit Änderungen gilt als Ablehnung und neues Angebot; und eine Erklärung unter Abwesenden wird wirksam, wenn sie dem Empfänger zugeht. Das UN-Kaufrecht vereinheitlicht viele dieser Regeln für grenzüberschreitende Warenkäufe.",
          "Schadensersatz statt der Leistung schützt das Erfüllungsinteresse, begrenzt durch Zurechnungskriterien, vergleichbar Hadley v Baxendale im Common Law, und die Schadensminderungspflicht, während das negative Interesse und das Bereicherungsrecht gescheiterte Geschäfte abwickeln; Treu und Glauben nach § 242 BGB, ergänzende Vertragsauslegung und die culpa in contrahendo mildern strenge Regeln, und die Debatte über den effizienten Vertragsbruch fragt, ob Schadensersatz statt Erfüllung der Regelfall sein sollte, wo das deutsche Recht den Erfüllungsanspruch voranstellt.",
        ],
        intuition:
          "Ein Vertrag ist ein Handschlag mit Schiedsrichter. Zwei Menschen vereinbaren einen Tausch, jeder gibt etwas her, um etwas zu bekommen, das er lieber will, und das Recht sorgt dafür, dass ein gebrochenes Versprechen den kostet, der es bricht, nicht den, der vertraut hat.",
        formula: "Ein bindender Vertrag braucht alle Elemente zugleich; fehlt eines, gibt es keinen Vertrag:",
        example:
          "Ein Verkäufer verpflichtet sich, eine Maschine für 10.000 zu liefern, und weigert sich dann. Der Käufer muss dieselbe Maschine anderswo für 12.000 kaufen. Der Schadensersatz stellt ihn so, wie der Vertrag ihn gestellt hätte: 12.000 minus 10.000, der Verkäufer schuldet also 2.000, dazu vorhersehbare Verluste, die der Käufer nicht vermeiden konnte.",
        caveat:
          "Das ist ein allgemeiner Überblick, keine Rechtsberatung: Die Regeln unterscheiden sich von Land zu Land, und Verbraucher-, Arbeits- und Onlineverträge haben oft besonderen Schutz. Bei einem echten Streit frag eine Anwältin oder einen Anwalt vor Ort.",
      },
    },
  },
  {
    id: "negligence",
    domain: "law",
    formula: "B < P \\cdot L \\;\\Rightarrow\\; \\text{failing to take the precaution is negligent}",
    worked: "P \\cdot L = 0.01 \\times 500\\,000 = 5\\,000 > B = 1\\,000",
    text: {
      en: {
        title: "Negligence",
        terms: "negligence negligent tort duty of care breach causation damage liability careless accident injury hand formula",
        levels: [
          "Negligence means harming someone by not being careful enough. If a shop leaves a wet floor without a sign and a customer slips, the shop may have to pay for the injury. The law expects people to take reasonable care not to hurt others. It does not expect perfection.",
          "To win a negligence claim, the injured person usually has to show four things: the defendant owed a duty of care, breached it by falling below the standard of a reasonable person, that breach caused the harm, and the harm is of a kind the law compensates. Donoghue v Stevenson, the snail in the ginger-beer bottle, set out the modern duty owed to one's neighbour.",
          "Breach is judged against the reasonable person, weighing the likelihood and seriousness of harm against the cost of preventing it. Causation needs both factual cause, usually the but-for test, and legal cause, meaning the harm was not too remote. Contributory negligence by the claimant reduces damages in most systems, and employers are vicariously liable for employees' negligence at work.",
          "Judge Learned Hand's formula in United States v Carroll Towing, liability when the burden of precaution B is less than the probability P times the loss L, recasts breach as a cost-benefit test that law and economics, following Posner, read as the efficient level of care; critics note that courts rarely quantify P and L, and that pure economic loss, psychiatric injury and omissions remain governed by restrictive duty rules rather than by the calculus.",
        ],
        intuition:
          "The law asks: would a sensible person in your place have seen the danger and taken an easy step to avoid it? If the step was cheap and the risk was real, skipping it is carelessness the law makes you pay for.",
        formula: "The Hand formula: failing to take a precaution costing B is negligent when B is less than the probability of harm P times the loss L it would cause:",
        example:
          "A railing would cost 1,000 to install. Without it there is a 1% chance a year that someone falls, causing an injury worth 500,000. The expected loss is 0.01 times 500,000, or 5,000, more than the railing costs, so leaving it out is negligent.",
        caveat:
          "This is a general outline, not legal advice: negligence rules differ between countries and states, and limitation periods can bar a claim after a few years. For a real case, ask a lawyer where it happened.",
      },
      es: {
        title: "La negligencia",
        terms: "negligencia negligente responsabilidad civil extracontractual deber de cuidado culpa causalidad daño responsabilidad descuido accidente lesión fórmula hand",
        levels: [
          "La negligencia es causar un daño a alguien por no tener el cuidado suficiente. Si una tienda deja el suelo mojado sin aviso y un cliente resbala, la tienda puede tener que pagar la lesión. La ley espera que la gente tenga un cuidado razonable para no dañar a otros. No espera perfección.",
          "Para ganar una reclamación por negligencia, el perjudicado suele tener que demostrar una acción u omisión culposa, es decir, por debajo del cuidado de una persona razonable, un daño real y una relación de causalidad entre ambos; en el common law se habla además de un deber de cuidado. El caso Donoghue v Stevenson, el caracol en la botella de refresco, fijó el deber moderno hacia el prójimo.",
          "La culpa se juzga con el patrón de la persona razonable, sopesando la probabilidad y la gravedad del daño frente al coste de evitarlo. La causalidad exige causa de hecho, normalmente la prueba de la condición sin la cual, y causa jurídica, es decir, que el daño no sea demasiado remoto. La culpa concurrente de la víctima reduce la indemnización en la mayoría de los sistemas, y el empresario responde por la negligencia de sus empleados en el trabajo.",
          "La fórmula del juez Learned Hand en United States v Carroll Towing, responsabilidad cuando la carga de la precaución B es menor que la probabilidad P por la pérdida L, replantea la culpa como un análisis coste-beneficio que el análisis económico del derecho, siguiendo a Posner, lee como el nivel eficiente de cuidado; los críticos señalan que los tribunales rara vez cuantifican P y L, y que la pérdida puramente económica, el daño psíquico y las omisiones siguen regidos por reglas restrictivas y no por el cálculo.",
        ],
        intuition:
          "La ley pregunta: ¿una persona sensata en tu lugar habría visto el peligro y habría dado un paso fácil para evitarlo? Si el paso era barato y el riesgo real, saltárselo es un descuido que la ley te hace pagar.",
        formula: "La fórmula de Hand: no adoptar una precaución que cuesta B es negligente cuando B es menor que la probabilidad del daño P por la pérdida L que causaría:",
        example:
          "Instalar una barandilla cuesta 1.000. Sin ella hay un 1 % de probabilidad al año de que alguien caiga y sufra una lesión valorada en 500.000. La pérdida esperada es 0,01 por 500.000, es decir, 5.000, más que la barandilla, así que no ponerla es negligente.",
        caveat:
          "Esto es un esquema general, no asesoramiento jurídico: las reglas de la negligencia cambian entre países, y los plazos de prescripción pueden impedir reclamar pasados unos años. Para un caso real, consulta a un abogado del lugar donde ocurrió.",
      },
      fr: {
        title: "La faute de négligence",
        terms: "négligence faute responsabilité civile délictuelle devoir de prudence causalité dommage réparation imprudence accident blessure formule hand",
        levels: [
          "La négligence, c'est causer un dommage à quelqu'un faute d'avoir été assez prudent. Si un magasin laisse un sol mouillé sans panneau et qu'un client glisse, le magasin peut devoir payer la blessure. La loi attend de chacun une prudence raisonnable pour ne pas nuire aux autres. Elle n'attend pas la perfection.",
          "En droit français, la responsabilité pour faute suppose trois éléments : une faute, y compris une simple négligence ou imprudence, un dommage et un lien de causalité entre les deux ; la common law ajoute l'existence d'un devoir de prudence envers la victime. L'arrêt anglais Donoghue v Stevenson, l'escargot dans la bouteille de limonade, a posé ce devoir moderne envers son prochain.",
          "La faute s'apprécie au regard d'une personne prudente et raisonnable, en pesant la probabilité et la gravité du dommage face au coût de la précaution. La causalité exige un lien de fait, souvent apprécié par l'équivalence des conditions ou la causalité adéquate, et un dommage qui ne soit pas trop indirect. La faute de la victime réduit l'indemnisation dans la plupart des systèmes, et le commettant répond des fautes de ses préposés.",
          "La formule du juge Learned Hand dans United States v Carroll Towing, responsabilité quand le coût de la précaution B est inférieur à la probabilité P multipliée par la perte L, fait de la faute un test coût-bénéfice que l'analyse économique du droit, à la suite de Posner, lit comme le niveau de prudence efficace ; ses critiques relèvent que les juges chiffrent rarement P et L, et que la perte purement économique, le préjudice psychique et les omissions restent régis par des règles restrictives plutôt que par le calcul.",
        ],
        intuition:
          "La loi se demande : une personne sensée, à votre place, aurait-elle vu le danger et pris une précaution simple pour l'éviter ? Si la précaution était bon marché et le risque réel, s'en passer est une imprudence que la loi vous fait payer.",
        formula: "La formule de Hand : ne pas prendre une précaution qui coûte B est fautif quand B est inférieur à la probabilité du dommage P fois la perte L qu'il causerait :",
        example:
          "Installer une rambarde coûte 1 000. Sans elle, il y a 1 % de risque par an qu'une personne tombe et subisse une blessure évaluée à 500 000. La perte attendue vaut 0,01 fois 500 000, soit 5 000, plus que la rambarde : s'en passer est fautif.",
        caveat:
          "Ceci est un aperçu général, pas un conseil juridique : les règles de responsabilité varient selon les pays, et la prescription peut éteindre une action après quelques années. Pour un vrai dossier, consultez un avocat du lieu des faits.",
      },
      de: {
        title: "Fahrlässigkeit",
        terms: "fahrlässigkeit fahrlässig haftung deliktsrecht sorgfaltspflicht verkehrspflicht kausalität schaden schadensersatz unachtsamkeit unfall verletzung hand-formel",
        levels: [
          "Fahrlässigkeit heißt, jemandem zu schaden, weil man nicht vorsichtig genug war. Lässt ein Laden einen nassen Boden ohne Schild, und eine Kundin rutscht aus, muss der Laden vielleicht für die Verletzung zahlen. Das Recht erwartet von allen angemessene Sorgfalt, um anderen nicht zu schaden. Es erwartet keine Perfektion.",
          "Nach deutschem Recht handelt fahrlässig, wer die im Verkehr erforderliche Sorgfalt außer Acht lässt; eine Haftung nach § 823 BGB setzt eine Rechtsgutverletzung, ein rechtswidriges und schuldhaftes Verhalten, einen Schaden und einen ursächlichen Zusammenhang voraus. Im Common Law spricht man von einer duty of care, und der Fall Donoghue v Stevenson, die Schnecke in der Limonadenflasche, begründete die moderne Pflicht gegenüber dem Nächsten.",
          "Ob die Sorgfalt verletzt ist, misst man an einem verständigen Menschen und wägt Wahrscheinlichkeit und Schwere des Schadens gegen den Aufwand der Vorsorge ab. Die Kausalität verlangt eine tatsächliche Ursache, meist nach der Äquivalenztheorie, und eine rechtliche Zurechnung, also keinen zu fernliegenden Schaden. Ein Mitverschulden des Geschädigten mindert den Ersatz, und Arbeitgeber haften unter Umständen für ihre Verrichtungsgehilfen.",
          "Die Formel von Richter Learned Hand in United States v Carroll Towing, Haftung, wenn der Vorsorgeaufwand B kleiner ist als die Wahrscheinlichkeit P mal dem Schaden L, deutet Fahrlässigkeit als Kosten-Nutzen-Abwägung, die die ökonomische Analyse des Rechts im Anschluss an Posner als effizientes Sorgfaltsniveau liest; Kritiker wenden ein, dass Gerichte P und L selten beziffern und reine Vermögensschäden, psychische Schäden und Unterlassungen weiter von restriktiven Haftungsregeln statt von der Rechnung bestimmt werden.",
        ],
        intuition:
          "Das Recht fragt: Hätte ein vernünftiger Mensch an deiner Stelle die Gefahr gesehen und einen einfachen Schritt unternommen, um sie abzuwenden? War der Schritt billig und das Risiko echt, ist das Weglassen eine Unachtsamkeit, für die das Recht dich zahlen lässt.",
        formula: "Die Hand-Formel: Eine Vorsorge mit Aufwand B zu unterlassen ist fahrlässig, wenn B kleiner ist als die Schadenswahrscheinlichkeit P mal dem Schaden L:",
        example:
          "Ein Geländer kostet 1.000. Ohne Geländer stürzt mit 1 % Wahrscheinlichkeit im Jahr jemand und erleidet eine Verletzung im Wert von 500.000. Der erwartete Schaden ist 0,01 mal 500.000, also 5.000, mehr als das Geländer kostet, daher ist das Weglassen fahrlässig.",
        caveat:
          "Das ist ein allgemeiner Überblick, keine Rechtsberatung: Haftungsregeln unterscheiden sich von Land zu Land, und Verjährungsfristen können einen Anspruch nach einigen Jahren ausschließen. Bei einem echten Fall frag eine Anwältin oder einen Anwalt vor Ort.",
      },
    },
  },
  {
    id: "burden-of-proof",
    domain: "law",
    formula: "\\text{civil: } P(\\text{claim} \\mid \\text{evidence}) > 0.5, \\qquad \\text{criminal: } P(\\text{guilt} \\mid \\text{evidence}) \\geq \\text{beyond reasonable doubt}",
    worked: "P = 0.6:\\ 0.6 > 0.5 \\text{ (civil claim succeeds)},\\ 0.6 \\ll 0.9 \\text{ (no conviction)}",
    text: {
      en: {
        title: "Burden and standard of proof",
        terms: "burden of proof standard of proof beyond reasonable doubt balance of probabilities preponderance evidence presumption of innocence guilty prove",
        levels: [
          "The burden of proof says who has to prove something in court. In a criminal trial, the prosecution must prove the person is guilty; the accused does not have to prove they are innocent. The proof must be very strong, beyond reasonable doubt. In a dispute between people, the proof only has to show that something is more likely than not.",
          "The burden of proof has two parts: who must prove a fact, and how convincingly, the standard of proof. Criminal cases require proof beyond reasonable doubt, which follows from the presumption of innocence; civil cases in common-law systems are decided on the balance of probabilities, or preponderance of the evidence. A few matters, such as fraud in some US courts, need clear and convincing evidence in between.",
          "The legal burden, the risk of losing if the evidence is balanced, usually stays with the party who makes a claim, while an evidential burden, producing enough evidence to raise an issue, can shift, for example to a defendant pleading self-defence. The asymmetry in criminal cases reflects Blackstone's maxim that it is better that ten guilty persons escape than that one innocent suffer.",
          "Decision-theoretically, a standard of proof is a threshold on the posterior probability set by the relative costs of false convictions and false acquittals, so the civil threshold of 0.5 minimizes expected errors when both are equally costly; courts resist quantifying reasonable doubt, civil-law systems speak instead of the judge's intime conviction, and the problem of naked statistical evidence, as in the blue-bus hypothetical, shows that probability alone does not settle legal proof.",
        ],
        intuition:
          "Think of a balance scale. In a civil case, the side with the burden wins if the scale tips even slightly its way. In a criminal case, the prosecution has to pile on so much that the scale slams down, because sending an innocent person to prison is the worse mistake.",
        formula: "As thresholds on the probability that a claim is true given the evidence:",
        example:
          "Suppose the evidence makes a claim 60% likely. In a civil case, 60% is more than 50%, so the claimant wins. In a criminal case on the same evidence the accused is acquitted, because 60% leaves a reasonable doubt; commentators often place that standard around 90% or higher.",
        caveat:
          "This is a general outline, not legal advice: courts do not actually use numbers, and the terms differ between legal systems. For a real case, ask a lawyer in your jurisdiction.",
      },
      es: {
        title: "La carga y el estándar de la prueba",
        terms: "carga de la prueba estándar de prueba más allá de toda duda razonable probabilidad preponderante presunción de inocencia culpable probar",
        levels: [
          "La carga de la prueba dice quién tiene que demostrar algo ante un tribunal. En un juicio penal, la acusación debe probar que la persona es culpable; el acusado no tiene que probar que es inocente. La prueba debe ser muy fuerte, más allá de toda duda razonable. En un pleito entre particulares, basta con mostrar que algo es más probable que improbable.",
          "La carga de la prueba tiene dos partes: quién debe probar un hecho y con qué grado de convicción, el estándar de prueba. Las causas penales exigen prueba más allá de toda duda razonable, consecuencia de la presunción de inocencia; las civiles, en el common law, se deciden por la probabilidad preponderante. Algunos asuntos, como el fraude en ciertos tribunales de Estados Unidos, exigen una prueba clara y convincente, intermedia.",
          "La carga legal, el riesgo de perder si la prueba queda empatada, suele recaer en quien afirma, mientras que la carga de aportar indicios suficientes para plantear una cuestión puede desplazarse, por ejemplo al acusado que alega legítima defensa. La asimetría penal refleja la máxima de Blackstone: es mejor que escapen diez culpables a que sufra un inocente.",
          "Desde la teoría de la decisión, un estándar de prueba es un umbral sobre la probabilidad a posteriori fijado por los costes relativos de condenar a un inocente y absolver a un culpable, de modo que el umbral civil de 0,5 minimiza los errores esperados cuando ambos cuestan igual; los tribunales se resisten a cuantificar la duda razonable, los sistemas continentales hablan de la libre valoración y la íntima convicción del juez, y el problema de la prueba estadística desnuda, como en el caso hipotético del autobús azul, muestra que la probabilidad sola no resuelve la prueba jurídica.",
        ],
        intuition:
          "Piensa en una balanza. En un caso civil, gana quien tiene la carga si la balanza se inclina aunque sea un poco a su favor. En un caso penal, la acusación tiene que cargar tanto que la balanza caiga de golpe, porque encarcelar a un inocente es el peor error.",
        formula: "Como umbrales sobre la probabilidad de que una afirmación sea cierta dada la prueba:",
        example:
          "Supón que la prueba hace que una afirmación sea probable en un 60 %. En un caso civil, 60 % supera el 50 %, así que gana el demandante. En un caso penal con la misma prueba se absuelve al acusado, porque un 60 % deja una duda razonable; los comentaristas suelen situar ese estándar en torno al 90 % o más.",
        caveat:
          "Esto es un esquema general, no asesoramiento jurídico: los tribunales no usan números, y los términos cambian entre sistemas jurídicos. Para un caso real, consulta a un abogado de tu jurisdicción.",
      },
      fr: {
        title: "La charge et le niveau de la preuve",
        terms: "charge de la preuve niveau de preuve au-delà du doute raisonnable prépondérance des probabilités présomption d'innocence coupable prouver intime conviction",
        levels: [
          "La charge de la preuve dit qui doit prouver quelque chose devant un tribunal. Dans un procès pénal, c'est l'accusation qui doit prouver la culpabilité ; l'accusé n'a pas à prouver son innocence. La preuve doit être très forte. Dans un litige entre particuliers, il suffit souvent de convaincre le juge que les faits sont établis.",
          "La preuve pose deux questions : qui doit prouver un fait, et avec quelle force de conviction. En matière pénale, la présomption d'innocence met la preuve à la charge de l'accusation et le doute profite à l'accusé ; en matière civile, celui qui réclame l'exécution d'une obligation doit la prouver. La common law chiffre presque ces seuils : au-delà du doute raisonnable au pénal, la prépondérance des probabilités au civil.",
          "La charge légale, le risque de perdre si les preuves s'équilibrent, reste en général à celui qui allègue, tandis que la charge de produire des éléments suffisants pour soulever une question peut se déplacer, par exemple vers l'accusé qui invoque la légitime défense. L'asymétrie pénale reflète la maxime de Blackstone : mieux vaut que dix coupables échappent qu'un innocent souffre.",
          "En théorie de la décision, un niveau de preuve est un seuil sur la probabilité a posteriori fixé par les coûts relatifs d'une condamnation à tort et d'un acquittement à tort, si bien que le seuil civil de 0,5 minimise les erreurs attendues quand elles coûtent autant ; les juges refusent de chiffrer le doute raisonnable, le droit français parle d'intime conviction, et le problème de la preuve purement statistique, comme dans l'hypothèse du bus bleu, montre que la probabilité seule ne tranche pas la preuve juridique.",
        ],
        intuition:
          "Imaginez une balance. Au civil, celui qui a la charge gagne si la balance penche même un peu de son côté. Au pénal, l'accusation doit charger tellement le plateau qu'il tombe net, car emprisonner un innocent est la pire erreur.",
        formula: "Vus comme des seuils sur la probabilité qu'une allégation soit vraie au vu des preuves :",
        example:
          "Supposons que les preuves rendent une allégation probable à 60 %. Au civil, dans un système de prépondérance, 60 % dépasse 50 % et le demandeur gagne. Au pénal, avec les mêmes preuves, l'accusé est relaxé, car 60 % laisse un doute raisonnable ; les commentateurs situent souvent ce seuil vers 90 % ou plus.",
        caveat:
          "Ceci est un aperçu général, pas un conseil juridique : les tribunaux n'emploient pas de chiffres, et les notions varient selon les systèmes. Pour un vrai dossier, consultez un avocat de votre pays.",
      },
      de: {
        title: "Beweislast und Beweismaß",
        terms: "beweislast beweismaß zweifelsfrei vernünftiger zweifel überwiegende wahrscheinlichkeit unschuldsvermutung in dubio pro reo schuldig beweisen überzeugung",
        levels: [
          "Die Beweislast sagt, wer vor Gericht etwas beweisen muss. Im Strafprozess muss die Anklage die Schuld beweisen; der Angeklagte muss nicht seine Unschuld beweisen. Der Beweis muss sehr stark sein, und im Zweifel wird freigesprochen. Im Streit zwischen Privatleuten muss meist derjenige beweisen, der etwas verlangt.",
          "Beim Beweis geht es um zwei Fragen: wer eine Tatsache beweisen muss, und wie überzeugend, das Beweismaß. Im Strafrecht folgt aus der Unschuldsvermutung der Grundsatz in dubio pro reo; im Zivilrecht trägt in der Regel jede Partei die Beweislast für die Tatsachen, auf die sie sich stützt. Das Common Law drückt die Schwellen fast in Zahlen aus: beyond reasonable doubt im Strafprozess, balance of probabilities im Zivilprozess.",
          "Die objektive Beweislast, das Risiko zu verlieren, wenn die Beweise sich die Waage halten, bleibt meist bei der Partei, die etwas behauptet, während die Last, genug Anhaltspunkte für eine Frage vorzubringen, wandern kann, etwa zum Angeklagten, der Notwehr geltend macht. Die Asymmetrie im Strafrecht spiegelt Blackstones Maxime, es sei besser, zehn Schuldige entkommen zu lassen, als einen Unschuldigen leiden zu lassen.",
          "Entscheidungstheoretisch ist ein Beweismaß eine Schwelle für die A-posteriori-Wahrscheinlichkeit, bestimmt durch die relativen Kosten einer Fehlverurteilung und eines Fehlfreispruchs, sodass die zivilrechtliche Schwelle von 0,5 die erwarteten Fehler minimiert, wenn beide gleich teuer sind; Gerichte weigern sich, vernünftige Zweifel zu beziffern, das deutsche Recht verlangt nach § 286 ZPO die volle richterliche Überzeugung, und das Problem rein statistischer Beweise, etwa im Gedankenexperiment des blauen Busses, zeigt, dass Wahrscheinlichkeit allein den rechtlichen Beweis nicht entscheidet.",
        ],
        intuition:
          "Denk an eine Waage. Im Zivilprozess gewinnt die beweisbelastete Seite, wenn die Waage sich auch nur ein wenig zu ihr neigt. Im Strafprozess muss die Anklage so viel auflegen, dass die Schale krachend fällt, weil einen Unschuldigen einzusperren der schlimmere Fehler ist.",
        formula: "Als Schwellen für die Wahrscheinlichkeit, dass eine Behauptung angesichts der Beweise wahr ist:",
        example:
          "Angenommen, die Beweise machen eine Behauptung zu 60 % wahrscheinlich. In einem Zivilprozess nach dem Maß der überwiegenden Wahrscheinlichkeit übersteigen 60 % die 50 %, und die Klage hat Erfolg. Im Strafprozess wird bei denselben Beweisen freigesprochen, weil 60 % einen vernünftigen Zweifel lassen; Kommentatoren setzen dieses Maß oft bei 90 % oder höher an.",
        caveat:
          "Das ist ein allgemeiner Überblick, keine Rechtsberatung: Gerichte arbeiten nicht mit Zahlen, und die Begriffe unterscheiden sich zwischen Rechtsordnungen. Bei einem echten Fall frag eine Anwältin oder einen Anwalt vor Ort.",
      },
    },
  },
];
