#!/usr/bin/env python3
"""Deterministic bilingual news-like corpus for crosscheck's benchmark.

    python3 Benchmarks/generate-corpus.py [OUT_DIR] [--sizes 1,10,100] [--seed 2025]

Writes OUT_DIR/<N>MB/text/*.txt (some with front matter, some with page furniture pasted as
text) and OUT_DIR/<N>MB/html/*.html (navigation, teasers, cookie banner, comment form,
scripts, JSON-LD), about half the bytes each, articles of 2-20 KB, French and English.

Articles talk about a shared world of recurring events (a series = event type + parties, with
numbered instances on a date in a place), so the same event is reported by many documents;
a few documents plant a contradiction (another ordinal, date or place), and future instances
are announced as plans ("se tiendra", "will be held"). The same seed gives the same bytes.
OUT_DIR/<N>MB/manifest.json records the generator version, seed, counts and bytes.
"""
import json
import os
import random
import sys

VERSION = 3
MB = 1_000_000

# --- The world --------------------------------------------------------------------------

PARTIES = {  # id: (fr name, fr article form "l'UE"/"le Japon", fr short for "UE-Japon", en name, en short)
    "EU": ("l'Union européenne", "l'UE", "UE", "the European Union", "EU"),
    "JP": ("le Japon", "le Japon", "Japon", "Japan", "Japan"),
    "KR": ("la Corée du Sud", "la Corée", "Corée", "South Korea", "Korea"),
    "CA": ("le Canada", "le Canada", "Canada", "Canada", "Canada"),
    "IN": ("l'Inde", "l'Inde", "Inde", "India", "India"),
    "US": ("les États-Unis", "les États-Unis", "États-Unis", "the United States", "US"),
    "CN": ("la Chine", "la Chine", "Chine", "China", "China"),
    "GB": ("le Royaume-Uni", "le Royaume-Uni", "Royaume-Uni", "the United Kingdom", "UK"),
    "SG": ("Singapour", "Singapour", "Singapour", "Singapore", "Singapore"),
    "AU": ("l'Australie", "l'Australie", "Australie", "Australia", "Australia"),
    "CH": ("la Suisse", "la Suisse", "Suisse", "Switzerland", "Switzerland"),
    "NO": ("la Norvège", "la Norvège", "Norvège", "Norway", "Norway"),
}
PARTNERS = [p for p in PARTIES if p != "EU"]

PLACES = [  # (fr, en, country)
    ("Tokyo", "Tokyo", "JP"), ("Osaka", "Osaka", "JP"), ("Hiroshima", "Hiroshima", "JP"), ("Kyoto", "Kyoto", "JP"),
    ("Séoul", "Seoul", "KR"), ("Busan", "Busan", "KR"), ("Ottawa", "Ottawa", "CA"), ("Montréal", "Montreal", "CA"),
    ("New Delhi", "New Delhi", "IN"), ("Mumbai", "Mumbai", "IN"), ("Washington", "Washington", "US"),
    ("New York", "New York", "US"), ("Pékin", "Beijing", "CN"), ("Shanghai", "Shanghai", "CN"),
    ("Londres", "London", "GB"), ("Édimbourg", "Edinburgh", "GB"), ("Singapour", "Singapore", "SG"),
    ("Genève", "Geneva", "CH"), ("Berne", "Bern", "CH"), ("Bruxelles", "Brussels", "EU"),
    ("Strasbourg", "Strasbourg", "EU"), ("Paris", "Paris", "EU"), ("Luxembourg", "Luxembourg", "EU"),
]

EVENT_TYPES = [  # (id, fr noun, fr gender, en noun, generic fr, generic en)
    ("summit", "sommet", "m", "summit", "le sommet", "the summit"),
    ("digital-partnership-council", "Conseil de partenariat numérique", "m", "Digital Partnership Council",
     "le Conseil", "the Council"),
    ("trade-and-technology-council", "Conseil du commerce et des technologies", "m", "Trade and Technology Council",
     "le Conseil", "the Council"),
    ("joint-committee", "comité mixte", "m", "Joint Committee", "le comité", "the committee"),
    ("ministerial-meeting", "réunion ministérielle", "f", "ministerial meeting", "la réunion", "the meeting"),
    ("high-level-dialogue", "dialogue de haut niveau", "m", "high-level dialogue", "le dialogue", "the dialogue"),
    ("cyber-dialogue", "dialogue sur la cybersécurité", "m", "cyber dialogue", "le dialogue", "the dialogue"),
]

AGREEMENTS = [  # (fr, en)
    ("Partenariat numérique", "Digital Partnership"),
    ("accord de partenariat économique", "Economic Partnership Agreement"),
    ("Alliance verte", "Green Alliance"),
    ("partenariat de connectivité", "connectivity partnership"),
    ("partenariat de sécurité et de défense", "Security and Defence Partnership"),
]

PEOPLE = [  # (name, fr role, en role)
    ("Henna Virkkunen", "vice-présidente exécutive chargée de la souveraineté technologique",
     "Executive Vice-President for Tech Sovereignty"),
    ("Masaaki Taira", "ministre de la Transformation numérique", "Minister for Digital Transformation"),
    ("Masashi Adachi", "ministre d'État des Affaires intérieures et des Communications",
     "State Minister for Internal Affairs and Communications"),
    ("Shinji Takeuchi", "vice-ministre parlementaire de l'Économie", "Parliamentary Vice-Minister of Economy"),
    ("Maroš Šefčovič", "commissaire européen au Commerce", "European Commissioner for Trade"),
    ("Kaja Kallas", "haute représentante de l'Union", "High Representative of the Union"),
    ("Ursula von der Leyen", "présidente de la Commission européenne", "President of the European Commission"),
    ("António Costa", "président du Conseil européen", "President of the European Council"),
    ("Lee Jong-ho", "ministre des Sciences et des TIC", "Minister of Science and ICT"),
    ("Mélanie Joly", "ministre des Affaires étrangères", "Foreign Minister"),
    ("Piyush Goyal", "ministre du Commerce et de l'Industrie", "Minister of Commerce and Industry"),
    ("Gina Raimondo", "secrétaire au Commerce", "Secretary of Commerce"),
    ("Wang Wentao", "ministre du Commerce", "Commerce Minister"),
    ("Jonathan Reynolds", "secrétaire d'État aux Affaires", "Business Secretary"),
    ("Josephine Teo", "ministre du Développement numérique", "Minister for Digital Development"),
    ("Ignazio Cassis", "conseiller fédéral", "Federal Councillor"),
]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ORD_FR = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
          "neuvième", "dixième", "onzième", "douzième"]
ORD_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
         "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX",
         "XXX", "XXXI", "XXXII"]
NUM_FR = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 10: "dix", 12: "douze", 20: "vingt",
          27: "vingt-sept", 90: "quatre-vingt-dix"}
NUM_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve", 20: "twenty",
          27: "twenty-seven", 90: "ninety"}

TOPICS_FR = ["l'intelligence artificielle", "les semi-conducteurs", "la cybersécurité", "les câbles sous-marins",
             "la gouvernance des données", "les identités numériques", "la technologie quantique",
             "le calcul haute performance", "les plateformes en ligne", "la connectivité arctique",
             "les matières premières critiques", "l'hydrogène vert", "la 5G et la 6G", "les chaînes d'approvisionnement"]
TOPICS_EN = ["artificial intelligence", "semiconductors", "cybersecurity", "submarine cables", "data governance",
             "digital identities", "quantum technology", "high-performance computing", "online platforms",
             "Arctic connectivity", "critical raw materials", "green hydrogen", "5G and 6G", "supply chains"]

FILLER_FR = [
    "Les deux partenaires ont réaffirmé l'importance croissante de leur coopération face aux incertitudes géopolitiques.",
    "Ils reconnaissent la nécessité de renforcer leur compétitivité et de promouvoir une approche fondée sur des valeurs.",
    "Les discussions ont porté sur {topic}, un domaine jugé prioritaire par les deux délégations.",
    "Selon un diplomate présent, les échanges ont été « francs et constructifs » sur {topic}.",
    "La Commission européenne a salué des avancées concrètes dans le domaine de {topic}.",
    "Plusieurs entreprises ont été invitées à participer à un appel à projets conjoint sur {topic}.",
    "Les partenaires ont convenu d'étendre leur coopération au-delà de la recherche, en mettant l'accent sur {topic}.",
    "Le texte final, long de {n} pages, doit encore être approuvé par les États membres.",
    "Le budget consacré à ce programme atteint {money}, selon le communiqué publié à l'issue des travaux.",
    "La part des échanges numériques a progressé de {pct} l'an dernier, d'après les chiffres officiels.",
    "Près de {count} chercheurs participent déjà aux projets communs.",
    "Les {words} États membres devront se prononcer avant la fin de l'année.",
    "Un groupe de travail se réunira chaque trimestre pour suivre la mise en œuvre des engagements.",
    "M. {surname} a rappelé que la coopération dans le domaine de {topic} « ne fait que commencer ».",
    "Les observateurs notent toutefois que plusieurs dossiers restent en suspens, notamment {topic}.",
    "Le procès-verbal consulté par notre rédaction évoque aussi {topic}.",
]
FILLER_EN = [
    "Both partners reaffirmed the growing importance of their cooperation amid global geopolitical uncertainty.",
    "They recognised the need to strengthen their competitiveness and to promote a values-based approach.",
    "Talks focused on {topic}, an area both delegations see as a priority.",
    "According to a diplomat in the room, the exchanges on {topic} were \"frank and constructive\".",
    "The European Commission welcomed concrete progress on {topic}.",
    "Several companies were invited to take part in a joint call for proposals on {topic}.",
    "The partners agreed to extend their cooperation beyond research, with a focus on {topic}.",
    "The final text, {n} pages long, still has to be approved by the member states.",
    "The budget for the programme reaches {money}, according to the statement released after the talks.",
    "The share of digital trade grew by {pct} last year, official figures show.",
    "Nearly {count} researchers already take part in joint projects.",
    "All {words} member states will have to decide before the end of the year.",
    "A working group will meet every quarter to follow up on the commitments.",
    "Mr {surname} recalled that cooperation on {topic} \"has only just begun\".",
    "Observers note, however, that several files remain open, including {topic}.",
    "The minutes seen by this newspaper also mention {topic}.",
]

SOURCES = [("L'Observatoire de l'Europe", "fr", "observatoire-europe.example"),
           ("Le Courrier de Bruxelles", "fr", "courrier-bruxelles.example"),
           ("La Dépêche numérique", "fr", "depeche-numerique.example"),
           ("Euro Policy Wire", "en", "europolicywire.example"),
           ("The Digital Ledger", "en", "digitalledger.example"),
           ("Asia-Europe Monitor", "en", "asia-europe-monitor.example")]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


class World:
    """Series of recurring events (type + parties) with numbered instances."""

    def __init__(self, rng, series_count):
        self.series = []
        seen = set()
        while len(self.series) < series_count:
            etype = rng.choice(EVENT_TYPES)
            a = "EU" if rng.random() < 0.8 else rng.choice(PARTNERS)
            b = rng.choice([p for p in PARTNERS if p != a])
            key = (etype[0], a, b, len(self.series) // (len(EVENT_TYPES) * len(PARTNERS) * 2))
            if key in seen:
                continue
            seen.add(key)
            first_year = rng.randint(1995, 2019)
            count = rng.randint(2, 8)
            instances = []
            year = first_year
            base = rng.randint(1, 20)
            for k in range(count):
                year = min(2027, year + rng.randint(1, 2))
                month = rng.randint(1, 12)
                day = rng.randint(1, days_in(year, month))
                two_days = rng.random() < 0.2 and day < days_in(year, month)
                host = a if k % 2 == 0 else b
                places = [p for p in PLACES if p[2] == host] or PLACES
                instances.append({"n": base + k, "y": year, "m": month, "d": day, "two": two_days,
                                  "place": rng.choice(places)})
            self.series.append({"type": etype, "a": a, "b": b, "instances": instances})


# --- Spelling things -------------------------------------------------------------------

def fr_date(rng, inst, pub):
    y, m, d = inst["y"], inst["m"], inst["d"]
    same_year = pub is not None and pub[0] == y
    r = rng.random()
    if inst["two"] and r < 0.35:
        return f"les {d} et {d + 1} {MONTHS_FR[m - 1]}" + ("" if same_year else f" {y}")
    if r < 0.45:
        return f"le {'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}"
    if r < 0.6:
        return f"le {d} {MONTHS_FR[m - 1]}" + ("" if same_year and rng.random() < 0.7 else f" {y}")
    if r < 0.75:
        return f"en {MONTHS_FR[m - 1]} {y}"
    if r < 0.85:
        return f"le {d:02d}/{m:02d}/{y}"
    if r < 0.92 and pub is not None and pub[0] + 1 == y:
        return "l'an prochain" if rng.random() < 0.5 else "l'année prochaine"
    return f"en {y}"


def en_date(rng, inst, pub):
    y, m, d = inst["y"], inst["m"], inst["d"]
    r = rng.random()
    if inst["two"] and r < 0.35:
        return f"on {MONTHS_EN[m - 1]} {d} and {d + 1}, {y}"
    if r < 0.45:
        return f"on {MONTHS_EN[m - 1]} {d}, {y}"
    if r < 0.6:
        return f"on {d} {MONTHS_EN[m - 1]} {y}"
    if r < 0.72:
        return f"in {MONTHS_EN[m - 1]} {y}"
    if r < 0.8:
        return f"on {y}-{m:02d}-{d:02d}"
    if r < 0.9 and pub is not None and pub[0] + 1 == y:
        return "next year"
    return f"in {y}"


def fr_ordinal(rng, n, gender):
    r = rng.random()
    if n <= len(ORD_FR) and r < 0.4:
        w = ORD_FR[n - 1]
        if n == 1 and gender == "f":
            w = "première"
        return w
    if n <= len(ROMAN) and r < 0.5:
        return ROMAN[n - 1] + "e"
    if n == 1:
        return "1er" if gender == "m" else "1re"
    return f"{n}{rng.choice(['e', 'e', 'ème', 'eme'])}"


def en_ordinal(rng, n):
    if n <= len(ORD_EN) and rng.random() < 0.4:
        return ORD_EN[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fr_pair(rng, a, b):
    if rng.random() < 0.5:
        a, b = b, a
    r = rng.random()
    sep = rng.choice(["-", "-", "–"])
    if r < 0.6:
        return f"{PARTIES[a][2]}{sep}{PARTIES[b][2]}", True
    return f"entre {PARTIES[a][1]} et {PARTIES[b][1]}", False


def en_pair(rng, a, b):
    if rng.random() < 0.5:
        a, b = b, a
    sep = rng.choice(["-", "-", "–"])
    if rng.random() < 0.7:
        return f"{PARTIES[a][4]}{sep}{PARTIES[b][4]}", True
    return f"between {PARTIES[a][3]} and {PARTIES[b][3]}", False


def fr_number(rng):
    r = rng.random()
    if r < 0.25:
        return f"{rng.randint(1, 999)} {rng.randint(0, 999):03d}"           # "12 500"
    if r < 0.5:
        return f"{rng.randint(1, 99)},{rng.randint(1, 9)}"                  # "3,5"
    if r < 0.7:
        return NUM_FR[rng.choice(list(NUM_FR))]
    return str(rng.randint(2, 500))


def fr_count(rng):
    n = rng.randint(12, 4000)
    return f"{n // 1000} {n % 1000:03d}" if n >= 1000 else str(n)


def en_count(rng):
    n = rng.randint(12, 4000)
    return f"{n:,}"


def en_number(rng):
    r = rng.random()
    if r < 0.25:
        return f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}"
    if r < 0.5:
        return f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"
    if r < 0.7:
        return NUM_EN[rng.choice(list(NUM_EN))]
    return str(rng.randint(2, 500))


def fill(rng, template, lang):
    topics = TOPICS_FR if lang == "fr" else TOPICS_EN
    person = rng.choice(PEOPLE)[0].split()[-1]
    if lang == "fr":
        money = rng.choice([f"{rng.randint(1, 9)},{rng.randint(1, 9)} milliards d'euros",
                            f"{rng.randint(10, 900)} millions d'euros", f"{rng.randint(1, 99)} 000 euros"])
        pct = f"{rng.randint(1, 30)},{rng.randint(0, 9)} %"
        big = fr_number(rng)
        words = NUM_FR[27]
        count = fr_count(rng)
    else:
        money = rng.choice([f"€{rng.randint(1, 9)}.{rng.randint(1, 9)} billion", f"{rng.randint(10, 900)} million euros",
                            f"${rng.randint(1, 99)},000"])
        pct = f"{rng.randint(1, 30)}.{rng.randint(0, 9)}%"
        big = en_number(rng)
        words = NUM_EN[27]
        count = en_count(rng)
    return template.format(topic=rng.choice(topics), n=rng.randint(4, 120), money=money, pct=pct, big=big, count=count,
                           words=words, surname=person)


def event_sentence(rng, lang, series, inst, pub, plant):
    """One or two sentences about an event instance, possibly with a planted contradiction."""
    etype = series["type"]
    n, place, date_inst = inst["n"], inst["place"], inst
    if plant == "ordinal":
        n = n + rng.choice([-1, 1]) if n > 1 else n + 1
    elif plant == "date":
        date_inst = dict(inst, y=inst["y"] + rng.choice([-1, 1]), d=min(inst["d"], 28), two=False)
    elif plant == "place":
        place = rng.choice([p for p in PLACES if p != place])
    planned = pub is not None and (inst["y"], inst["m"], inst["d"]) > pub
    if lang == "fr":
        fem = etype[2] == "f"
        ordw = fr_ordinal(rng, n, etype[2])
        pair, compact = fr_pair(rng, series["a"], series["b"])
        noun = etype[1]
        head = f"{'La' if fem else 'Le'} {ordw} {noun} {pair}" if compact else \
            f"{'La' if fem else 'Le'} {ordw} {noun} {pair}"
        date = fr_date(rng, date_inst, pub)
        where = f"à {place[0]}"
        if planned:
            verb = rng.choice(["se tiendra", "devrait avoir lieu", "est prévu" + ("e" if fem else "") + " pour",
                               "aura lieu"])
            if verb.endswith("pour"):
                s = f"{head} {verb} {date[3:] if date.startswith('en ') else date} {where}."
            else:
                s = f"{head} {verb} {where} {date}."
        else:
            verb = rng.choice(["s'est tenu" + ("e" if fem else ""), "a eu lieu", "s'est déroulé" + ("e" if fem else "")])
            s = f"{head} {verb} {date} {where}."
        if rng.random() < 0.4:
            person = rng.choice(PEOPLE)
            s += f" {person[0]}, {person[1]}, y a participé aux côtés de {rng.choice(PEOPLE)[0]}."
        if rng.random() < 0.3:
            agr = rng.choice(AGREEMENTS)
            s += f" Le {agr[0]} entre les deux parties a été signé en {MONTHS_FR[rng.randint(0, 11)]} " \
                 f"{inst['y'] - rng.randint(1, 4)} lors du {fr_ordinal(rng, max(1, inst['n'] - rng.randint(1, 3)), 'm')} " \
                 f"sommet {PARTIES[series['a']][2]}-{PARTIES[series['b']][2]}."
        if rng.random() < 0.3:
            s += f" {etype[4][0].upper() + etype[4][1:]} a réuni {fr_count(rng)} participants."
        return s
    ordw = en_ordinal(rng, n)
    pair, compact = en_pair(rng, series["a"], series["b"])
    noun = etype[3]
    head = f"The {ordw} {pair} {noun}" if compact else f"The {ordw} {noun} {pair}"
    date = en_date(rng, date_inst, pub)
    where = f"in {place[1]}"
    if planned:
        verb = rng.choice(["will be held", "is expected to take place", "is scheduled to take place", "will take place"])
        s = f"{head} {verb} {where} {date}."
    else:
        verb = rng.choice(["was held", "took place", "met"])
        s = f"{head} {verb} {where} {date}."
    if rng.random() < 0.4:
        person = rng.choice(PEOPLE)
        s += f" {person[0]}, {person[2]}, attended alongside {rng.choice(PEOPLE)[0]}."
    if rng.random() < 0.3:
        agr = rng.choice(AGREEMENTS)
        s += f" The {agr[1]} between the two sides was signed in {MONTHS_EN[rng.randint(0, 11)]} " \
             f"{inst['y'] - rng.randint(1, 4)} at the {en_ordinal(rng, max(1, inst['n'] - rng.randint(1, 3)))} " \
             f"{PARTIES[series['a']][4]}-{PARTIES[series['b']][4]} summit."
    if rng.random() < 0.3:
        s += f" {etype[5][0].upper() + etype[5][1:]} brought together {en_count(rng)} participants."
    return s


def relative_sentence(rng, lang):
    if lang == "fr":
        return rng.choice([
            "Le mois dernier, les ministres s'étaient déjà réunis pour préparer ces travaux.",
            "Hier, la délégation a rencontré des représentants de l'industrie.",
            "Aujourd'hui, les deux parties publient une déclaration commune.",
            "Une nouvelle rencontre est prévue l'année prochaine.",
            "Demain, le commissaire présentera les conclusions au Parlement européen.",
        ])
    return rng.choice([
        "Last month, the ministers had already met to prepare the talks.",
        "Yesterday, the delegation met industry representatives.",
        "Today, both sides are publishing a joint statement.",
        "Another meeting is planned next year.",
        "Tomorrow, the commissioner will present the conclusions to the European Parliament.",
    ])


def article(rng, world, lang, target_bytes):
    """Returns (title, published (y, m, d), paragraphs)."""
    series = rng.choice(world.series)
    k = rng.randrange(len(series["instances"]))
    inst = series["instances"][k]
    # Published around the instance: mostly after it, sometimes before (a plan).
    delta = rng.randint(-200, 400)
    # Walk by months (cheap and deterministic).
    y, m = inst["y"], inst["m"]
    d = inst["d"] + delta
    while d > days_in(y, m):
        d -= days_in(y, m); m += 1
        if m > 12: m, y = 1, y + 1
    while d < 1:
        m -= 1
        if m < 1: m, y = 12, y - 1
        d += days_in(y, m)
    pub = (y, m, d)
    etype = series["type"]
    if lang == "fr":
        title = f"{PARTIES[series['a']][1][0].upper()}{PARTIES[series['a']][1][1:]} et {PARTIES[series['b']][1]} " \
                f"renforcent leur coopération sur {rng.choice(TOPICS_FR)}"
    else:
        title = f"{PARTIES[series['a']][3][0].upper()}{PARTIES[series['a']][3][1:]} and {PARTIES[series['b']][3]} " \
                f"step up cooperation on {rng.choice(TOPICS_EN)}"
    paragraphs = []
    size = 0
    filler = FILLER_FR if lang == "fr" else FILLER_EN
    mentioned = [(series, inst)]
    # Other events of the same and other series.
    for _ in range(rng.randint(0, 3)):
        other = rng.choice(world.series) if rng.random() < 0.5 else series
        mentioned.append((other, rng.choice(other["instances"])))
    while size < target_bytes:
        sentences = []
        for _ in range(rng.randint(2, 6)):
            r = rng.random()
            if r < 0.22:
                s_series, s_inst = rng.choice(mentioned)
                plant = None
                if rng.random() < 0.06:
                    plant = rng.choice(["ordinal", "date", "place"])
                sentences.append(event_sentence(rng, lang, s_series, s_inst, pub, plant))
            elif r < 0.3:
                sentences.append(relative_sentence(rng, lang))
            else:
                sentences.append(fill(rng, rng.choice(filler), lang))
        p = " ".join(sentences)
        if rng.random() < 0.1:
            p = ("- " if rng.random() < 0.5 else "• ") + p
        paragraphs.append(p)
        size += len(p.encode()) + 2
        if rng.random() < 0.08:
            sub = rng.choice(TOPICS_FR if lang == "fr" else TOPICS_EN)
            paragraphs.append(sub[0].upper() + sub[1:])
    return title, pub, paragraphs, etype


def text_furniture(rng, lang):
    if lang == "fr":
        head = ["Partagez cet article", "Facebook Twitter LinkedIn E-mail"]
        tail = ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.",
                f"{NUM_FR[20]} − {NUM_FR[6]} =", "À lire aussi",
                f"Il y a {rng.randint(2, 9)} jours", "Le sommet UE-Chine reporté à l'automne",
                f"Il y a {rng.randint(2, 9)} heures", "Nouvelles règles sur les puces : ce qui change",
                "© 2025 Tous droits réservés. Mentions légales"]
    else:
        head = ["Share this article", "Facebook Twitter LinkedIn Email"]
        tail = ["Leave a comment", "Your email address will not be published.",
                f"{NUM_EN[20]} - {NUM_EN[6]} =", "Read more",
                f"{rng.randint(2, 9)} days ago", "EU-China summit postponed to autumn",
                f"{rng.randint(2, 9)} hours ago", "New chip rules: what changes",
                "© 2025 All rights reserved. Legal notice"]
    return head, tail


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_text(rng, world, lang, target, idx):
    title, pub, paragraphs, _ = article(rng, world, lang, target)
    source = rng.choice([s for s in SOURCES if s[1] == lang])
    out = []
    style = rng.random()
    if style < 0.5:
        out += ["---", f"id: t{idx:06d}", f"lang: {lang}", f"published: {pub[0]:04d}-{pub[1]:02d}-{pub[2]:02d}",
                f"source: {source[0]}", f"url: https://{source[2]}/{idx}", f"title: \"{title}\"", "---", ""]
    out.append(title)
    out.append("")
    head, tail = text_furniture(rng, lang)
    if style >= 0.7:
        out += head + [""]
    for p in paragraphs:
        out.append(p)
        out.append("")
    if style >= 0.7:
        out += tail
    return "\n".join(out) + "\n"


def write_html(rng, world, lang, target, idx):
    # The article's prose is about 45-60 % of the page; the rest is furniture.
    title, pub, paragraphs, _ = article(rng, world, lang, int(target * rng.uniform(0.45, 0.6)))
    source = rng.choice([s for s in SOURCES if s[1] == lang])
    date = f"{pub[0]:04d}-{pub[1]:02d}-{pub[2]:02d}"
    fr = lang == "fr"
    nav_items = (["Accueil", "Politique", "Économie", "Numérique", "Monde", "Opinions", "Contact"] if fr else
                 ["Home", "Politics", "Economy", "Digital", "World", "Opinion", "Contact"])
    o = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
         f"<title>{html_escape(title)} | {html_escape(source[0])}</title>",
         f'<meta property="og:title" content="{html_escape(title)}">',
         f'<meta property="og:site_name" content="{html_escape(source[0])}">',
         f'<meta property="article:published_time" content="{date}T08:{rng.randint(10, 59)}:00+02:00">',
         f'<link rel="canonical" href="https://{source[2]}/{lang}/{idx}">',
         '<link rel="stylesheet" href="/static/site.css">',
         "<style>body{font-family:Georgia,serif}.cookie-banner{position:fixed;bottom:0}.nav a{margin:0 4px}</style>",
         '<script type="application/ld+json">' + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                                                               "headline": title, "datePublished": date,
                                                               "publisher": {"@type": "Organization",
                                                                             "name": source[0]}},
                                                              ensure_ascii=False) + "</script>",
         "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
         "gtag('js',new Date());gtag('config','G-XXXX');</script>",
         "</head>\n<body>",
         '<div class="cookie-banner" id="cookie-consent"><p>' +
         ("Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez leur utilisation."
          if fr else "We use cookies to improve your experience. By continuing you accept their use.") +
         '</p><button>' + ("Accepter" if fr else "Accept") + '</button><button>' +
         ("Refuser" if fr else "Decline") + "</button></div>",
         f'<header class="site-header"><a class="logo" href="/">{html_escape(source[0])}</a>',
         '<nav class="nav main-menu"><ul>' + "".join(f'<li><a href="/{x.lower()}">{x}</a></li>' for x in nav_items) +
         "</ul></nav></header>",
         '<main>\n<article class="post">',
         f"<h1>{html_escape(title)}</h1>",
         f'<p class="byline">{"Par" if fr else "By"} {rng.choice(["Jean Delaunay", "Claire Martin", "Tom Baker", "Aiko Sato"])}'
         f' — <time datetime="{date}">{date}</time></p>',
         '<div class="share-buttons"><a href="#">' + ("Partagez cet article" if fr else "Share this article") +
         '</a> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a></div>']
    for p in paragraphs:
        if p.startswith("- ") or p.startswith("• "):
            o.append(f"<ul><li>{html_escape(p[2:])}</li></ul>")
        elif len(p) < 60:
            o.append(f"<h2>{html_escape(p)}</h2>")
        else:
            o.append(f"<p>{html_escape(p)}</p>")
        if rng.random() < 0.05:
            o.append('<div class="ad-slot" data-ad="inline"><script>loadAd("inline")</script></div>')
    o.append("</article>")
    teasers = []
    for _ in range(rng.randint(3, 8)):
        s = rng.choice(world.series)
        inst = rng.choice(s["instances"])
        teasers.append(f'<li><a href="/{rng.randint(1000, 99999)}">' +
                       (f"{s['type'][1][0].upper()}{s['type'][1][1:]} {PARTIES[s['a']][2]}-{PARTIES[s['b']][2]} : "
                        f"ce qu'il faut retenir du {inst['n']}e rendez-vous" if fr else
                        f"{PARTIES[s['a']][4]}-{PARTIES[s['b']][4]} {s['type'][3]}: takeaways from the "
                        f"{en_ordinal(rng, inst['n'])} meeting") +
                       f'</a> <span class="ago">{"Il y a" if fr else ""} {rng.randint(2, 9)} '
                       f'{"jours" if fr else "days ago"}</span></li>')
    o.append('<aside class="related"><h3>' + ("À lire aussi" if fr else "Read more") + "</h3><ul>" +
             "".join(teasers) + "</ul></aside>")
    o.append('<section id="comments" class="comments"><h3>' + ("Laisser un commentaire" if fr else "Leave a comment") +
             '</h3><form action="/comment" method="post"><label>' + ("Nom" if fr else "Name") +
             '</label><input name="name"><label>E-mail</label><input name="email"><textarea name="c"></textarea>'
             f'<label>{NUM_FR[20] if fr else NUM_EN[20]} − {NUM_FR[6] if fr else NUM_EN[6]} =</label>'
             '<input name="captcha"><button>' + ("Publier" if fr else "Post") + "</button></form></section>")
    o.append("</main>")
    o.append('<footer class="site-footer"><p>© 2025 ' + html_escape(source[0]) + ". " +
             ("Tous droits réservés. Mentions légales. Politique de confidentialité." if fr else
              "All rights reserved. Legal notice. Privacy policy.") + "</p><ul>" +
             "".join(f'<li><a href="/{x.lower()}">{x}</a></li>' for x in nav_items) + "</ul></footer>")
    o.append("<script src=\"/static/app.js\" defer></script>\n</body>\n</html>\n")
    return "\n".join(o)


def generate(out_dir, size_mb, seed):
    folder = os.path.join(out_dir, f"{size_mb}MB")
    manifest_path = os.path.join(folder, "manifest.json")
    if os.path.exists(manifest_path):
        with open(manifest_path) as f:
            m = json.load(f)
        if m.get("version") == VERSION and m.get("seed") == seed:
            print(f"{folder}: up to date ({m['text_files']} text, {m['html_files']} html, "
                  f"{(m['text_bytes'] + m['html_bytes']) / MB:.1f} MB)")
            return
    rng = random.Random(seed * 1000 + size_mb)
    world = World(rng, max(20, size_mb * 12))
    total = size_mb * MB
    for kind in ("text", "html"):
        os.makedirs(os.path.join(folder, kind), exist_ok=True)
        for name in os.listdir(os.path.join(folder, kind)):
            os.remove(os.path.join(folder, kind, name))
    counts = {}
    for kind, ext, writer in (("text", "txt", write_text), ("html", "html", write_html)):
        written, idx = 0, 0
        while written < total // 2:
            lang = "fr" if rng.random() < 0.5 else "en"
            target = int(2048 * (10 ** rng.uniform(0, 1)))        # 2-20 KB, log-uniform
            data = writer(rng, world, lang, target, idx).encode("utf-8")
            # Articles of 2-20 KB: a long draw is cut at a paragraph, a short one padded by the writer's loop.
            with open(os.path.join(folder, kind, f"{idx:06d}.{lang}.{ext}"), "wb") as f:
                f.write(data)
            written += len(data)
            idx += 1
        counts[kind] = (idx, written)
    manifest = {"version": VERSION, "seed": seed, "size_mb": size_mb,
                "text_files": counts["text"][0], "text_bytes": counts["text"][1],
                "html_files": counts["html"][0], "html_bytes": counts["html"][1]}
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=1)
    print(f"{folder}: {manifest['text_files']} text files ({counts['text'][1] / MB:.1f} MB), "
          f"{manifest['html_files']} html files ({counts['html'][1] / MB:.1f} MB)")


def main(argv):
    out_dir, sizes, seed = None, [1, 10, 100], 2025
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--sizes":
            sizes = [int(x) for x in args.pop(0).split(",")]
        elif a == "--seed":
            seed = int(args.pop(0))
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            out_dir = a
    if out_dir is None:
        out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench-corpus")
    for s in sizes:
        generate(os.path.normpath(out_dir), s, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
