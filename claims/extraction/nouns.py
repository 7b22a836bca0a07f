"""Lexicons of the nouns that name speakers: organisations, roles, groups, pronouns, FR and EN."""

from __future__ import annotations

import re

PRONOUNS = {
    "il": "m",
    "elle": "f",
    "ils": "p",
    "elles": "p",
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",  # only an organisation: "…, it added"
    "celui-ci": "m",
    "celle-ci": "f",
    "ce dernier": "m",
    "cette dernière": "f",
    "lui": "m",
    "eux": "p",
    "him": "m",
    "her": "f",
    "them": "p",
}

# How a word for a person's occupation ends: "économiste", "cariste", "boulangère", "photographe",
# "clubman" (not "human").
OCCUPATION_ENDINGS = (
    r"(?:logue|logist|iste|ist|ian|ien|ienne|eur|euse|rice|er|ère|aire|ant|ante|graphe|(?<!hu)man|woman)"
)
# Titles for a seat in a parliament or a provincial cabinet, written after a name or a place ("Greens MLC
# X", "the Cork North-Central TD", "Transport MEC X").
SEAT_TITLES = frozenset("MP TD MLA MSP MEP MPP MLC MHA MNA MPL MEC".split())

# Last words of company names ("Harbor Lane Capital", "Hollis & Wren Development").
COMPANY_WORDS = set(
    "capital partners holdings group resources properties development developments motors systems "
    "technologies industries energy airlines airways logistics analytics insurance mining metals foods platinum "
    "minerals steel cement chemicals homes builders construction engineering pharma biotech diagnostics "
    "therapeutics finance finlease credit ventures paper mills".split()
)
# Nouns that introduce a body's own name: "l'association Parents d'élèves X", "le collectif X", "la
# province Sud"; the capitals after them are the body's, never a person's.
# "province" and "région" stay in the name ("province Sud"), the others only say what it is.
# A company's legal form after its name: "Balgarvie Fruit Ltd", "Cedarline Forest Products Inc."
LEGAL_FORMS = r"(?:Ltd|Limited|Inc|Incorporated|plc|PLC|LLC|Corp|GmbH)"
NAME_KEEPING_NOUNS = frozenset({"province", "région", "zone"})  # "la zone de police Haute-Meuse"
NAME_INTRODUCING_NOUNS = NAME_KEEPING_NOUNS | set(
    "association collectif collective syndicat fédération union coalition".split()
)
ORG_HEADS = set(
    "fleet flotte mutualité mutuelle présidence presidency protection directorate primature chancellerie secrétariat inspection bourse opposition coalition délégation confédération fondation institution rédaction majorité "
    "municipalité collectivité métropole rectorat académie région province département parlement rassemblement regroupement groupement "
    "mouvement préfecture commune agglomération charity company carmaker broadcaster commissariat "
    "universiti universidad universidade università universität "
    "administration agence agences agency ambassade armee army armée assemblée association authority "
    "autorité bank banque board bureau cabinet center centre chaîne club cnrs commission committee "
    "compagnie company congress conseil corporation council cour court department direction elysee "
    "embassy entreprise federation firm forces foundation fédération gendarmerie gouvernement "
    "government groupe headquarters hopital hospital hôpital insee institut institute journal kremlin laboratoire "
    "league ligue mairie matignon military ministere ministries ministry ministère municipality nato "
    "navy network newspaper observatoire office ong onu organisation organization otan parliament "
    "parquet parti party pentagon police prefecture préfecture quotidien regime regulator senate "
    "service services société spokesman's staff statistics syndicat sénat team tribunal ue union "
    "university université élysée équipe état-major trust body watchdog organisme instance lobby "
    "musée museum opéra orchestre orchestra école school lycée clinique clinic parc chambre chamber comité brigade".split()
)

# Capitals and countries speak for their governments ("Moscow denied", "Kiev affirme", "Pékin a
# démenti"): a speaker with one of these names is a body, not a person. Lower case, English and French.
PLACE_NAMES = set(
    "abuja accra addis-abeba alger algiers amman ankara athens athènes bagdad baghdad bakou baku "
    "bamako bangkok beijing beirut belgrade belgrade berlin berne bern beyrouth bogota brasilia bratislava "
    "bruxelles brussels bucarest bucharest budapest caracas chisinau copenhagen copenhague damas damascus "
    "dakar delhi doha dublin erevan yerevan helsinki islamabad jakarta djakarta jérusalem jerusalem kaboul "
    "kabul khartoum kiev kyiv kinshasa lisbon lisbonne london londres madrid manila manille minsk moscou "
    "moscow nairobi niamey oslo ottawa paris pékin prague pretoria pyongyang rabat riga riyadh ryad riyad "
    "rome santiago séoul seoul sofia stockholm taipei tbilisi tbilissi téhéran tehran tokyo tripoli tunis "
    "varsovie warsaw vienna vienne vilnius washington westminster "
    "afghanistan algeria algérie allemagne angleterre arabie argentina argentine armenia arménie "
    "australia australie austria autriche azerbaijan azerbaïdjan belarus bélarus biélorussie belgique "
    "belgium brazil brésil britain bulgaria bulgarie canada chine china colombia colombie croatia croatie "
    "cuba denmark danemark egypt égypte espagne estonia estonie ethiopia éthiopie finland finlande france "
    "georgia géorgie germany greece grèce hungary hongrie india inde indonesia indonésie iran iraq irak "
    "ireland irlande israel israël italy italie japan japon jordan jordanie kazakhstan kenya latvia lettonie "
    "lebanon liban libya libye lithuania lituanie mali mexico mexique moldova moldavie morocco maroc "
    "netherlands niger nigeria norway norvège pakistan palestine poland pologne portugal qatar romania "
    "roumanie russia russie serbia serbie slovakia slovaquie spain sudan soudan sweden suède switzerland "
    "suisse syria syrie taiwan taïwan tunisia tunisie turkey turquie türkiye ukraine venezuela vietnam "
    "yemen yémen".split()
)
ORG_NAMES = set(
    "afp ap bbc bce bloomberg cio cnn dares drees ecb edf engie eu eurostat fed fifa fmi imf insee "
    "inserm interfax ioc kremlin matignon nasa nato ocde oecd ofce oms onu otan pentagon pentagone "
    "ratp reuters ria sncf tass ue uefa ukrinform un unesco unicef who xinhua élysée poste".split()
)

ROLE_HEADS = set(
    "adviser advisor ambassadeur ambassador ambassadrice analyst analyste avocat avocate capitaine "
    "captain chair chairman chairwoman chef cheffe chief coach colonel commandant commander "
    "conseiller conseillère directeur director directrice dirigeant dirigeante docteur doctor député "
    "députée economist entraîneur executive general gouverneur governor général head judge juge "
    "lawyer leader maire manager mayor minister ministre médecin officer official officier patron "
    "patronne porte-parole president procureur procureure professeur prosecutor préfet préfète "
    "président présidente responsable secretary secrétaire senator spokesman spokesperson spokeswoman "
    "sélectionneur sénateur sénatrice vice-ministre économiste sheriff commissaire superintendent "
    "barrister solicitor investigator researcher scientist epidemiologist td attorney counsel "
    "commissioner inspector detective constable sergeant lieutenant captain deputy envoy negotiator author clerk registrar "
    "councillor councilor councilwoman councilman councilmember convener convenor alderman alderwoman "
    "administrator échevin échevine bourgmestre syndic tavana".split()
)

GROUP_HEADS = set(
    "analystes analysts authorities autorités campaigners chercheurs critics diplomates diplomats "
    "doctors economists enquêteurs experts habitants investigators lawmakers locals manifestants "
    "militants médecins observateurs observers officials officiels people proches protesters "
    "researchers residents responsables riverains salariés scientifiques scientists soldats sources "
    "spécialistes syndicats témoins witnesses économistes élus".split()
)

ORG_PHRASES = [
    "croix-rouge",
    "croissant-rouge",
    "red cross",
    "red crescent",
    "white house",
    "maison blanche",
    "downing street",
    "associated press",
    "banque de france",
    "bank of england",
    "federal reserve",
    "le monde",
    "new york times",
    "wall street journal",
]

FEMININE_HINTS = re.compile(
    r"^(?:la|une|cette|mme|madame|mrs|ms|miss)\b|\b(?:présidente|ministre\s+(?!de\b|des\b)\w+e\b|cheffe|directrice|"
    r"sénatrice|députée|procureure|ambassadrice|patronne|préfète|conseillère|dirigeante|porte-parole\s+(?!de\b|des\b)\w+e\b|"
    r"spokeswoman|chairwoman|avocate|mairesse|maire\s+adjointe|adjointe|élue|candidate|secrétaire\s+générale|"
    r"déléguée|représentante|responsable\s+\w+e\b|infirmière|enseignante|agricultrice|éleveuse|commerçante|"
    r"habitante|riveraine|étudiante|militante|syndicaliste\s+\w+e\b|businesswoman|congresswoman|councilwoman)\b",
    re.IGNORECASE,
)
DETERMINERS = re.compile(
    r"^(?:(?:un autre|une autre|le|la|les|un|une|des|du|de|the|a|an|ce|cette|ces|son|sa|ses|leur|leurs|its|his|"
    r"her|their|one|another|plusieurs|certains|certaines|nombreux|de nombreux|quelques|several|some|many|most|other|two|three|four|"
    r"deux|trois|quatre)\s+|[ld]')",
    re.IGNORECASE,
)

# Nouns that describe a person already named ("la magistrate", "l'élu socialiste", "le buteur").
PERSON_NOUNS = set(
    "teen teenager adolescent adolescente élu élue accusé accusée prévenu prévenue magistrat magistrate buteur buteuse attaquant attaquante "
    "candidat candidate victime défenseur gardien joueur joueuse technicien technicienne édile "
    "libéral libérale centriste écologiste socialiste communiste travailliste "
    "centre-back center-back full-back winger skipper skip playmaker "
    "intéressé intéressée quadragénaire quinquagénaire sexagénaire septuagénaire trentenaire "
    "défendeur plaignant plaignante témoin enquêteur enquêtrice striker midfielder defender goalkeeper "
    "player veteran defendant accused suspect victim incumbent challenger nominee candidate jeune homme "
    "femme man woman retraité retraitée habitant habitante commerçant commerçante passager passagère élève "
    "patient patiente syndicaliste comédien comédienne pensioner retiree resident student nurse skipper "
    "vigneron vigneronne bûcheron bûcheronne patron patronne forgeron maçon garde-faune garde-chasse "
    "garde-pêche sage-femme fisherman fisherwoman agent agente employé employée salarié salariée "
    "fonctionnaire worker employee marchand marchande boucher bouchère lycéen lycéenne collégien "
    "collégienne écolier écolière marin marins scientifique chercheur chercheuse universitaire épidémiologiste "
    "athlète sprinteur sprinteuse hurdleur hurdleuse meneur meneuse ailier ailière athlete sprinter "
    "gendarme policière militaire soldat infirmière douanière pompière guard bénévole supporter supportrice "
    "volunteer".split()
)
# "the Swede", "l'Espagnol", "the Nigerian": a nationality standing for a person already named.
NATIONALITY_RE = re.compile(
    r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:ian|ean|éen|éenne|ese|ish|ais|aise|ois|oise|ien|ienne|ic)$|^(?:Swede|Spaniard|Dane|Finn|Pole|Turk|"
    r"Scot|Briton|Brit|Greek|Thai|Czech|Swiss|Kiwi|Aussie|(?:Dutch|French|English|Welsh|Irish|Scots)(?:man|woman)|"
    r"Espagnole?|Allemande?|Belge|Suisse|Grecq?u?e?|Turque?|Russe|Tchèque|Polonaise?|Danoise?|Suédoise?)$"
)

# What a body does, after its place: "Tampa consulting firm Brackwater & Teague", "Durban insurer X".
TRADE_NOUNS = set(
    "firm company group maker consultancy developer operator agency charity retailer insurer lender bank "
    "airline carrier chain".split()
)

# The small words inside a name: "Vivre à Gland", "Department of Health", "Parents d'élèves".
NAME_PREPOSITIONS = set(
    "de du des d' la le les l' à au aux en of the in at for on to and et pour sur dans from nearby near".split()
)


# Premises an unnamed owner, manager or worker is described by
BUSINESS_NOUNS = frozenset(
    "restaurant bar café hôtel hotel boutique magasin commerce épicerie boulangerie brasserie garage camping "
    "pharmacie salon auberge gîte ferme domaine cave pub shop store cafe bakery".split()
)

# Words after "research" that make it a person's job, not a study: "a research fellow at X"
RESEARCH_PEOPLE = (
    r"(?:fellow|assistant|associate|scientist|director|officer|manager|analyst|coordinator|lead|head|chief)"
)

# "commerçant de la rue X", "résidente du boulevard Saint-Pierre Ouest": the capitals after these name a street
STREET_NOUNS = frozenset("rue avenue boulevard chemin quai impasse allée route street".split())
