"""Word lists and sentence templates for the benchmark corpus generator.

Everything here is invented for the benchmark: the outlets, the people and the
stories.  Place names are real so that datelines and language detection see
realistic text, but no sentence describes a real event.

Templates use ``{slot}`` placeholders that :mod:`generate` fills from these
lists.  Slots written in upper case (``{CITY}``, ``{ACTOR}``) are fixed for one
article; lower-case slots draw a fresh value every time they appear.  Topic
slots (``{thing}``, ``{event}``, ``{group}``, ``{HN}``...) come from the
article's topic.  Grammar rule followed by every template: ``{thing}`` and
``{event}`` may be singular or plural, so they are never the subject of a
present-tense verb.
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# Outlets (all invented)

#: English-language outlets that publish the articles.
OUTLETS_EN = [
    "The Levant Digest",
    "The Example Post",
    "Northern Ledger",
    "The Caspian Courier",
    "Bosporus Weekly Review",
    "The Meridian Dispatch",
    "Harbour Street Journal",
    "The Frontier Monitor",
    "Eastern Shore Observer",
    "The Crossroads Herald",
]

#: Outlets whose articles get translated, by original language.
SOURCE_OUTLETS = {
    "ar": ["Al-Medina Today", "Sada al-Shamal", "Al-Wadi Net", "Jisr Press", "Nabd al-Sahel"],
    "ru": ["Vesti Severa", "Gazeta Pribrezhya", "Ural Segodnya", "Novaya Volna", "Kurier Kamy"],
    "tr": ["Haber Ufku", "Yeni Kıyı Gazetesi", "Karadeniz Postası", "Gündem Meydanı", "Ova Haber"],
}

#: Outlets publishing in a language other than English (declared ar/fr/ru bodies).
NATIVE_OUTLETS = {
    "ar": ["Al-Medina Today", "Sada al-Shamal", "Nabd al-Sahel"],
    "fr": ["La Gazette des Deux Rives", "Le Veilleur Oriental", "Courrier du Littoral"],
    "ru": ["Vesti Severa", "Ural Segodnya", "Novaya Volna"],
}

LANGUAGE_NAMES = {"ar": "Arabic", "ru": "Russian", "tr": "Turkish", "fr": "French", "en": "English"}

# --------------------------------------------------------------------------
# People

#: Russian women's first names (their surnames take the feminine ending).
FEMALE_RU = {"Irina", "Olga", "Natalia", "Yelena", "Tatiana", "Anna", "Svetlana", "Maria", "Galina"}

FIRST = {
    "ar": ["Ahmad", "Omar", "Khaled", "Yousef", "Rami", "Samer", "Hassan", "Mahmoud", "Bilal",
           "Nour", "Lina", "Rasha", "Hala", "Mariam", "Salma", "Dima", "Firas", "Tarek", "Walid",
           "Jamil", "Ziad", "Karim", "Hiba", "Reem", "Amal", "Fadi", "Issam", "Nabil", "Suha", "Yara"],
    "ru": ["Alexei", "Dmitry", "Sergei", "Irina", "Olga", "Natalia", "Pavel", "Andrei", "Yelena",
           "Mikhail", "Tatiana", "Viktor", "Anna", "Kirill", "Svetlana", "Yuri", "Maria",
           "Konstantin", "Galina", "Roman"],
    "tr": ["Mehmet", "Ayşe", "Emre", "Elif", "Murat", "Zeynep", "Burak", "Selin", "Hakan", "Deniz",
           "Cem", "Leyla", "Oğuz", "Ebru", "Kerem", "Gül", "Serkan", "Esra", "Tolga", "Derya"],
    "en": ["James", "Sarah", "Michael", "Emma", "David", "Laura", "Thomas", "Rachel", "Daniel",
           "Claire", "Peter", "Helen", "Mark", "Julia", "Simon", "Kate", "Andrew", "Lucy", "Paul",
           "Anna", "Chris", "Fiona"],
    "fr": ["Camille", "Julien", "Claire", "Mathieu", "Sophie", "Antoine", "Élise", "Nicolas", "Léa",
           "Thomas", "Manon", "Pierre"],
}

LAST = {
    "ar": ["al-Haddad", "Khalil", "Mansour", "al-Hamwi", "Darwish", "Saleh", "Qassem", "al-Masri",
           "Barakat", "Shami", "al-Ali", "Hijazi", "Kanaan", "Zein", "Hamdan", "Rahal", "Sabbagh",
           "Tohme", "al-Khatib", "Najjar", "Ayoub", "Dabbagh", "Fakhoury", "al-Omari", "Sarraj"],
    # masculine forms; generate.py adds the feminine ending for women's names
    "ru": ["Volkov", "Sokolov", "Petrenko", "Lebedev", "Morozov", "Kuznetsov", "Orlov", "Belov",
           "Zaitsev", "Golubev", "Karpov", "Fedorov", "Semenov", "Vinogradov", "Bogdanov",
           "Makarov", "Tikhonov", "Yegorov"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Koç",
           "Kurt", "Özdemir", "Aksoy", "Erdem", "Polat", "Güneş", "Karaca", "Tekin"],
    "en": ["Harper", "Whitfield", "Morgan", "Caldwell", "Brennan", "Fletcher", "Hale", "Lindqvist",
           "Marsh", "Osborne", "Pryce", "Rowe", "Sutton", "Thorne", "Vance", "Walsh", "Ashby",
           "Bellamy", "Carver", "Dunmore"],
    "fr": ["Durand", "Lefèvre", "Moreau", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Mercier",
           "Blanchard", "Gauthier"],
}

#: Titles that go in front of a name ("Economy Minister Rami Khalil").
ROLE_TITLES = [
    "Economy Minister", "Interior Minister", "Health Minister", "Energy Minister",
    "Deputy Foreign Minister", "Governor", "Mayor", "Deputy Mayor", "Council Chair",
    "Provincial Council Chair", "Trade Minister", "Transport Minister", "Education Minister",
    "Agriculture Minister", "Senior Adviser", "Opposition Spokesperson", "Parliament Speaker",
    "Deputy Prime Minister", "Police Chief", "Provincial Director",
]

#: Descriptions that follow a name ("..., the head of the local council,").
ROLES = [
    "the head of the local council", "a member of the provincial assembly", "a senior economist",
    "the director of the main hospital", "a spokesperson for the governor's office",
    "an independent analyst", "the head of the traders' association", "a local activist",
    "the deputy head of the water authority", "a former minister", "a researcher at a think tank",
    "the chairman of the chamber of commerce", "a lawyer representing the families",
    "the coordinator of the relief committee", "a professor of political science",
]

OCCUPATIONS = [
    "a teacher", "a shop owner", "a taxi driver", "a nurse", "a farmer", "a retired engineer",
    "a student", "a pharmacist", "a baker", "a mother of three", "a local activist",
    "a day labourer", "a fisherman", "a bus driver", "a pensioner", "a mechanic",
    "a secondary school principal", "a volunteer paramedic", "a carpenter", "a market trader",
]

# --------------------------------------------------------------------------
# Places (real names; the events are invented)

#: Cities by the region an article is set in, with the country they belong to.
CITIES = {
    "Syria": ["Damascus", "Aleppo", "Idlib", "Homs", "Latakia", "Hama", "Deir ez-Zor", "Raqqa",
              "Daraa", "Tartus", "Qamishli", "Jisr al-Shughour"],
    "Lebanon": ["Beirut", "Tripoli", "Sidon", "Tyre", "Zahle", "Baalbek"],
    "Jordan": ["Amman", "Irbid", "Zarqa", "Mafraq", "Aqaba"],
    "Iraq": ["Baghdad", "Mosul", "Erbil", "Basra", "Kirkuk", "Sulaymaniyah"],
    "Turkey": ["Ankara", "Istanbul", "Gaziantep", "Izmir", "Hatay", "Sanliurfa", "Mersin", "Adana"],
    "Russia": ["Moscow", "Kazan", "Rostov-on-Don", "Novosibirsk", "Yekaterinburg", "Samara",
               "Krasnodar", "Volgograd"],
    "Egypt": ["Cairo", "Alexandria", "Port Said", "Aswan"],
}

REGIONS = {
    "Syria": ["the northern countryside", "the coastal region", "the eastern desert",
              "the Euphrates valley", "the southern province"],
    "Lebanon": ["the Bekaa Valley", "the southern border area", "the northern district"],
    "Jordan": ["the northern governorates", "the Jordan Valley", "the eastern desert"],
    "Iraq": ["the Nineveh plains", "the Kurdistan region", "the southern marshes"],
    "Turkey": ["the Black Sea region", "the southeast", "the Aegean coast", "the border provinces"],
    "Russia": ["the Volga region", "the Urals", "the North Caucasus", "western Siberia"],
    "Egypt": ["the Nile Delta", "Upper Egypt", "the Suez Canal zone"],
}

#: Which country an original language points to (for translated pieces).
COUNTRIES_BY_LANG = {
    "ar": ["Syria", "Lebanon", "Jordan", "Iraq", "Egypt"],
    "ru": ["Russia"],
    "tr": ["Turkey"],
    "en": ["Syria", "Lebanon", "Jordan", "Iraq", "Turkey", "Russia", "Egypt"],
    "fr": ["Lebanon", "Syria", "Egypt"],
}

ORGS = [
    "the Regional Water Authority", "the Northern Relief Coalition", "the Chamber of Commerce",
    "the Civil Defence teams", "the UN refugee agency", "the World Health Organization",
    "the provincial health directorate", "the Bar Association", "the Farmers' Union",
    "the Teachers' Syndicate", "the Red Crescent", "the Central Statistics Office",
    "a local monitoring group", "the Institute for Regional Studies", "the municipal council",
    "the national electricity company", "the Human Rights Observatory for the North",
    "the Union of Transport Workers", "the Humanitarian Coordination Office",
    "the Centre for Economic Research",
]

MINISTRIES = [
    "the Health Ministry", "the Interior Ministry", "the Ministry of Energy", "the Finance Ministry",
    "the Ministry of Agriculture", "the Education Ministry", "the Foreign Ministry",
    "the Ministry of Local Administration", "the Trade Ministry", "the Transport Ministry",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SMALL_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve"]
BIG_AMOUNTS = ["tens of thousands of", "hundreds of thousands of", "several thousand",
               "nearly a million", "more than half a million", "dozens of", "hundreds of"]
CURRENCIES = ["dollars", "euros", "lira", "roubles", "pounds", "dinars"]

TIMEFRAMES = [
    "last week", "earlier this month", "in recent days", "since the start of the year",
    "over the summer", "since the spring", "last month", "in the past fortnight",
    "over the past two years", "since the last elections", "at the weekend", "this week",
]

#: Past-tense attribution phrases.
SAID = [
    "said", "told reporters", "said in a statement", "wrote on social media",
    "told local media", "said in a televised address", "told a news conference",
    "said in an interview", "added", "stressed", "noted", "explained",
]

# --------------------------------------------------------------------------
# Topics: noun phrases used in object position, events, groups, headline nouns

TOPICS = {
    "conflict": {
        "sentences": [
            "Rescue teams said they had pulled {n} people from the rubble of a house in {city}.",
            "The shelling resumed shortly after midnight and lasted until dawn, residents said.",
            "Monitors recorded {N} violations of the truce in its first {n} days.",
            "Civil defence volunteers said they had run out of fuel for their vehicles.",
            "The two sides exchanged the bodies of {n} fighters at a crossing point near {city}.",
            "Families in the western countryside spent the night in caves and basements.",
            "A drone struck a vehicle on the road to {city}, killing {n} people, according to local sources.",
            "Schools near the front line have been turned into shelters for the displaced.",
            "Military sources said reinforcements had been sent to the positions around {CITY}.",
            "The evacuation of the wounded was delayed for hours at the last checkpoint.",
        ],
        "thing": ["the ceasefire", "the truce", "the de-escalation agreement", "artillery shelling",
                  "the military operation", "the prisoner exchange", "the security arrangements",
                  "the humanitarian corridor", "the withdrawal of heavy weapons",
                  "the new checkpoints", "the curfew", "the mine clearance work"],
        "event": ["the latest round of talks", "the overnight shelling", "the weekend offensive",
                  "the ceasefire agreement", "the prisoner swap", "the drone strike",
                  "the evacuation of the wounded", "the attack on the market"],
        "group": ["civilians", "residents", "displaced families", "rescue workers",
                  "local council members", "medical staff", "ceasefire monitors", "fighters"],
        "HN": ["Ceasefire", "Truce", "Shelling", "Prisoner Exchange", "Checkpoints",
               "Displacement", "Curfew", "Air Strikes", "De-escalation Deal"],
        "HG": ["Residents", "Civilians", "Rescuers", "Displaced Families", "Monitors"],
    },
    "economy": {
        "sentences": [
            "A kilogram of sugar now costs almost a third of a teacher's monthly salary.",
            "The central bank raised its official exchange rate for the {ordinal} time this year.",
            "Money changers in {CITY} said demand for dollars had surged after the announcement.",
            "Many shops now price their goods in foreign currency and update the labels daily.",
            "The government plans to raise public sector wages by {pct} percent from {month}.",
            "Importers said they were waiting weeks for the licences needed to clear their goods.",
            "Bakeries in {city} reduced the weight of the subsidised loaf without changing its price.",
            "The informal market now accounts for most of the trade in the province, economists estimate.",
            "Remittances from relatives abroad have become the main source of income for many families.",
            "The finance ministry expects the deficit to reach {pct} percent of output this year.",
        ],
        "thing": ["fuel prices", "the exchange rate", "the price of bread", "public sector wages",
                  "the new customs tariff", "import licences", "the central bank's reserves",
                  "electricity subsidies", "the minimum wage", "rents in the city centre",
                  "the sales tax", "cash withdrawal limits"],
        "event": ["the budget vote", "the currency auction", "the tax reform",
                  "the fuel price increase", "the wage review", "the devaluation",
                  "the closure of the old market"],
        "group": ["traders", "shop owners", "economists", "public employees",
                  "small manufacturers", "exporters", "pensioners", "bank customers"],
        "HN": ["Fuel Prices", "Currency Slide", "Bread Prices", "Wages", "Customs Tariff",
               "Inflation", "Rent Increases", "Tax Reform", "Cash Shortage"],
        "HG": ["Traders", "Shop Owners", "Pensioners", "Exporters", "Public Employees"],
    },
    "politics": {
        "sentences": [
            "The draft was sent back to committee after a heated debate that lasted until late at night.",
            "Only {n} of the council's members voted against the proposal.",
            "The opposition bloc said it would boycott the next session in protest.",
            "Candidates have until the end of {month} to register with the electoral commission.",
            "The new governor is the {ordinal} to hold the post in less than three years.",
            "Party officials in {city} said the list of candidates had been drawn up without consultation.",
            "Diplomats said the summit statement had been rewritten several times overnight.",
            "Election observers complained that they had been kept away from several polling stations.",
        ],
        "thing": ["the draft law", "the cabinet reshuffle", "the electoral law",
                  "the constitutional committee", "the local elections", "the parliamentary inquiry",
                  "the appointment of the new governor", "the decentralisation plan",
                  "the amnesty decree"],
        "event": ["the parliamentary session", "the vote of confidence", "the regional summit",
                  "the municipal elections", "the coalition talks", "the governor's resignation"],
        "group": ["lawmakers", "opposition figures", "party members", "voters", "diplomats",
                  "analysts", "civil society groups"],
        "HN": ["Electoral Law", "Cabinet Reshuffle", "Local Elections", "Amnesty Decree",
               "Coalition Talks", "Constitutional Committee", "Governor's Resignation"],
        "HG": ["Lawmakers", "Voters", "Opposition Figures", "Diplomats", "Party Members"],
    },
    "energy": {
        "sentences": [
            "Generators now supply most homes in {CITY} for a monthly fee that many cannot afford.",
            "The tanker carrying the fuel shipment has been waiting off the coast for {n} days.",
            "Engineers said the main transformer station had not been maintained for a decade.",
            "Diesel is rationed to {N} litres per vehicle per week at state petrol stations.",
            "Bakeries were among the first to cut production when the fuel deliveries stopped.",
            "The grid operator said the network had lost a third of its capacity since the winter.",
            "Some families have gone back to burning wood and old clothes for heating.",
            "The solar farm outside {city} is expected to supply power to {N} homes when finished.",
        ],
        "thing": ["gas supplies", "the power grid", "fuel deliveries", "the new pipeline",
                  "the refinery", "electricity rationing", "the solar project", "diesel shortages",
                  "heating oil allocations"],
        "event": ["the winter blackout", "the pipeline deal", "the refinery shutdown",
                  "the tender for new power plants", "the fuel convoy's arrival"],
        "group": ["engineers", "households", "factory owners", "bakery owners", "drivers",
                  "grid operators"],
        "HN": ["Power Cuts", "Gas Supplies", "Fuel Shortage", "Pipeline Deal", "Blackouts",
               "Solar Project", "Refinery Shutdown", "Heating Oil"],
        "HG": ["Households", "Drivers", "Factory Owners", "Bakers", "Engineers"],
    },
    "health": {
        "sentences": [
            "The hospital has only {n} doctors for a population of more than {N},000 people.",
            "Pharmacists said some medicines for chronic diseases had disappeared from the shelves.",
            "The vaccination teams plan to visit every village in the district by the end of {month}.",
            "Health officials recorded {N} suspected cases of cholera in the past week.",
            "Patients are asked to bring their own bedsheets and, often, their own medicines.",
            "Nurses at the main hospital have not been paid for {n} months.",
            "Mobile clinics have been sent to the camps on the edge of {CITY}.",
            "The health directorate said the outbreak had been traced to contaminated water.",
        ],
        "thing": ["the vaccination campaign", "hospital capacity", "the cholera outbreak",
                  "medicine shortages", "the new clinic", "the measles vaccine", "emergency care",
                  "the price of insulin"],
        "event": ["the outbreak", "the vaccination drive", "the strike by doctors",
                  "the opening of the field hospital", "the closure of the maternity ward"],
        "group": ["doctors", "nurses", "patients", "health workers", "pharmacists",
                  "aid agencies"],
        "HN": ["Cholera Outbreak", "Medicine Shortages", "Vaccination Campaign",
               "Hospital Closures", "Doctors' Strike", "Emergency Care"],
        "HG": ["Doctors", "Nurses", "Patients", "Health Workers", "Pharmacists"],
    },
    "environment": {
        "sentences": [
            "The river that runs through {CITY} has fallen to its lowest level in decades.",
            "Fires destroyed more than {N} hectares of forest and farmland in the coastal hills.",
            "Fishermen say their catch has fallen by half since the spill.",
            "The dust storm grounded flights and sent dozens of people to hospital with breathing problems.",
            "Wells that once supplied whole villages have run dry, farmers said.",
            "Volunteers collected {N} bags of rubbish from the beach in a single morning.",
            "Scientists warn that the drought is part of a longer trend that will return.",
            "Municipal rubbish trucks have not collected waste in some districts for weeks.",
        ],
        "thing": ["water levels", "the drought", "wildfires", "air pollution", "the river's flow",
                  "the coastline", "waste collection", "groundwater reserves"],
        "event": ["the heatwave", "the forest fires", "the flooding", "the dust storm",
                  "the water cuts", "the oil spill"],
        "group": ["farmers", "fishermen", "environmental groups", "residents", "volunteers",
                  "scientists"],
        "HN": ["Drought", "Wildfires", "Flooding", "Water Cuts", "Air Pollution", "Oil Spill",
               "Heatwave"],
        "HG": ["Farmers", "Fishermen", "Volunteers", "Scientists", "Residents"],
    },
    "migration": {
        "sentences": [
            "Families in the camps said their tents had been flooded after the heavy rain.",
            "More than {N} people crossed the border in the first week of {month}, officials said.",
            "Returnees described finding their houses looted or occupied by strangers.",
            "Aid workers said the new registration rules had left many families without papers.",
            "Some of those deported said they had been given no chance to contact a lawyer.",
            "The camp's only school runs three shifts a day to fit in all the children.",
            "Host communities complain that rents have doubled since the new arrivals.",
            "Many refugees say they will not return until they are sure of their safety.",
        ],
        "thing": ["the return of refugees", "border controls", "residence permits",
                  "the camps near the border", "the deportation orders", "aid deliveries",
                  "work permits for refugees"],
        "event": ["the wave of returns", "the deportation campaign", "the new registration rules",
                  "the winter storm in the camps", "the closure of the crossing"],
        "group": ["refugees", "displaced families", "aid workers", "camp residents", "migrants",
                  "host communities"],
        "HN": ["Refugee Returns", "Deportations", "Border Crossing", "Camp Conditions",
               "Residence Permits", "Aid Deliveries"],
        "HG": ["Refugees", "Aid Workers", "Camp Residents", "Migrants", "Host Communities"],
    },
    "infrastructure": {
        "sentences": [
            "The bridge, built in the 1970s, had been closed to heavy vehicles since {year_past}.",
            "Contractors said they had not been paid for work completed last year.",
            "The journey from {CITY} to {city} now takes twice as long as before.",
            "The water network loses almost half of its supply through leaks, engineers estimate.",
            "The port authority expects traffic to recover once the new cranes are installed.",
            "Commuters said the new bus routes skipped the districts that needed them most.",
            "The tender attracted bids from {n} companies, most of them from abroad.",
            "Reconstruction has so far concentrated on government buildings and main roads.",
        ],
        "thing": ["the bridge", "the highway", "the railway line", "the water network",
                  "reconstruction contracts", "the airport", "the port", "the bus fleet"],
        "event": ["the reopening of the highway", "the reconstruction conference",
                  "the collapse of the bridge", "the tender", "the launch of the new bus routes"],
        "group": ["contractors", "engineers", "commuters", "municipal workers", "residents",
                  "investors"],
        "HN": ["Reconstruction", "Highway", "Bridge Collapse", "Railway Line", "Water Network",
               "Port Expansion", "Bus Routes"],
        "HG": ["Commuters", "Contractors", "Investors", "Municipal Workers", "Residents"],
    },
    "education": {
        "sentences": [
            "Classes in some schools now have more than sixty pupils.",
            "Parents said the cost of uniforms and books had tripled since last year.",
            "Teachers in {CITY} earn the equivalent of about {N} dollars a month.",
            "The exam results were delayed after the question papers leaked online.",
            "Many students attend lessons in buildings with no windows or heating.",
            "The university has lost a large share of its teaching staff to emigration.",
            "Children in the camps rely on volunteers for their schooling.",
            "The ministry says {N} new teachers will be hired before the start of the year.",
        ],
        "thing": ["the school year", "exam results", "teacher salaries",
                  "the university entrance exams", "school buildings", "the curriculum",
                  "school transport"],
        "event": ["the start of the school year", "the national exams", "the teachers' strike",
                  "the reopening of the university"],
        "group": ["teachers", "students", "parents", "school principals", "university staff"],
        "HN": ["School Year", "Exam Results", "Teachers' Strike", "Curriculum Changes",
               "University Fees"],
        "HG": ["Teachers", "Students", "Parents", "Principals"],
    },
    "culture": {
        "sentences": [
            "The festival returned to {CITY} after an absence of {n} years.",
            "Restorers are working stone by stone to rebuild the old souk.",
            "The exhibition brings together works by {N} artists from across the region.",
            "Visitors queued for hours to see the manuscripts returned to the museum.",
            "The book fair drew crowds despite the high price of imported books.",
            "Musicians said it was the first time they had played in public since the war.",
            "Archaeologists warned that looting had damaged several sites beyond repair.",
            "The film was shot in {CITY} with a cast of local amateurs.",
        ],
        "thing": ["the festival", "the old city", "the museum", "the restoration works",
                  "the film", "the exhibition", "heritage sites", "the library"],
        "event": ["the opening night", "the book fair", "the restoration of the citadel",
                  "the film festival", "the return of the stolen manuscripts"],
        "group": ["artists", "musicians", "visitors", "archaeologists", "writers", "organisers"],
        "HN": ["Book Fair", "Film Festival", "Museum Reopening", "Heritage Sites",
               "Citadel Restoration", "Music Festival"],
        "HG": ["Artists", "Writers", "Visitors", "Archaeologists", "Musicians"],
    },
    "agriculture": {
        "sentences": [
            "The wheat harvest in the province is expected to be the smallest in a decade.",
            "Farmers said fertiliser prices had risen fivefold in two years.",
            "The state buying centres paid {N} {currency} per tonne, well below the market price.",
            "Herders have sold part of their flocks to pay for fodder.",
            "Without irrigation, many farmers have switched from vegetables to barley.",
            "A late frost destroyed much of the apricot crop in the hills around {city}.",
            "Cooperatives in {REGION} have started pooling machinery to cut costs.",
            "The olive harvest began early this year because of the heat.",
        ],
        "thing": ["the wheat harvest", "fertiliser prices", "irrigation", "the olive season",
                  "livestock", "seed distribution", "the price of fodder"],
        "event": ["the harvest season", "the locust outbreak", "the purchase of wheat",
                  "the late frost", "the hailstorm"],
        "group": ["farmers", "growers", "agronomists", "herders", "cooperatives"],
        "HN": ["Wheat Harvest", "Fertiliser Prices", "Olive Season", "Irrigation",
               "Livestock Losses", "Fodder Prices"],
        "HG": ["Farmers", "Growers", "Herders", "Cooperatives"],
    },
}

ORGS_HEADLINE = ["UN Agency", "Aid Coalition", "Rights Monitor", "Chamber of Commerce",
                 "Doctors' Union", "Water Authority", "Local Council", "Think Tank"]

# --------------------------------------------------------------------------
# English sentences

#: Whole-sentence templates.
SENTENCES = [
    "{official} {said} on {weekday} that {thing} would be reviewed before the end of {month}.",
    "The announcement came after {event} in {CITY} drew criticism from {group}.",
    "According to {org}, at least {N} people were affected in {REGION} alone.",
    "{group} in {CITY} told {outlet} that conditions had worsened {time}.",
    "Local sources said {event} had been postponed twice already.",
    "{ACTOR_TITLE} {ACTOR} {said} that the situation remained under control.",
    "The move was widely seen as an attempt to contain public anger over {thing}.",
    "In {city}, {group} gathered outside the municipal building to demand answers.",
    "Figures published by {org} showed a rise of {pct} percent compared with the same period last year.",
    "The government has not said how it intends to pay for {thing}.",
    "Critics argued that {event} had exposed long-standing weaknesses in local administration.",
    "{ACTOR} did not respond to a request for comment.",
    "Several {group} said they had learned about the decision from social media.",
    "The measures were due to take effect on the first day of {month}.",
    "It was the {ordinal} time this year that {event} had been delayed.",
    "Officials in {CITY} blamed the delays on a shortage of funds.",
    "A similar plan was abandoned two years ago after objections from {group}.",
    "The council met for more than {n} hours on {weekday} without reaching a decision.",
    "{org} estimated that {big} people would need assistance during the winter months.",
    "Prices in the main market of {CITY} have nearly doubled {time}, traders said.",
    "The report, seen by {outlet}, recommends a complete overhaul of {thing}.",
    "Opposition members walked out of the session in protest.",
    "No official figures were available, but {group} put the number at several hundred.",
    "The dispute over {thing} has strained relations between {COUNTRY} and its neighbours.",
    "Few expected the agreement to survive beyond the end of {month}.",
    "{official} visited {city} on {weekday} and promised further support.",
    "The authorities have imposed new restrictions on movement between {CITY} and {city}.",
    "Witnesses said the queues stretched for several blocks by early morning.",
    "The plan foresees an investment of {money} over the next {n} years.",
    "Most of the funding is expected to come from international donors.",
    "{org} said it had documented {N} cases since the start of the year.",
    "The issue of {thing} is expected to dominate the next session of parliament.",
    "There was no immediate reaction from {ministry}.",
    "{ministry} said in a statement that it was following the situation closely.",
    "Those who could afford it left for {city} or for relatives abroad.",
    "The road between {CITY} and {city} reopened on {weekday} after a week of closures.",
    "A committee of {n} experts has been asked to prepare recommendations by {month}.",
    "Residents described long nights without electricity or running water.",
    "Talks on {thing} are set to resume in {city} next month.",
    "The decision drew a cautious welcome from {group}.",
    "Analysts say the outcome will depend largely on {thing}.",
    "For many {group}, the changes came too late.",
    "The governor's office said that {N} applications had been received by {weekday}.",
    "Earlier this year, {group} staged a series of protests over {thing}.",
    "The ministry's spokesperson declined to give a timetable.",
    "The figures could not be independently verified.",
    "{outlet} was unable to reach the local council for comment.",
    "Officials acknowledged that mistakes had been made in handling {event}.",
    "The agreement was reached after {n} days of negotiations in {city}.",
    "Since then, {thing} has remained a source of tension in {REGION}.",
    "The previous administration had promised similar reforms but never carried them out.",
    "In a statement, {org} urged all sides to exercise restraint.",
    "The price of a bag of bread rose to {N} {currency} in some districts.",
    "Aid convoys reached the area on {weekday} for the first time in {n} weeks.",
    "Public transport in {CITY} was suspended for most of the day.",
    "The mayor said the city's budget had been cut by {pct} percent.",
    "The new rules apply to all districts except the old city.",
    "Local journalists said they had been prevented from covering {event}.",
    "The findings were presented to {ministry} at the end of {month}.",
    "The move follows months of pressure from {group} and {org}.",
    "{ACTOR_LAST} has faced growing criticism over {thing}.",
    "A spokesperson for {org} said the organisation had not been consulted.",
    "The last comparable crisis, in {year_past}, lasted for almost a year.",
    "Dozens of families were still waiting for compensation on {weekday}.",
    "Schools in the area remained closed for a {ordinal} consecutive day.",
    "The situation in {city} was described as calm but tense.",
    "The plan also includes training for {N} new staff.",
    "Sources close to the negotiations said a compromise was within reach.",
    "Neither side has published the full text of the agreement.",
    "Under the proposal, {thing} would be handed over to the provincial authorities.",
    "Independent monitors reported {N} violations during the first week.",
    "The authorities insist that {event} was carried out in line with the law.",
    "At the market, vendors said customers were buying only what they needed for the day.",
    "More than {N} complaints were filed with the ombudsman {time}.",
    "The measure is expected to save the treasury around {money} a year.",
    "Many {group} say they no longer trust official statements on {thing}.",
    "An official at {ministry}, who asked not to be named, confirmed the figures.",
    "The ceremony in {CITY} was attended by representatives of {n} countries.",
    "The visit was the first by a senior official since {year_past}.",
    "By evening, most shops in the city centre had closed.",
    "The head of {org} called the situation unsustainable.",
    "Funding for {thing} was cut in half in this year's budget.",
    "Residents of {city} said they had received no warning.",
    "The local council has set up an emergency hotline.",
    "Lawyers for the families said they would appeal the ruling.",
    "A final decision is expected after {event}.",
    "The central government and the provinces have long disagreed over {thing}.",
    "Officials promised that salaries would be paid before the end of {month}.",
    "Most of those affected live in the poorer districts on the edge of {CITY}.",
    "In {year_past}, a similar dispute ended only after international mediation.",
    "The new director took office on {weekday} and promised a review of {thing}.",
    "Aid workers warned that supplies in the warehouses would last only {n} weeks.",
    "The committee's report is due to be published next month.",
    "Footage shared online appeared to show long queues at petrol stations.",
    "The price increases hit households already struggling with {thing}.",
    "The plan has the backing of most parties in parliament.",
    "Observers noted that turnout was lower than at the previous vote.",
    "A court in {CITY} is due to rule on the case in {month}.",
    "The delegation from {city} left the talks early, citing disagreements over {thing}.",
    "Despite the announcement, little had changed on the ground by {weekday}.",
    "{ACTOR_LAST} said the government would not back down.",
    "Volunteers in {city} have set up soup kitchens in several neighbourhoods.",
    "The UN has repeatedly warned about the consequences of {thing}.",
    "More than {pct} percent of households said their income had fallen {time}.",
    "The project was first announced in {year_past} but has been repeatedly delayed.",
    "Police were deployed around government buildings in {CITY}.",
    "The authorities said {N} people had been detained in connection with {event}.",
    "A ministry source said the shortfall amounted to {money}.",
    "The governor promised that {thing} would be back to normal within {n} days.",
    "The decree, published on {weekday}, takes effect immediately.",
    "The local economy depends heavily on agriculture and remittances from abroad.",
    "On the outskirts of {CITY}, construction on several sites has stopped.",
    "Traffic was diverted through the industrial zone for most of the week.",
    "International donors pledged {money} at a conference in {city} {time}.",
    "The council chairman told {outlet} that the money had not yet arrived.",
    "Teachers and doctors were among those who joined the strike.",
    "Officials have warned that the worst may be yet to come.",
    "The exchange rate on the parallel market was {N} to the dollar on {weekday}.",
    "A new round of consultations with {group} is planned for {month}.",
    "Both sides accused each other of breaking the agreement.",
    "Some {group} have already left the area, according to local activists.",
    "Inspections at {n} sites found serious breaches of safety rules.",
    "The ministry said the problem had been caused by a technical fault.",
    "The new regulations were drafted without consulting {group}, critics said.",
    "Local radio stations reported long delays at the main crossing.",
    "The region's population has grown by a third since the war began.",
    "Ambulances were unable to reach some villages because of the damaged roads.",
    "Residents said the water had been cut off for {n} days.",
    "The governorate has asked {ministry} for an emergency grant.",
    "It remains unclear who will pay for {thing}.",
    "The two sides are due to meet again in {city} at the end of the month.",
    "{org} said its teams had reached {N} households {time}.",
    "The head of the traders' association said business had never been so slow.",
    "Speaking to reporters in {CITY}, {ACTOR_LAST} described the talks as constructive.",
    "A video of the meeting was later posted on the ministry's website.",
    "The number of people seeking help has risen every month this year.",
    "Security forces set up additional checkpoints on the roads leading to {CITY}.",
    "Officials hope the measures will ease pressure on {thing}.",
    "The region received less than half of its usual rainfall this year.",
    "Hundreds of people attended the funeral on {weekday}.",
    "An online petition calling for a review of {thing} has gathered {N} signatures.",
    "The government spokesperson dismissed the report as inaccurate.",
    "The plan was approved by a narrow majority.",
    "Prices are expected to rise further when the new tariffs take effect.",
    "Parents said they could no longer afford school supplies.",
    "{group} said the compensation offered was far below the real losses.",
    "There were no reports of casualties.",
    "A curfew was imposed in parts of {CITY} from nine in the evening.",
    "The director of {org} resigned on {weekday}, citing personal reasons.",
    "The agreement covers {thing} but leaves several issues unresolved.",
    "Electricity was available for only {n} hours a day in some neighbourhoods.",
    "Residents have taken to buying water from private tankers.",
    "The authorities have yet to publish the results of the investigation.",
    "The delegation is expected to travel to {city} later this week.",
    "A similar scheme in {city} was judged a success by independent evaluators.",
    "Long-term solutions will require investment that the province does not have, officials said.",
    "The trial of {n} former officials accused of corruption opened in {CITY}.",
    "Most of the displaced are staying with relatives or in rented rooms.",
    "The figures do not include the informal settlements around the city.",
    "The cabinet is due to discuss the proposal at its next meeting.",
    "The town's only hospital is operating at full capacity.",
    "Farmers have been told to expect their payments by {month}.",
    "The union has threatened further strikes if its demands are not met.",
    "Officials said a second phase would begin after {event}.",
    "In the old city, many buildings remain unsafe.",
    "Community leaders in {city} called for calm.",
    "A spokesperson for the governor said the figures were being checked.",
    "The reforms are part of a wider programme agreed with international lenders.",
    "Turnout in {CITY} was estimated at {pct} percent.",
    "The next few weeks will be decisive, according to diplomats in {city}.",
]

#: Subjects and predicates combined into further sentences.
SUBJECTS = [
    "{official}", "{org}", "Officials in {city}", "{group} in {CITY}",
    "A senior official at {ministry}", "The local council", "Several {group}", "{ACTOR}",
    "Opposition groups", "The governor's office", "A coalition of {group}", "Witnesses",
    "Aid agencies", "Analysts", "{ministry}", "Residents of {city}",
    "Two people familiar with the matter", "A report by {org}", "Security sources",
    "A delegation from {city}", "{person}, {role},", "The {ordinal} district's council",
    "Community leaders", "A group of {group}",
]

PREDICATES = [
    "warned that {thing} could deteriorate further",
    "called for an urgent review of {thing}",
    "rejected claims that {thing} had been mismanaged",
    "welcomed the decision to suspend {thing}",
    "said {thing} would not change before {month}",
    "estimated that {N} families had been affected",
    "questioned whether {event} would go ahead",
    "accused the authorities of ignoring {group}",
    "promised to publish the figures within {n} weeks",
    "described {event} as a turning point",
    "denied any link between {event} and {thing}",
    "said talks on {thing} were continuing",
    "urged {group} to remain patient",
    "confirmed that {event} had taken place",
    "said {n} committees had been formed to examine {thing}",
    "reported a sharp rise in complaints about {thing}",
    "gave no timetable for {thing}",
    "pointed to {thing} as the main obstacle",
    "said the cost of {thing} had risen by {pct} percent",
    "argued that {event} should have been handled differently",
    "asked donors for {money} to cover {thing}",
    "predicted that {thing} would return to the agenda after {event}",
    "said they had warned about {thing} {time}",
    "said the situation in {city} was improving slowly",
    "described the response to {event} as inadequate",
    "said that {N} people had registered for assistance",
    "blamed {event} on poor planning",
    "expressed concern about {thing} in {REGION}",
    "demanded the release of those detained during {event}",
    "said {event} had been a test for the new administration",
    "called {thing} the most pressing issue facing {CITY}",
    "insisted that {thing} was a local matter",
    "said it was too early to judge the impact of {event}",
    "said funding for {thing} would run out by {month}",
    "announced a new fund to support {group}",
    "said the talks with {group} had been difficult but useful",
    "criticised the lack of transparency around {thing}",
    "said the first results of {event} would be known within {n} days",
    "called for an independent inquiry into {event}",
    "urged the government to reconsider {thing}",
    "said {group} had been left to fend for themselves",
    "stressed that {thing} was not up for negotiation",
]

TAILS = [
    "", "", "", " on {weekday}", ", according to {org}", " in a statement on {weekday}",
    " during a visit to {city}", " at a press conference in {CITY}", ", {outlet} has learned",
    ", local media reported", " after a meeting with {group}", " late on {weekday}",
    ", without giving further details", " {time}", " in comments carried by state media",
]

#: The inside of a quotation (first letter capitalised when filled).
QUOTES = [
    "we have been waiting for months and nothing has changed",
    "the situation is worse than anything we saw last year",
    "nobody asked us before the decision was taken",
    "we are doing everything we can with the resources we have",
    "people here are tired of promises",
    "this is not a solution, it is a delay",
    "if nothing happens by {month}, we will take to the streets again",
    "we need a plan, not another committee",
    "my children have not been to school for {n} weeks",
    "the prices change every day and our salaries stay the same",
    "we welcome any step that reduces the suffering of {group}",
    "the agreement is fragile, but it is the best we have",
    "we were told the money would arrive in {month}, and we are still waiting",
    "there is no room for politics when people are hungry",
    "the numbers speak for themselves",
    "it is our duty to protect {group}",
    "we will not accept any deal that ignores {group}",
    "we lost everything in one night",
    "nobody can tell us when {thing} will be restored",
    "the government must take responsibility",
    "we have asked {org} for help several times",
    "this is the worst season I remember in thirty years",
    "we are ready to talk, but not under pressure",
    "the decision was taken to protect the public interest",
    "{thing} affects every family in this city",
    "there are many rumours, and very few facts",
    "we opened the shop every morning, but nobody came",
    "the young people are leaving, and who can blame them",
    "all we want is to go home",
    "the law is clear, and it will be applied",
    "we hope this is the beginning of a new phase",
    "we cannot plan anything beyond next week",
    "the authorities know exactly what the problem is",
    "we are not against reform, we are against the way it is being done",
    "the winter will be very hard for {group}",
    "we did not expect such a large turnout",
    "the figures published by {ministry} do not reflect reality",
    "{CITY} deserves better than this",
    "we have never seen so many people asking for help",
    "it is a question of trust",
    "the first priority is to keep the hospitals running",
    "we will study the proposal carefully",
    "this agreement belongs to the people of {REGION}",
    "we need guarantees, not statements",
    "everybody is waiting to see what happens after {event}",
    "there has been some progress, but it is too slow",
    "the water comes for two hours a day, if we are lucky",
    "we are asking for the minimum",
    "I sold my car to pay the rent",
    "every week there is a new rule",
]

QUOTE_FORMS = [
    "\u201c{quote},\u201d {official} {said}.",
    "\u201c{quote},\u201d said {person}, {occupation} from {city}.",
    "{official} {said}: \u201c{quote}.\u201d",
    "\u201c{quote},\u201d {person}, {role}, told {outlet}.",
    "\"{quote},\" said {person}, {occupation} in {CITY}.",
    "\"{quote},\" {ACTOR_LAST} {said}.",
    "{person}, {role}, put it bluntly: \"{quote}.\"",
    "\u201c{quote}. {quote2},\u201d {person} {said}.",
]

STANDFIRSTS = [
    "As {event} approaches, {group} in {CITY} say they have seen little of the promised support.",
    "Following {event}, officials in {CITY} have promised a review of {thing}, but {group} remain sceptical.",
    "A new report by {org} paints a bleak picture of {thing} in {REGION}.",
    "The authorities in {CITY} insist the situation is under control, but {group} tell a different story.",
    "Weeks after {event}, questions remain about who is responsible and what comes next.",
    "In {CITY}, {group} are counting the cost of {thing} as the government weighs its options.",
    "{ACTOR_TITLE} {ACTOR} has defended the government's handling of {thing} amid mounting criticism.",
    "The decision on {thing} has divided {group} and opened a new rift in local politics.",
    "For {group} in {REGION}, {event} has brought new uncertainty.",
    "Officials promised quick results, but on the ground in {CITY} little has changed.",
    "An agreement on {thing} was reached on {weekday}, though few expect it to last.",
    "Behind the official figures lies a growing crisis over {thing}, {group} say.",
    "The government's plan for {thing} faces its first real test in {CITY}.",
    "Rising anger over {thing} has brought {group} back onto the streets of {CITY}.",
    "A month after {event}, {group} in {CITY} are still waiting for answers.",
]

#: Endings appended to the standfirst of a translated piece.
STANDFIRST_SOURCE = [
    " writes {src_outlet}.",
    ", writes {src_outlet}.",
    ". {src_outlet} reports.",
    ", according to a report by {src_outlet}.",
    ". A report from {src_outlet}.",
]

HEADLINES = [
    "{COUNTRY} Announces New Measures on {HN}",
    "{HG} in {CITY} Protest Over {HN}",
    "Talks on {HN} Stall in {CITY}",
    "{ORGH} Warns of Worsening {HN} in {REGION_H}",
    "{HN}: What Changed in {CITY} This Week",
    "Anger Grows in {CITY} Over {HN}",
    "{CITY} Residents Face Uncertain Winter Amid {HN}",
    "Officials Promise Action on {HN} After Weeks of Complaints",
    "New Figures Show Scale of {HN} in {REGION_H}",
    "{ACTOR} Defends Government Record on {HN}",
    "In {CITY}, {HG} Count the Cost of {HN}",
    "Why {HN} Matters for {COUNTRY}",
    "{COUNTRY} and {COUNTRY2} Agree to Resume Talks on {HN}",
    "Doubts Over {HN} as Deadline Approaches",
    "{N} Families Affected by {HN} in {CITY}, Council Says",
    "Behind the Numbers: {HN} in {REGION_H}",
    "Activists Call for Inquiry Into {HN}",
    "Deal on {HN} Reached After Marathon Session in {CITY}",
    "Number of {HG} Seeking Help Rises in {CITY}",
    "Government Delays Decision on {HN}",
    "{CITY} Council Approves Plan to Tackle {HN}",
    "Limited Progress on {HN}, Report Finds",
    "From {CITY} to {CITY2}: {HN} Reshapes Daily Life",
    "{HG} Say They Were Not Consulted on {HN}",
    "{HN} on the Agenda as Ministers Meet in {CITY}",
    "Fresh Row Over {HN} in {COUNTRY}",
    "{ORGH} Calls for Urgent Help Over {HN}",
    "No Respite From {HN} in {CITY}",
    "Inside {CITY}'s Struggle With {HN}",
    "{ACTOR} Under Pressure Over {HN}",
    "A Year On, {CITY} Still Living With {HN}",
    "{HG} Divided Over {HN} Plan",
]

SUBHEADINGS = [
    "Relative calm", "A familiar pattern", "Prices on the rise", "What officials say",
    "Waiting for answers", "The cost of living", "Reaction in {CITY}", "{COUNTRY}: a cautious response",
    "A long road ahead", "Background", "Mixed signals", "Questions remain", "On the ground",
    "Numbers tell the story", "Looking ahead", "Old problems, new promises", "A divided council",
    "Voices from {CITY}", "The view from {city}", "Competing claims", "Pressure from below",
    "No quick fix", "Who pays", "A fragile balance", "What comes next", "Broken promises",
    "The official line", "Counting the cost", "A test for the government", "Life goes on",
    "Help arrives, slowly", "The numbers", "Mounting pressure", "A question of trust",
    "{ACTOR_LAST}: no turning back", "Winter fears", "Lessons from {year_past}",
    "Reactions", "Between two fires", "An uncertain future",
]

# --------------------------------------------------------------------------
# Provenance text: disclaimers, credits, wire agencies

#: Translator's disclaimers that name the source and the translation.
DISCLAIMERS_FULL = [
    "This article was translated and edited by {outlet}. {outlet} has not independently checked "
    "the claims made in the original report, and the views expressed belong to its author.",
    "Translated from the {src_language} by {translator}. The original report appeared in "
    "{src_outlet} on {src_date_human}.",
    "This is an edited translation of a report first published by {src_outlet}. "
    "Translation: {translator}.",
    "Originally published in {src_language} by {src_outlet}. English translation by {outlet}.",
    "[Translated by {translator} for {outlet} from the {src_language} original in {src_outlet}.]",
    "This report was first published in {src_language} by {src_outlet} and translated into "
    "English by {translator}. It has been lightly edited for length and clarity.",
    "Translated and edited by {outlet}. Original article by {src_author} for {src_outlet}.",
]

#: Disclaimers that say "translated" but do not name the original.
DISCLAIMERS_PARTIAL = [
    "This article was translated by our staff.",
    "Translated from the {src_language}.",
    "This article was translated and edited by {outlet}.",
    "Translation by {translator}.",
]

WIRE_AGENCIES = {
    "Reuters": {"dateline": "{CITY_UP} (Reuters) - ",
                "closer": "(Reporting by {person} in {CITY}; additional reporting by {person} "
                          "in {city}; Writing by {person}; Editing by {person})"},
    "AP": {"dateline": "{CITY_UP} (AP) \u2014 ",
           "closer": "Associated Press writer {person} in {city} contributed to this report."},
    "AFP": {"dateline": "{CITY_UP} (AFP) - ", "closer": "\u2014 AFP"},
    "AA": {"dateline": "{CITY_UP} (AA) \u2013 ", "closer": "Writing by {person}"},
    "TASS": {"dateline": "{CITY_UP}, {month} {day}. /TASS/. ", "closer": ""},
    "dpa": {"dateline": "{CITY_UP} (dpa) - ", "closer": ""},
}

WIRE_FULL_NAMES = {"Reuters": "Reuters", "AP": "Associated Press", "AFP": "Agence France-Presse",
                   "AA": "Anadolu Agency", "TASS": "TASS", "dpa": "dpa"}

PHOTO_AGENCIES = ["Reuters", "AP", "AFP", "Getty Images", "EPA", "Anadolu Agency", "TASS",
                  "SIPA", "Xinhua", "dpa"]

#: Credit forms an editor accepts.
GOOD_CREDITS = [
    "{person} / {agency}",
    "{person} / {agency} / {agency2}",
    "Photo: {person}/{agency}",
    "{agency}",
    "\u00a9 {person}",
    "Courtesy of {org}",
    "{outlet} / {person}",
    "Photo by {person} for {outlet}",
]

#: Credits that name no one.
BAD_CREDITS = [
    "Photo: Internet", "Internet", "Social media", "Google Images", "File photo", "Archive",
    "Source: Facebook", "Unknown", "Photo: Twitter", "Photo: web", "Via WhatsApp",
]

CAPTIONS = [
    "Residents inspect the damage in {CITY} on {weekday}.",
    "A street in central {CITY} during the power cut.",
    "Traders wait for customers at a market in {CITY}.",
    "Displaced families near the border crossing.",
    "{ACTOR_TITLE} {ACTOR} speaks to reporters in {CITY}.",
    "Volunteers distribute bread in {city}.",
    "A queue outside a petrol station in {CITY}.",
    "Farmers in a field outside {city}.",
    "The old city of {CITY} at dusk.",
    "Delegates arrive for the talks in {city}.",
    "A damaged school building in {REGION}.",
    "Protesters gather outside the governor's office.",
    "A nurse checks on a patient at the main hospital in {CITY}.",
    "Workers repair a water pipe in {city}.",
]

# --------------------------------------------------------------------------
# Page furniture and scrape residue

FURNITURE_TOP = [
    "Logo Wide", "Logo", "Support {outlet}!", "Skip to main content", "Menu", "Search",
    "{outlet}", "Home", "Subscribe", "Sign in",
]

FURNITURE_BOTTOM = [
    ["Read more"], ["Share"], ["Helpful keywords"], ["Share", "Read more"],
    ["Related articles"], ["Most read"], ["Back to top"], ["Print", "Share"],
    ["Helpful keywords", "Read more"], ["Comments (0)"], ["Tags: {HN}, {CITY}"],
]

#: Scrape residue inside the body: (kind, text).
RESIDUE = [
    ("ad", "Advertisement"),
    ("ad", "ADVERTISEMENT"),
    ("ad", "Continue reading below"),
    ("link", "Read more: {headline}"),
    ("link", "READ MORE: {headline}"),
    ("link", "Also read: {headline}"),
    ("link", "Related: {headline}"),
    ("promo", "Click here to subscribe to our newsletter."),
    ("promo", "Follow us on Telegram for the latest updates."),
    ("promo", "Sign up for our daily briefing and never miss a story."),
    ("share", "Share this article"),
    ("share", "Share on Facebook Share on Twitter Share on WhatsApp"),
    ("cookie", "We use cookies to improve your experience. Accept all"),
    ("markup", "[caption id=\"attachment_{N}\" align=\"aligncenter\" width=\"800\"]"),
    ("markup", "<div class=\"ad-slot\"></div>"),
    ("markup", "&nbsp;"),
    ("nav", "Home \u00bb News \u00bb {headline}"),
    ("nav", "Loading..."),
    ("tags", "Tags: {HN}, {CITY}, {COUNTRY}"),
]

#: A donation appeal pasted in by a scraper (one of these, as one or two paragraphs).
APPEALS = [
    [
        "\u2026 before you go, a quick request. Independent reporting from {REGION} costs "
        "money, and {outlet} depends on readers like you to keep going.",
        "If you value what we do, please consider a small monthly contribution. It takes a "
        "minute and helps us stay free for everyone.",
    ],
    [
        "Dear reader, {outlet} has reported from {CITY} for more than ten years without "
        "a paywall. Help us keep it that way: become a supporter today.",
    ],
    [
        "You have read {n} articles this month. Support quality journalism from the region "
        "by subscribing now \u2014 cancel any time.",
        "Not ready to support today? Remind me later.",
    ],
]

SECTIONS = ["News", "Politics", "Economy", "Opinion", "Features", "Culture", "Regions", "World"]

# --------------------------------------------------------------------------
# Other languages (written for the benchmark)

WEEKDAYS_AR = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
# accusative after "В" (without вторник, which takes "Во")
WEEKDAYS_RU = ["понедельник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]
WEEKDAYS_FR = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]

FOREIGN = {
    "ar": {
        "sentences": [
            "قالت مصادر محلية إن الأسعار في الأسواق ارتفعت بشكل ملحوظ خلال الأسبوع الماضي.",
            "وأكد رئيس المجلس المحلي أن فرق الصيانة بدأت العمل على إصلاح شبكة المياه في الأحياء الشرقية.",
            "وأشار التقرير إلى أن عدد العائلات النازحة تجاوز {N} عائلة منذ بداية الشهر.",
            "وتعاني المنطقة من انقطاع متكرر للتيار الكهربائي يصل إلى عشرين ساعة يومياً.",
            "وطالب الأهالي الجهات المعنية بتأمين مادة الخبز بسعر مناسب.",
            "وذكرت الوزارة في بيان لها أن الامتحانات ستجري في موعدها المحدد.",
            "ونقلت الصحيفة عن مسؤول في المديرية قوله إن الخطة تحتاج إلى تمويل إضافي.",
            "وشهدت المدينة يوم {weekday_ar} حركة نزوح جديدة باتجاه القرى الحدودية.",
            "ويرى خبراء اقتصاديون أن تراجع قيمة العملة سيؤثر على القدرة الشرائية للمواطنين.",
            "وأضاف المصدر أن الاجتماع المقبل سيعقد في نهاية الشهر الجاري.",
            "وتأتي هذه الخطوة في ظل أزمة وقود خانقة تشهدها البلاد منذ أشهر.",
            "وأعلنت منظمات إنسانية عن توزيع {N} سلة غذائية على العائلات المحتاجة.",
            "وأفاد مراسلنا بأن الطرق المؤدية إلى المدينة أغلقت بسبب الثلوج.",
            "ولم يصدر حتى الآن أي تعليق رسمي على هذه الأنباء.",
            "وأوضح المزارعون أن موسم القمح هذا العام كان أسوأ من المتوقع بسبب الجفاف.",
            "ودعا ناشطون إلى فتح تحقيق مستقل في ملابسات الحادثة.",
            "وبحسب الإحصاءات الرسمية، ارتفعت نسبة البطالة إلى {pct} في المئة.",
            "وقال أحد التجار إن حركة البيع والشراء تراجعت إلى النصف تقريباً.",
            "وتسعى البلدية إلى إعادة تأهيل المدارس المتضررة قبل بداية العام الدراسي.",
            "وأكدت مصادر طبية وصول عدد من المصابين إلى المستشفى الوطني.",
            "وتشير التقديرات إلى أن تكلفة إعادة الإعمار قد تتجاوز مليارات الدولارات.",
            "ويخشى السكان من موجة غلاء جديدة مع اقتراب فصل الشتاء.",
            "وفي سياق متصل، وصل وفد حكومي إلى المدينة لبحث أوضاع الخدمات العامة.",
            "وقالت إحدى المعلمات إن الطلاب يدرسون في صفوف مكتظة تفتقر إلى التدفئة.",
            "وشددت الحكومة على ضرورة ضبط الأسعار ومحاسبة المخالفين.",
            "وأغلقت عشرات المحال التجارية أبوابها احتجاجاً على الضرائب الجديدة.",
            "ومن المقرر أن تستأنف المفاوضات الأسبوع المقبل في العاصمة.",
            "ويعتمد معظم سكان القرية على المساعدات الإنسانية لتأمين احتياجاتهم اليومية.",
            "وأشار الباحث إلى أن الأزمة الحالية لها جذور تعود إلى سنوات طويلة.",
            "وختم البيان بالتأكيد على أهمية التعاون بين جميع الأطراف.",
            "وانطلقت يوم {weekday_ar} فعاليات معرض الكتاب بمشاركة {N} دار نشر.",
            "ويتحدث السكان عن صعوبة الحصول على المياه الصالحة للشرب في فصل الصيف.",
        ],
        "headlines": [
            "ارتفاع جديد في أسعار الخبز والمحروقات",
            "أزمة المياه تتفاقم في الأحياء الشرقية",
            "آلاف العائلات تنتظر المساعدات مع حلول الشتاء",
            "الحكومة تعلن خطة جديدة لإصلاح شبكة الكهرباء",
            "المزارعون يشكون من تراجع موسم القمح",
            "مفاوضات جديدة في العاصمة وسط تشكيك بنتائجها",
            "المدارس تستعد لعام دراسي صعب",
            "انطلاق معرض الكتاب بمشاركة واسعة",
        ],
        "subheadings": ["ارتفاع الأسعار", "مطالب الأهالي", "موقف الحكومة", "خلفية", "ماذا بعد؟",
                        "أزمة الخدمات"],
        "lead_in": "The statement, published in Arabic, read:",
    },
    "ru": {
        "sentences": [
            "По словам местных жителей, цены на продукты за последнюю неделю заметно выросли.",
            "Глава администрации заявил, что ремонт водопровода в восточных районах начнётся уже в этом месяце.",
            "В докладе говорится, что число переселенцев с начала года превысило {N} человек.",
            "Перебои с электричеством в регионе продолжаются уже несколько недель.",
            "Жители обратились к властям с просьбой снизить тарифы на отопление.",
            "Министерство в своём заявлении сообщило, что экзамены пройдут в обычном режиме.",
            "Как сообщил источник в ведомстве, для завершения работ потребуется дополнительное финансирование.",
            "В {weekday_ru} в городе прошла акция протеста против закрытия больницы.",
            "Экономисты считают, что падение курса рубля ударит по доходам населения.",
            "Следующая встреча сторон запланирована на конец месяца.",
            "Это решение было принято на фоне острой нехватки топлива в регионе.",
            "Гуманитарные организации распределили среди нуждающихся {N} продуктовых наборов.",
            "Дороги, ведущие в город, были перекрыты из-за сильного снегопада.",
            "Официальных комментариев по этому поводу пока не поступало.",
            "Фермеры говорят, что урожай пшеницы в этом году оказался хуже ожидаемого из-за засухи.",
            "Правозащитники призвали провести независимое расследование инцидента.",
            "По официальным данным, уровень безработицы вырос до {pct} процента.",
            "Один из торговцев рассказал, что продажи сократились почти вдвое.",
            "Городские власти планируют отремонтировать пострадавшие школы до начала учебного года.",
            "По данным медиков, в больницу доставлены несколько пострадавших.",
            "Стоимость восстановления инфраструктуры, по оценкам экспертов, может составить миллиарды долларов.",
            "Жители опасаются новой волны подорожания с наступлением зимы.",
            "В город прибыла правительственная делегация для обсуждения положения с коммунальными услугами.",
            "Учительница рассказала, что дети занимаются в переполненных и холодных классах.",
            "Правительство пообещало ужесточить контроль над ценами и наказывать нарушителей.",
            "Десятки магазинов закрылись в знак протеста против новых налогов.",
            "Переговоры должны возобновиться на следующей неделе в столице.",
            "Большинство жителей посёлка зависят от гуманитарной помощи.",
            "По мнению исследователя, корни нынешнего кризиса уходят в прошлое десятилетие.",
            "В заключение в заявлении подчёркивается важность сотрудничества всех сторон.",
            "В {weekday_ru} открылась книжная ярмарка, в которой участвуют {N} издательств.",
            "Летом жителям всё труднее найти чистую питьевую воду.",
        ],
        "headlines": [
            "Цены на хлеб и топливо снова выросли",
            "В восточных районах обострился кризис с водой",
            "Тысячи семей ждут помощи с наступлением зимы",
            "Власти объявили о новом плане ремонта электросетей",
            "Фермеры жалуются на плохой урожай пшеницы",
            "В столице начался новый раунд переговоров",
            "Школы готовятся к трудному учебному году",
            "В городе открылась книжная ярмарка",
        ],
        "subheadings": ["Рост цен", "Требования жителей", "Позиция властей", "Предыстория",
                        "Что дальше", "Кризис коммунальных услуг"],
        "lead_in": "The Russian-language statement said:",
    },
    "tr": {
        "sentences": [
            "Yerel kaynaklara göre bölgedeki gıda fiyatları son bir haftada belirgin şekilde arttı.",
            "Belediye başkanı, doğu mahallelerindeki su şebekesinin onarımına bu ay başlanacağını açıkladı.",
            "Rapora göre yılın başından bu yana göç eden ailelerin sayısı {N} oldu.",
            "Bölgede elektrik kesintileri haftalardır devam ediyor.",
            "Vatandaşlar yetkililerden ısınma tarifelerinin düşürülmesini talep etti.",
            "Bakanlık yaptığı açıklamada sınavların planlandığı gibi yapılacağını duyurdu.",
            "Kurumdan bir kaynak, çalışmaların tamamlanması için ek bütçe gerektiğini söyledi.",
            "Ekonomistler, kurdaki düşüşün alım gücünü olumsuz etkileyeceğini belirtiyor.",
            "Taraflar arasındaki bir sonraki toplantının ay sonunda yapılması planlanıyor.",
            "Yardım kuruluşları ihtiyaç sahiplerine {N} gıda kolisi dağıttı.",
            "Şehre giden yollar yoğun kar yağışı nedeniyle ulaşıma kapatıldı.",
            "Konuyla ilgili henüz resmi bir açıklama yapılmadı.",
            "Çiftçiler, kuraklık nedeniyle bu yılki buğday hasadının beklenenden kötü geçtiğini söylüyor.",
            "Resmi verilere göre işsizlik oranı yüzde {pct} seviyesine yükseldi.",
            "Esnaftan biri, satışların neredeyse yarı yarıya düştüğünü anlattı.",
            "Müzakerelerin önümüzdeki hafta başkentte yeniden başlaması bekleniyor.",
            "Köy sakinlerinin çoğu günlük ihtiyaçlarını karşılamak için insani yardıma bağımlı.",
            "Açıklamanın sonunda tüm tarafların iş birliğinin önemi vurgulandı.",
        ],
        "headlines": [
            "Ekmek ve akaryakıt fiyatlarına yeni zam",
            "Doğu mahallelerinde su krizi derinleşiyor",
            "Binlerce aile kış öncesi yardım bekliyor",
            "Çiftçiler buğday hasadından şikayetçi",
            "Başkentte yeni müzakere turu başladı",
        ],
        "subheadings": ["Fiyatlar artıyor", "Vatandaşların talepleri", "Hükümetin tutumu"],
        "lead_in": "In Turkish, the governor's office wrote:",
    },
    "fr": {
        "sentences": [
            "Selon des habitants, les prix des denrées alimentaires ont nettement augmenté au cours de la semaine écoulée.",
            "Le maire a annoncé que les travaux sur le réseau d'eau commenceraient dès ce mois-ci dans les quartiers est.",
            "D'après le rapport, le nombre de familles déplacées dépasse désormais {N} depuis le début de l'année.",
            "Les coupures d'électricité se poursuivent depuis plusieurs semaines dans la région.",
            "Les habitants ont demandé aux autorités de baisser les tarifs du chauffage.",
            "Dans un communiqué, le ministère a indiqué que les examens se dérouleraient comme prévu.",
            "Une source au sein de l'administration estime qu'un financement supplémentaire sera nécessaire pour achever le chantier.",
            "{weekday_fr}, une manifestation a rassemblé plusieurs centaines de personnes devant l'hôpital menacé de fermeture.",
            "Pour les économistes, la chute de la monnaie pèsera lourdement sur le pouvoir d'achat des ménages.",
            "La prochaine réunion entre les deux parties est prévue à la fin du mois.",
            "Cette décision intervient alors que la région fait face à une grave pénurie de carburant.",
            "Les organisations humanitaires ont distribué {N} colis alimentaires aux familles les plus démunies.",
            "Les routes menant à la ville ont été fermées en raison de fortes chutes de neige.",
            "Aucun commentaire officiel n'a été publié pour l'instant.",
            "Les agriculteurs affirment que la récolte de blé a été plus mauvaise que prévu à cause de la sécheresse.",
            "Des associations de défense des droits humains réclament une enquête indépendante.",
            "Selon les chiffres officiels, le taux de chômage a grimpé à {pct} %.",
            "Un commerçant du vieux marché raconte que ses ventes ont presque diminué de moitié.",
            "La municipalité espère rénover les écoles endommagées avant la rentrée.",
            "Des sources médicales ont confirmé l'arrivée de plusieurs blessés à l'hôpital central.",
            "Le coût de la reconstruction pourrait atteindre plusieurs milliards de dollars, selon les experts.",
            "Les habitants redoutent une nouvelle flambée des prix à l'approche de l'hiver.",
            "Une délégation gouvernementale est arrivée sur place pour examiner l'état des services publics.",
            "Une enseignante explique que les élèves étudient dans des classes surchargées et mal chauffées.",
            "Le gouvernement a promis de renforcer le contrôle des prix et de sanctionner les contrevenants.",
            "Des dizaines de commerces ont baissé le rideau pour protester contre les nouvelles taxes.",
            "Les négociations doivent reprendre la semaine prochaine dans la capitale.",
            "La plupart des habitants du village dépendent désormais de l'aide humanitaire.",
            "Pour ce chercheur, la crise actuelle trouve ses racines dans la décennie précédente.",
            "Le communiqué souligne enfin l'importance d'une coopération entre toutes les parties.",
            "{weekday_fr}, le salon du livre a ouvert ses portes avec la participation de {N} maisons d'édition.",
            "En été, il devient de plus en plus difficile de trouver de l'eau potable.",
            "« Nous ne pouvons plus attendre », a déclaré un responsable local lors d'une conférence de presse.",
            "Les transporteurs dénoncent une hausse des coûts qui menace leur activité.",
            "L'opposition accuse le gouvernement de ne pas tenir ses promesses.",
            "Les premières estimations font état de dégâts importants dans les quartiers sud.",
        ],
        "headlines": [
            "Nouvelle hausse du prix du pain et du carburant",
            "La crise de l'eau s'aggrave dans les quartiers est",
            "Des milliers de familles attendent l'aide à l'approche de l'hiver",
            "Le gouvernement annonce un plan pour réparer le réseau électrique",
            "Les agriculteurs inquiets après une mauvaise récolte de blé",
            "Reprise des négociations dans la capitale",
            "Les écoles se préparent à une rentrée difficile",
            "Le salon du livre ouvre ses portes",
        ],
        "subheadings": ["La flambée des prix", "Les habitants s'impatientent", "La réponse des autorités",
                        "Contexte", "Et maintenant ?", "Des services à bout de souffle"],
        "lead_in": "",
    },
}
