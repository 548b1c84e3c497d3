/**
 * Small closed word classes the entity pass relies on. These are grammar of news English, not names:
 * the names themselves come from the trained tagger and from data packages.
 */

/** Last words that mark an organization name ("Huawei Technologies", "Interior Ministry", "Labor Party"). */
export const ORG_SUFFIXES = [
  "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "co", "co.", "plc", "llc", "ag", "sa", "gmbh", "group",
  "holdings", "technologies", "systems", "ministry", "embassy", "consulate", "agency", "university", "college",
  "school", "institute", "party", "council", "committee", "commission", "department", "bank", "association",
  "foundation", "union", "police", "court", "office", "authority", "army", "navy", "company", "network", "press",
  "service", "services", "board", "federation", "league", "club", "airlines", "airways", "hospital", "church",
  "organisation", "organization", "society", "parliament", "assembly", "senate", "congress", "museum", "centre",
  "center", "fund", "trust", "alliance", "coalition", "front", "movement", "brotherhood", "times", "post", "news",
  "journal", "tribune", "herald", "guardian", "telegraph", "media", "studios", "motors", "energy", "airport",
];

/** Titles and roles that precede a person's name and are not part of it. */
export const TITLE_WORDS = [
  "minister", "president", "spokesperson", "spokesman", "spokeswoman", "secretary", "chancellor", "senator",
  "sen.", "rep.", "representative", "governor", "gov.", "mayor", "premier", "king", "queen", "prince", "princess",
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "judge", "justice", "general",
  "gen.", "chief", "ceo", "chairman", "chairwoman", "chair", "director", "ambassador", "envoy", "leader", "lawyer",
  "attorney", "officer", "coach", "captain", "deputy", "vice", "pope", "sheikh", "sir", "lord", "lady", "commissioner",
  "inspector", "sergeant", "sgt.", "detective", "det.", "colonel", "col.", "lieutenant", "lt.", "admiral", "bishop",
  "archbishop", "rev.", "reverend", "father", "economist", "analyst", "manager", "founder", "executive",
  "correspondent", "editor", "reporter", "author", "actor", "actress", "singer", "striker", "midfielder",
  "defender", "goalkeeper", "player", "candidate", "nominee", "chancellor", "dame", "emir", "ayatollah", "rabbi",
  "cardinal", "superintendent", "constable", "marshal", "officials", "official", "adviser", "advisor", "aide",
  "premier", "treasurer", "speaker", "whip", "mp", "mep", "congressman", "congresswoman", "chef", "dean",
];

/** Words that, after a capital, show it is used as a place ("in Washington"), not as its government. */
export const LOCATIVE_PREPOSITIONS = new Set([
  "in", "at", "from", "to", "near", "into", "across", "around", "outside", "inside", "throughout", "via", "through",
  "toward", "towards", "visit", "visited", "visiting", "reached", "left", "leaving", "arrived", "downtown",
  "central", "of", "flew", "onto", "within", "beyond", "past", "north",
  "south", "east", "west", "northern", "southern", "eastern", "western",
]);

/** Buildings and seats of power that news uses for the institution: organizations, never places. */
export const INSTITUTION_NAMES: Record<string, string> = {
  "white house": "White House",
  kremlin: "Kremlin",
  pentagon: "Pentagon",
  "downing street": "Downing Street",
  "number 10": "Number 10",
  "no 10": "No 10",
  "elysee": "Elysee",
  "élysée": "Élysée",
  "capitol hill": "Capitol Hill",
  "state department": "State Department",
  "whitehall": "Whitehall",
  vatican: "Vatican",
  "holy see": "Holy See",
  "scotland yard": "Scotland Yard",
  "wall street": "Wall Street",
  "zhongnanhai": "Zhongnanhai",
};

/** Lower-case words that cannot start or end a name even when capitalised at a sentence start. */
export const FUNCTION_WORDS = new Set([
  "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "was",
  "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this", "that", "these", "those",
  "when", "while", "after", "before", "if", "last", "next", "this", "mr", "mrs", "ms", "dr",
]);

/** Last words that settle a multi-word name as an organization whatever the tagger said ("Alibaba Group"). */
export const ORG_HEADS = new Set([
  "group", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "holdings", "technologies",
  "foundation", "council", "party", "police", "agency", "ministry", "university", "embassy", "committee",
  "embassies", "consulate", "consulates", "ministries",
  "commission", "association", "institute", "bank", "airlines", "airways", "brotherhood", "federation",
  // Industry words that end company names ("Pacific Ridge Minerals", "Sequoia Capital", "Tata Motors").
  "minerals", "mining", "resources", "partners", "capital", "energy", "motors", "pharmaceuticals", "pharma",
  "labs", "laboratories", "systems", "media", "foods", "industries", "investments", "ventures", "securities",
  "insurance", "financial", "bancorp", "communications", "telecom", "networks", "entertainment", "studios", "animation",
  "pictures", "films", "productions", "bros", "bros.",
  "petroleum", "chemicals", "electronics", "software", "logistics", "shipping", "automotive", "airline", "research",
  // Consumer goods and services ("Marc Fisher Footwear", "Wynn Resorts"), names that look like a person's before them.
  "footwear", "apparel", "brands", "cosmetics", "beverages", "restaurants", "hotels", "resorts",
  // Public bodies and movements ("African Union", "Palestinian Authority", "Food Standards Agency").
  "union", "authority", "bureau", "directorate", "secretariat", "tribunal", "alliance", "coalition", "league",
  "society", "trust", "fund", "corporation", "company",
  // Publications and broadcasters ("Business Insider", "Sunday Times", "Daily Herald", "Disney Channel").
  "news", "times", "journal", "tribune", "gazette", "herald", "insider", "magazine", "channel", "network", "broadcasting",
]);

/**
 * Public bodies' last words that end a name the tagger left untagged ("according to the Government Accountability
 * Office", "the National Weather Service said"), beside ORG_HEADS: offices, departments and services are named
 * so, and a run of capitalised words inside a sentence that ends in one is the body. (Not in ORG_HEADS, whose
 * other readers extend or retype names the tagger found.)
 */
export const BODY_RUN_HEADS = new Set(["office", "department", "administration", "service", "board"]);

/** Names with an organization head that are places ("Soviet Union"). */
export const PLACES_WITH_ORG_HEADS = new Set(["soviet union", "union territory", "oval office"]);

/** Last words that settle a multi-word name as a place ("Stewart Island", "Ninety Mile Beach"). */
export const PLACE_HEADS = new Set([
  "island", "islands", "harbour", "harbor", "river", "lake", "bay", "mountain", "mountains", "beach", "valley",
  "county", "province", "street", "road", "avenue", "park", "peninsula", "coast", "sea", "ocean", "gulf", "strait",
  "desert", "forest", "canyon", "square", "bridge", "airport", "region", "district", "city", "drive", "lane", "place", "boulevard",
  "terminal", "wharf", "pier", "locks", "passage", "falls", "vineyard",
]);

/**
 * Last words of named ideas, findings and conditions, which are no body and no place ("Environmental Kuznets
 * Curve", "Dunning-Kruger Effect", "Down Syndrome"): the other class, like the learned MISC heads.
 */
export const CONCEPT_HEADS = new Set([
  "curve", "effect", "theorem", "principle", "paradox", "syndrome", "disease", "hypothesis", "theory", "equation",
  "doctrine", "fallacy", "code",
]);

/**
 * Abbreviations that are ordinary nouns of business and technology, written in capitals ("its IPO", "CPU
 * load", "the CEO"): alone they name nothing. The training text has too few of them to learn them.
 */
export const COMMON_ABBREVIATIONS = new Set([
  "ipo", "ceo", "cfo", "coo", "cto", "gdp", "etf", "cpu", "gpu", "ai", "tv", "pc", "suv", "ev", "vpn", "url", "pdf",
  "atm", "usb", "gps", "os", "ram", "sim", "sms", "vat", "api", "faq", "led", "lcd", "nft", "hd", "ssd", "pr", "hr",
]);

/** Feasts and holidays, written like names but naming days ("the day after Easter"): the other class. */
export const HOLIDAYS = new Set([
  "easter", "christmas", "thanksgiving", "halloween", "ramadan", "hanukkah", "passover", "diwali", "eid", "lent",
  "pentecost", "kwanzaa", "hogmanay",
]);

/** Lower-case nouns after a name that make it an organization's name ("the Ennahda party"). */
export const ORG_FOLLOWERS = new Set([
  "party", "group", "movement", "faction", "militia", "foundation", "organisation", "organization", "newspaper",
  "coalition", "alliance", "tribe", "iwi", "union", "police", "government",
]);

/** After a demonym only these make an organization ("Chinese government"; not "a Canadian group"). */
export const DEMONYM_ORG_FOLLOWERS = new Set(["government", "police"]);

/**
 * Bodies of a state named by its demonym or country ("the Norwegian embassy", "Chile's fisheries ministry",
 * "the Russian space agency"): the noun that ends the body's name.
 */
export const STATE_BODIES = new Set([
  "embassy", "embassies", "consulate", "mission", "government", "ministry", "department", "agency", "police",
  "military", "army", "navy", "parliament", "cabinet", "treasury", "regulator", "authority", "commission",
  "senate", "congress", "legislature", "coastguard", "bank",
]);

/** Nouns after a name that make it a group of fighters or activists ("al-Qaeda militants"). */
export const GROUP_MEMBER_NOUNS = new Set([
  "militants", "fighters", "militia", "militias", "insurgents", "rebels", "jihadists", "extremists",
  "operatives", "loyalists", "affiliate", "affiliates",
]);

/** Words before a name that make it an organization one belongs or is tied to ("loyal to the Islamic State"). */
export const ALLEGIANCE_BEFORE = [
  ["loyal", "to"], ["linked", "to"], ["tied", "to"], ["affiliated", "with"], ["allied", "with"],
  ["allegiance", "to"], ["joined"], ["join"], ["members", "of"], ["member", "of"], ["leader", "of"],
];

/**
 * Words before a name that make it a school one studied at ("a recent graduate of Mount Holyoke", "an alumnus
 * of Penn State"): an organization, whatever its first word says of a place.
 */
export const SCHOOL_BEFORE = [
  ["graduate", "of"], ["graduates", "of"], ["graduated", "from"], ["alumnus", "of"], ["alumna", "of"], ["alumni", "of"],
  ["degree", "from"], ["enrolled", "at"], ["studied", "at"],
];

/** Nouns after "X, a/an …" that say X is an organization ("Ansar al-Sharia, an al-Qaeda-linked organization"). */
export const ORG_APPOSITION_NOUNS = new Set([
  "organization", "organisation", "group", "movement", "party", "company", "firm", "agency", "body", "charity",
  "militia", "faction", "network", "coalition", "alliance", "union", "association", "startup", "start-up",
  "manufacturer", "maker", "retailer", "bank", "broadcaster", "newspaper", "publisher", "lender", "insurer",
  "carrier", "airline", "nonprofit", "non-profit", "conglomerate", "regulator", "watchdog", "consultancy",
]);

/** Lower-case nouns right before a name that make it an organization ("rescue group Project Kahu"). */
export const ORG_NOUNS_BEFORE = new Set([
  "group", "charity", "company", "firm", "organisation", "organization", "startup", "start-up", "broadcaster",
  "newspaper", "retailer", "lender", "carrier", "airline", "conglomerate", "regulator", "watchdog", "nonprofit",
  "militia", "movement", "outlet", "publisher", "insurer", "manufacturer", "automaker", "carmaker",
  "studio", "chain", "brokerage", "website", "bank", "label", "ruling",
]);
