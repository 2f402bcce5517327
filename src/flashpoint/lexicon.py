"""Words that signal events: trigger lemmas and the ACLED sub-event type each one suggests.

A trigger's type can be refined by its context in classify.py (an "attack" on villagers is
violence against civilians, on a base it is a clash).
"""

from __future__ import annotations

# Surrender is an agreement in ACLED's codebook, with no agreeing verb needed.
SURRENDER = frozenset({"surrender", "capitulate", "capitulation"})

# Nouns and verbs of incidents, by lemma.
TRIGGERS: dict[str, str] = {
    **dict.fromkeys(
        "fighting fight clash firefight gunfight gunbattle battle skirmish shootout ambush "
        "offensive war conflict hostility incursion assault raid".split(),
        "Armed clash",
    ),
    **dict.fromkeys(
        "shelling shell bombardment bombard barrage artillery mortar rocket missile".split(),
        "Shelling/artillery/missile attack",
    ),
    **dict.fromkeys(["airstrike", "air-strike", "strike", "drone"], "Air/drone strike"),
    **dict.fromkeys(
        ["bombing", "bomb", "explosion", "blast", "ied", "landmine", "detonate", "explode"],
        "Remote explosive/landmine/IED",
    ),
    "grenade": "Grenade",
    **dict.fromkeys(
        "massacre attack shooting gunfire firing murder assassination assassinate killing".split(),
        "Attack",
    ),
    **dict.fromkeys(
        ["kidnap", "kidnapping", "abduct", "abduction", "hostage"], "Abduction/forced disappearance"
    ),
    **dict.fromkeys(
        ["protest", "demonstration", "rally", "march", "sit-in", "protester", "demonstrator"],
        "Peaceful protest",
    ),
    **dict.fromkeys(["riot", "rioting", "unrest", "rioter", "pelt"], "Violent demonstration"),
    **dict.fromkeys(["ceasefire", "cease-fire", "truce", "armistice"], "Agreement"),
    # ACLED's agreements include surrenders
    **dict.fromkeys(["surrender", "capitulate", "capitulation"], "Agreement"),
    **dict.fromkeys(["arrest", "detain", "detention"], "Arrests"),
    "incident": "Other",
}

# Words of the other ACLED sub-event types, by lemma. Most are refined by their context in
# classify.py (a "seized" town is territory, "seized" rifles are disrupted weapons use).
TRIGGERS.update(
    {
        **dict.fromkeys("rape gang-rape molest molestation".split(), "Sexual violence"),
        **dict.fromkeys(
            "kidnapper abductor captive disappearance".split(), "Abduction/forced disappearance"
        ),
        **dict.fromkeys(["apprehend", "nab", "custody"], "Arrests"),
        # vigilantes only when they do violence (see ``classify.trigger_type``)
        **dict.fromkeys(["lynch", "lynching", "vigilante"], "Mob violence"),
        **dict.fromkeys(["demonstrate", "picket", "walkout"], "Peaceful protest"),
        **dict.fromkeys(
            "loot looting plunder pillage ransack arson vandalize vandalise vandalism raze "
            "torch".split(),
            "Looting/property destruction",
        ),
        **dict.fromkeys(["defuse", "defusal", "interception", "cache"], "Disrupted weapons use"),
        **dict.fromkeys(["sarin", "chlorine"], "Chemical weapon"),
        "bomber": "Remote explosive/landmine/IED",
        "mob": "Mob violence",
        **dict.fromkeys(["airstrike", "air-strike", "airstrikes"], "Air/drone strike"),
    }
)

# Generic words for "what happened": undated, they refer to the article's main news event.
GENERIC = frozenset(
    {"attack", "incident", "assault", "raid", "shooting", "firing", "violence", "fire"}
)

# Nouns that, with "the", name an incident the report has told already ("the ambush").
ANAPHORIC_EVENTS = frozenset(
    {"ambush", "strike", "bombing", "blast", "explosion", "killing", "killings", "massacre"}
)

# Nouns for situations that last for weeks or years: never an incident of the day by
# themselves, only when dated or referred back to.
LONG = frozenset({"war", "conflict", "offensive", "hostility", "unrest"})

# A "strike" is an air or drone strike only with one of these nearby.
STRIKE_MARKERS = frozenset({"air", "drone", "missile", "airstrike", "aerial", "israeli"})

# Words that put a bomb in the air.
AIR_WORDS = frozenset(
    "drop jet plane aircraft warplane helicopter drone airstrike air bomber".split()
)

# What an agreement between conflict parties is about ("agreed to pull back troops"); an
# agreement on trade or tourism is not a conflict event.
CONFLICT_TERMS = frozenset(
    "ceasefire cease-fire truce peace armistice withdraw withdrawal pull reinforcement troop "
    "force soldier prisoner hostage captive demilitarize disengage de-escalate "
    "de-escalation hostility fighting attack violence disarm buffer militia rebel release "
    "evacuate evacuation handover".split()
)

# What a "deal" or "agreement" between conflict parties is about.
AGREEMENT_TOPICS = frozenset(
    "ceasefire cease-fire truce peace prisoner hostage captive exchange swap withdraw "
    "withdrawal evacuate evacuation release disarm demilitarize de-escalation handover "
    "buffer".split()
)

# Words that turn a noun into an agreement ("peace deal"), when the trigger is "deal" etc.
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "pact"})
AGREEMENT_MODIFIERS = frozenset({"peace", "ceasefire", "cease-fire", "truce"})
AGREEMENT_VERBS = frozenset(
    "agree sign reach accept broker mediate announce declare begin hold seal conclude negotiate "
    "observe extend effect".split()
)

# Clause markers and verbs that make an event hypothetical rather than reported.
HYPOTHETICAL_MARKS = frozenset({"if", "until", "unless", "whether"})
# Verbs whose object is an incident that happened, its truth or authors sought ("to clarify
# the murder", "until the killings are resolved").
SOLVE_VERBS = frozenset({"clarify", "solve", "elucidate", "resolve"})
HYPOTHETICAL_AUX = frozenset({"will", "would", "could", "might", "may", "should", "shall", "ca"})
HYPOTHETICAL_VERBS = frozenset(
    "threaten warn plan fear call urge seek avoid prevent want hope risk prepare propose "
    "demand".split()
)

# Modifiers that mark an event as past context.
PAST_MODIFIERS = frozenset({"earlier", "previous", "past", "former", "prior", "resulting"})

# Blame: speaker accuses target of starting it.
BLAME_VERBS = frozenset({"accuse", "blame"})
START_VERBS = frozenset(
    "initiate start provoke launch instigate open begin attack violate breach trigger".split()
)
DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})

# Markers of a photo caption or credit line.
CAPTION_MARKERS = (
    "[photo]",
    "[image]",
    "[caption]",
    "photo:",
    "photograph:",
    "image:",
    "credit:",
    "via getty",
    "getty images",
    "(ap photo",
    "/ap photo",
    "/reuters",
    "/afp",
    "file photo",
)

# Page chrome around an article: links to other stories, sharing and sign-up lines.
CHROME_STARTS = (
    "read more",
    "also read",
    "read also",
    "see also",
    "related:",
    "related stories",
    "related articles",
    "related news",
    "more on this",
    "recommended:",
    "recommended for you",
    "watch:",
    "listen:",
    "share this",
    "subscribe",
    "sign up",
)

# News that is not a conflict event, by lemma: the kind of news each word suggests. A
# snippet's kind is the one most of its words vote for (ties go to the earlier kind here).
NON_CONFLICT: dict[str, str] = {
    **dict.fromkeys(
        "earthquake quake tremor aftershock flood flooding flash-flood landslide mudslide "
        "cyclone hurricane typhoon storm tornado tsunami drought wildfire bushfire volcano "
        "eruption avalanche monsoon downpour rainfall rain lightning heatwave snowstorm "
        "blizzard magnitude epicentre epicenter".split(),
        "Natural disaster",
    ),
    **dict.fromkeys(
        "accident crash collision derail derailment capsize stampede collapse blaze fire "
        "leak spill cylinder boiler short-circuit inferno firefighter ferry "
        "shipwreck explosion explode blast poisoning toxin contaminate aground vessel "
        "boat liquor alcohol methanol bootleg".split(),
        "Man-made disaster",
    ),
    **dict.fromkeys(
        "drug narcotic cocaine heroin methamphetamine cannabis marijuana cartel gang gangster "
        "smuggle smuggling smuggler trafficker trafficking mafia extortion robbery robber "
        "heist launder laundering contraband poacher poaching counterfeit".split(),
        "Organized crime",
    ),
    **dict.fromkeys(
        "diplomat diplomatic ambassador embassy envoy summit bilateral talks visit counterpart "
        "minister sanction consulate delegation".split(),
        "Diplomacy",
    ),
}

# Verbs of a claim of responsibility ("claimed responsibility for", "took credit for").
RESPONSIBILITY_VERBS = frozenset({"claim", "take", "assume", "accept", "bear"})

# ---- Typing by context (classify.trigger_type), from ACLED's sub-event definitions ----

# The weapon named around a violent trigger decides its sub-event type; the first kind in
# this order whose words are present wins ("a suicide car bomb" is a suicide bomb).
INSTRUMENTS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "Chemical weapon",
        frozenset(
            "chemical chlorine sarin mustard nerve toxic poison poisonous phosgene vx "
            "suffocation asphyxiation".split()
        ),
    ),
    ("Suicide bomb", frozenset({"suicide", "self-detonate"})),
    ("Grenade", frozenset({"grenade", "hand-grenade"})),
    (
        "Air/drone strike",
        frozenset(
            "airstrike air-strike warplane jet aircraft helicopter gunship drone uav "
            "aerial air plane sortie".split()
        ),
    ),
    (
        "Shelling/artillery/missile attack",
        frozenset(
            "shelling shell artillery mortar rocket missile howitzer bombardment tank".split()
        ),
    ),
    (
        "Remote explosive/landmine/IED",
        frozenset(
            "ied landmine mine explosive bomb roadside booby-trap detonator dynamite".split()
        ),
    ),
)

# Weapons that decide the type even against a bomb "dropped" or a "bomber".
PERSONAL_WEAPONS = frozenset({"Chemical weapon", "Suicide bomb", "Grenade"})

# Triggers of violence whose sub-event type the weapon around them decides.
GENERIC_VIOLENCE = frozenset(
    "attack assault raid strike bombing bomb blast explosion explode detonate shooting "
    "gunfire firing bombard bombardment".split()
)

# An explosion is an accident, not a conflict event, with one of these around it and no
# word of attack (an ACLED remote explosive is a weapon used against someone).
ACCIDENT_WORDS = frozenset(
    "gas cylinder boiler leak factory plant refinery pipeline fireworks firework "
    "transformer short-circuit accident accidental tanker reactor fuel methane coal blaze "
    "cooking stove generator electrical storage store industrial solvent ammonium nitrate "
    "warehouse chemicals".split()
)
HOSTILE_WORDS = frozenset(
    "attack attacker militant terrorist insurgent suicide ied bomber bomb target planted "
    "responsibility".split()
)

# Blowing oneself up is a suicide bomb.
REFLEXIVES = frozenset({"himself", "herself", "themselves"})

# Disrupted weapons use: weapons seized, explosives defused, missiles or drones intercepted,
# attacks foiled.
WEAPON_NOUNS = frozenset(
    "weapon arm arms ammunition munition explosive ied bomb device mine landmine grenade rifle "
    "gun pistol firearm rocket missile drone cache arsenal mortar shell detonator launcher "
    "bullet cartridge stockpile projectile ammo weaponry warhead stash".split()
)
DISRUPT_VERBS = frozenset(
    "defuse dismantle neutralize neutralise deactivate disarm intercept foil thwart down clear "
    "remove demine".split()
)
SEIZE_VERBS = frozenset(
    "seize confiscate recover find discover uncover unearth impound capture".split()
)
REMAINS = frozenset({"body", "bodies", "corpse", "corpses", "remains", "cadaver"})
# Words forces use for killing the enemy, when their object is people ("neutralised dozens
# of terrorists"); of weapons ("neutralised a bomb") they are disrupted weapons use.
EUPHEMISMS = frozenset({"neutralise", "neutralize", "eliminate", "annihilate"})
# Harrying a post or a patrol with fire ("rebels harassed the garrison"): a clash.
HARASS = frozenset({"harass", "harassment"})
FOILED_EVENTS = frozenset({"attack", "plot", "bombing", "attempt"})

# Territory: who takes a place, and how.
RETAKE_VERBS = frozenset(
    "recapture retake re-take regain liberate reclaim reconquer wrest restore".split()
)
# Driving an armed group out of a place is the government taking it back.
EXPEL_VERBS = frozenset("expel dislodge oust flush drive push clear".split())
TAKE_VERBS = frozenset("capture seize overrun occupy conquer control".split())
WITHDRAW_VERBS = frozenset("withdraw retreat vacate cede relinquish evacuate abandon".split())
TERRITORY_NOUNS = frozenset(
    "town city village district area region territory province county neighbourhood "
    "neighborhood base airport hill crossing outpost "
    "port island valley stronghold municipality settlement locality zone control "
    "airbase headquarters field oilfield position camp checkpoint post mountain highway "
    "road bridge frontline enclave pocket countryside suburb quarter garrison".split()
)
# What crowds and riot police fire that is not a firearm.
CROWD_MISSILES = frozenset(
    "firework fireworks flare flares stone stones rock rocks teargas gas canister canisters "
    "cannon pellet pellets".split()
)

# Accidents that kill by themselves ("a crash killed 23"), unlike the things they happen to.
MISHAP_EVENTS = frozenset(
    "accident crash collision derailment stampede collapse blaze inferno leak spill "
    "poisoning".split()
)
# What kills by itself in a sentence of its own: a quake, a flood, a crash.
DISASTER_EVENTS = MISHAP_EVENTS | frozenset(
    w for w, kind in NON_CONFLICT.items() if kind == "Natural disaster"
)
NON_STATE_WORDS = frozenset(
    "rebel militant insurgent jihadist fighter separatist extremist terrorist militia "
    "gunman gunmen guerrilla guerrillas".split()
)
STATE_WORDS = frozenset(
    "army troop soldier military force government police navy marine regime trooper "
    "commando gendarme gendarmerie".split()
)
UNOPPOSED = frozenset({"peacefully", "unopposed"})

# Headquarters or base established.
ESTABLISH_VERBS = frozenset(
    "establish set open build construct install erect station relocate move create".split()
)
BASE_NOUNS = frozenset(
    "base bases headquarters hq camp outpost garrison checkpoint airbase office post".split()
)

# Change to group/activity: a group forms, splits, merges, renames, gets a new leader,
# recruits, surrenders, or forces are deployed; curfews and emergencies declared.
CHANGE_VERBS = frozenset(
    "merge split defect disband dissolve rename recruit regroup redeploy mobilize mobilise".split()
)
# Verbs that change an armed group's activity when forces (or their presence) are moved.
DEPLOY_VERBS = frozenset(
    "deploy dispatch send move mass amass reinforce fortify beef bolster".split()
)
FORM_VERBS = frozenset("form create found launch establish".split())
GROUP_NOUNS = frozenset(
    "group alliance coalition militia wing faction brigade movement front organization "
    "organisation battalion force unit army corps division command".split()
)
APPOINT_VERBS = frozenset({"appoint", "name", "elect", "choose", "install"})
LEADER_NOUNS = frozenset("leader commander chief head emir spokesman".split())
DECREE_VERBS = frozenset({"impose", "declare", "lift", "extend"})
DECREE_NOUNS = frozenset({"curfew", "emergency", "law"})

# Looting and property destruction: burning or destroying property.
DESTROY_VERBS = frozenset("burn destroy demolish bulldoze damage set torch raze".split())
PROPERTY_NOUNS = frozenset(
    "house home building shop store market property vehicle car truck crop field granary "
    "school church mosque temple hospital office hut homestead farm livestock "
    "warehouse bus lorry van tanker ambulance train wagon station headquarters factory "
    "plant bank tower pylon bridge depot clinic kiosk stall dwelling residence".split()
)

# Protests and riots: what demonstrators did and what was done to them.
PROTEST_PEOPLE = frozenset(
    "protester protestor demonstrator marcher crowd rioter protest demonstration rally".split()
)
RIOT_ACTS = frozenset(
    "stone brick molotov petrol throw hurl pelt torch vandalize vandalise loot smash "
    "ransack rampage riot rioter arson storm clash burn violent violence damage destroy tyre "
    "tire firebomb barricade blockade stone-throwing rock-throwing".split()
)
LETHAL_FORCE = frozenset(
    "live kill dead die brutally brutal beat bludgeon injure wound injury hit club".split()
)
NON_LETHAL = frozenset({"rubber", "tear", "teargas", "pellet", "plastic", "blank"})
INTERVENTION = frozenset(
    "disperse tear teargas cannon baton rubber arrest detain pepper stun cordon break".split()
)
# Blocking roads is a violent demonstration in ACLED's codebook; what protests denounce is not.
BLOCK_VERBS = frozenset({"block", "barricade", "blockade", "shut", "close", "occupy"})
ROADS = frozenset(
    "road highway street railway railroad thoroughfare motorway bridge route junction "
    "intersection traffic".split()
)
# Words a "riot" or "violent" may describe without making protesters violent.
STATE_ACTS = frozenset(
    "police policeman officer gear squad unit crackdown suppression repression dispersal "
    "response force".split()
)
# A withdrawal hands territory over only when someone else takes it.
HANDOVER_WORDS = frozenset(
    "handover hands control takeover capture seize enter overrun occupy".split()
)
DENOUNCE_VERBS = frozenset({"denounce", "condemn", "decry", "protest", "oppose"})
MOB_WORDS = frozenset({"mob", "lynch", "lynching", "vigilante"})

# What is fired in an attack with small arms.
FIREARMS = frozenset(
    "shot round bullet weapon gun rifle machinegun machine-gun volley burst salvo".split()
)

# Verbs of striking a target, and the aircraft that make it an air strike.
HIT_VERBS = frozenset("hit strike target pound bomb attack raid shell".split())
AIRCRAFT = frozenset("warplane jet aircraft plane helicopter drone gunship uav airforce".split())

# Forms of "rape" as written (the lemmatiser reads "raped" as "rap").
SEXUAL_FORMS = frozenset("rape raped rapes raping gang-raped rapist rapists".split())

# Nouns that "sexual" makes sexual violence.
SEXUAL_NOUNS = frozenset("assault violence abuse exploitation slavery harassment".split())

# Victims who are civilians besides actors.GROUP_KINDS' list: ACLED's attacks on civilians
# include attacks on officials, clergy, traders and aid workers.
CIVILIAN_WORDS = frozenset(
    "pilgrim worshipper trader driver motorist traveller traveler herder teenager boy girl "
    "wife husband elder priest imam pastor nurse mourner shopkeeper vendor activist lawyer "
    "judge politician councillor councilor chief villager resident schoolchild pupil "
    "businessman villager official mayor candidate harvester farmer shepherd "
    "fisherman".split()
)

# Killing verbs: violence against civilians when civilians are the object.
KILL_VERBS = frozenset("kill murder shoot behead execute stab hack torture slaughter burn".split())

# Agreements between conflict parties: prisoners exchanged.
EXCHANGE_NOUNS = frozenset({"swap", "exchange"})

# Forces whose deployment is a change to a group's activity.
GROUP_KINDS_FORCES = frozenset(
    "troop soldier force army unit reinforcement fighter police personnel presence position".split()
)

# Targets that make an attack a clash with armed forces rather than violence against
# civilians: forces, their posts and their vehicles.
FORCE_TARGETS = frozenset(
    "soldier troop army military force police policeman officer checkpoint base post outpost "
    "position convoy patrol barracks garrison camp station unit personnel guard "
    "fighter militant rebel insurgent".split()
)
# Verbs that carry an attack noun ("opened fire on", "carried out an attack on").
LIGHT_VERBS = frozenset({"open", "carry", "launch", "stage", "mount", "conduct"})
# Killing the defenceless: an attack on civilians unless forces are named as the target.
MURDER = frozenset({"murder", "assassinate", "assassination", "execute", "execution", "killing"})

# Civilian places and things: an attack on them is violence against civilians.
CIVILIAN_TARGETS = frozenset(
    "vehicle car bus house home shop market school church mosque temple hospital teahouse "
    "cafe restaurant hotel population wedding funeral crowd worshipper "
    "household community farm farmland "
    # buildings and works of civilian life ("fired several times at the facilities")
    "facility office bank embassy store factory residence powerline pylon substation "
    "pipeline "
    # where the displaced live
    "tent shelter apartment".split()
)

# Every lemma a trigger or a typing pattern can start from: a word outside this set is never
# an event trigger, which spares the pattern checks for most words of a text.
TRIGGER_LEMMAS = frozenset(
    {*TRIGGERS, *AGREEMENT_NOUNS, *EXCHANGE_NOUNS, *SEXUAL_NOUNS, *FOILED_EVENTS}
    | DESTROY_VERBS
    | DISRUPT_VERBS
    | HARASS
    | EUPHEMISMS
    | SEIZE_VERBS
    | ESTABLISH_VERBS
    | HIT_VERBS
    | KILL_VERBS
    | EXPEL_VERBS
    | RETAKE_VERBS
    | TAKE_VERBS
    | WITHDRAW_VERBS
    | APPOINT_VERBS
    | CHANGE_VERBS
    | DECREE_VERBS
    | DEPLOY_VERBS
    | FORM_VERBS
    | SURRENDER
    | {
        "set",
        "agree",
        "blow",
        "fire",
        "hold",
        "storm",
        "take",
        "assault",
        "abuse",
        "attempt",
        "plot",
        "gas",
        "agent",
        "weapon",
        "attack",
        "grab",
        "snatch",
        "shoot",
        "bring",
        "fall",
        "pull",
        "enter",
        "march",
        "hand",
        "turn",
        "gain",
        "assume",
        "win",
        "pledge",
        "step",
        "trigger",
        "talk",
        "negotiation",
        "fight",
        "strike",
        "ceasefire",
    }
)
