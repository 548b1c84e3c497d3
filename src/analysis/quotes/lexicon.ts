/** Closed word classes the quote engine reasons with. All lower-case. */

/** Titles and offices that precede a name ("Innovation Minister Navdeep Bains", "Mr Obama"). */
export const ROLE_HEADS = new Set([
  "president", "minister", "secretary", "senator", "sen.", "sen", "rep.", "representative", "gov.", "governor",
  "mayor", "judge", "justice", "miss", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor",
  "sir", "lord", "lady", "dame", "king", "queen", "prince", "princess", "pope", "gen.", "general", "colonel", "col.",
  "captain", "capt.", "lt.", "sgt.", "sergeant", "major", "admiral", "ambassador", "chancellor", "commissioner",
  "director", "chairman", "chairwoman", "chair", "ceo", "inspector", "officer", "attorney", "attorney-general",
  "speaker", "leader", "spokesman", "spokeswoman", "spokesperson", "premier", "envoy", "chief", "superintendent",
  "supt", "det.", "detective", "constable", "coach", "manager", "editor", "founder", "owner", "cardinal", "bishop",
  "rabbi", "imam", "sheikh", "deputy", "vice", "treasurer", "councillor", "councilman", "councilwoman", "congressman",
  "congresswoman", "senator-elect", "president-elect", "emir", "sultan", "ayatollah", "rev.", "father", "sister",
  "brother", "executive", "analyst", "economist", "correspondent", "reporter", "lawyer", "dean", "principal",
  "secretary-general", "chief executive", "chairperson", "pm", "mp", "mep", "solicitor-general", "marshal",
  // Occupations written before a name ("Chef Marta Solis", "Farmer Ewan Price").
  "chef", "pilot", "prosecutor", "novelist", "author", "writer", "poet", "farmer", "ranger", "diver", "nurse",
  "doctor", "teacher", "artist", "singer", "actor", "actress", "photographer", "designer", "engineer", "scientist",
  "researcher", "historian", "architect", "builder", "boatbuilder", "player", "striker", "goalkeeper", "resident",
  "neighbour", "neighbor", "witness", "activist", "campaigner", "student", "priest", "pastor", "entrepreneur",
  "investor", "banker", "broker", "trader", "fisherman", "driver", "officer", "sheriff", "deputy", "councillor",
  "lawmaker", "legislator", "assemblyman", "assemblywoman", "trustee", "mother", "father", "shopkeeper", "owner",
  "veteran", "survivor", "volunteer", "organiser", "organizer", "host", "presenter", "anchor", "columnist",
  // Candidates for an office ("the Republican presidential candidate", "the front-runner").
  "candidate", "nominee", "front-runner", "frontrunner", "contender", "hopeful", "challenger", "incumbent",
  "cfo", "coo", "cto",
]);

/** Honorifics that make the next capitalised word a person even when it stands alone. */
export const HONORIFICS = new Set(["miss", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.", "sir", "dame", "lord", "lady"]);
export const FEMALE_HONORIFICS = new Set(["mrs", "mrs.", "ms", "ms.", "dame", "lady", "queen", "princess", "miss"]);
export const MALE_HONORIFICS = new Set(["mr", "mr.", "sir", "lord", "king", "prince"]);

/** Words that make a capitalised run an organization ("Food Standards Agency", "White House"). */
export const ORG_WORDS = new Set([
  "agency", "department", "ministry", "council", "committee", "commission", "police", "embassy", "house", "group",
  "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "company", "co.", "university", "party", "government",
  "bank", "association", "institute", "service", "services", "office", "court", "news", "network", "foundation",
  "fund", "organisation", "organization", "union", "authority", "board", "army", "navy", "forces", "force",
  "administration", "times", "post", "journal", "press", "media", "technologies", "systems", "airlines", "club",
  "league", "federation", "senate", "congress", "parliament", "assembly", "bureau", "centre", "center", "hospital",
  "school", "college", "church", "museum", "trust", "society", "alliance", "movement", "front", "brigade",
  "coalition", "tribunal", "cabinet", "kremlin", "pentagon", "reuters", "ap", "afp", "bbc", "cnn", "nasa", "fbi",
  "cia", "un", "eu", "nato", "who", "imf", "opec", "labs", "motors", "holdings", "partners", "capital", "group",
  "games", "studios", "records", "pictures", "entertainment", "communications", "telecom", "broadcasting",
  "airways", "railways", "energy", "pharmaceuticals", "insurance", "securities", "exchange", "commerce", "chamber",
  "academy", "institution", "program", "programme", "project", "initiative", "watch", "international", "agencies",
  "ministries", "guard", "corps", "command", "secretariat", "council", "faction", "brotherhood", "taliban", "hamas",
  "hezbollah", "daesh", "isis", "magazine", "herald", "tribune", "gazette", "telegraph", "guardian", "observer",
  "daily", "weekly", "review", "radio", "tv", "television", "channel", "facebook", "google", "twitter", "apple",
  "microsoft", "amazon", "interfax", "xinhua", "tass", "bloomberg", "roscosmos",
]);

/** Organizations named by a lower-case head noun ("the Russian space agency", "West Mercia police"). */
export const ORG_NOUNS = new Set([
  "agency", "government", "ministry", "police", "embassy", "military", "army", "navy", "council", "committee",
  "company", "firm", "department", "administration", "office", "campaign", "union", "party", "board", "court",
  "commission", "authority", "authorities", "regime", "junta", "cabinet", "parliament", "congress", "senate",
  "prosecutors", "prosecution", "group", "organisation", "organization", "team", "club", "bank", "university",
  "school", "hospital", "consulate", "house", "service", "force", "forces", "federation", "league", "network",
  "channel", "newspaper", "broadcaster", "airline", "manufacturer", "maker", "retailer", "carrier", "operator",
  "ministry", "institute", "foundation", "charity", "coalition", "alliance", "movement", "faction", "tribe",
  "kremlin", "pentagon", "fbi", "cia", "nasa",
  "bureau", "watchdog", "regulator", "panel", "jury", "lawsuit", "filing", "website",
]);

/** Unnamed sources: anonymous speakers ("two U.S. sources", "officials", "a spokesperson for X"). */
export const ANONYMOUS_NOUNS = new Set([
  "source", "sources", "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople",
  "spokesmen", "aide", "aides", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts", "witness",
  "witnesses", "resident", "residents", "observer", "onlooker", "bystander", "insider", "people", "person", "insider", "insiders", "critics", "critic", "observers",
  "reports", "elders", "politicians", "lawmakers", "legislators", "members", "member", "activists", "investigators",
  "officers", "officer", "scientists", "researchers", "doctors", "economists", "executives", "staff", "employees",
  "workers", "supporters", "opponents", "leaders", "organisers", "organizers", "protesters", "campaigners",
  "authorities", "others", "some", "many", "several", "locals", "villagers", "families", "relatives", "friends",
  "neighbours", "neighbors", "colleagues", "lawyers", "lawyer", "attorney", "attorneys", "prosecutors", "police",
  "rescuers", "medics", "paramedics", "negotiators", "mediators", "commanders", "soldiers", "troops", "militants",
  "rebels", "fighters", "students", "teachers", "parents", "fans", "voters", "citizens", "users", "customers",
  "intelligence", "courts", "documents", "filings", "studies", "surveys", "polls", "figures", "data", "statistics",
  "study", "survey", "poll", "analysis", "research", "paper",
  "estimates", "accounts", "media", "journalists", "reporters", "advocates", "groups", "spokespersons", "representatives",
  "representative", "envoy", "envoys", "delegates", "ministers", "government officials", "team", "user", "users",
  "buyer", "buyers", "seller", "sellers", "vendor", "vendors", "reader", "readers", "commenter", "commenters",
  "poster", "viewers", "listeners", "callers", "bystanders", "onlookers", "participants", "attendees", "nurses",
  "farmers", "drivers", "pilots", "miners", "fishermen", "engineers", "shoppers", "tourists", "passengers",
  "commuters", "patients", "survivors", "victims", "veterans", "climbers", "economists", "historians", "scholars",
]);

/** Relations that make a noun phrase a person without a name ("her mother, Fiona"). */
export const KIN_NOUNS = new Set([
  "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather",
  "aunt", "uncle", "cousin", "partner", "widow", "widower", "friend", "boyfriend", "girlfriend", "niece", "nephew",
]);
/** Nouns that say a person is a woman or a man: "the mother", "the spokesman", "a woman who …". */
const FEMALE_CORE = ["mother", "daughter", "wife", "sister", "grandmother", "widow", "woman", "girl", "spokeswoman", "chairwoman", "congresswoman", "queen", "princess"];
const MALE_CORE = ["father", "son", "husband", "brother", "grandfather", "widower", "man", "boy", "spokesman", "chairman", "congressman", "king", "prince"];
/** A description's head that gives its person a gender (with the rest of a family: "the aunt", "her boyfriend"). */
export const FEMALE_NOUNS = new Set([...FEMALE_CORE, "aunt", "niece", "girlfriend"]);
export const MALE_NOUNS = new Set([...MALE_CORE, "uncle", "nephew", "boyfriend"]);
/**
 * A noun in a description linked to a name that votes for the name's gender (gender.ts): with plurals ("one of
 * the first two Muslim women") and trades ("the actress").
 */
export const FEMALE_DESCRIPTION_NOUNS = new Set([...FEMALE_CORE, "women", "actress", "businesswoman"]);
export const MALE_DESCRIPTION_NOUNS = new Set([...MALE_CORE, "men", "actor", "businessman"]);

export const DETERMINERS = new Set([
  "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
  "two", "three", "four", "five", "six", "several", "many", "one", "another", "each", "every", "both", "other",
]);

export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "who", "you"]);
export const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their"]);

/** Connectors allowed inside an organization's name between capitalised words. */
export const NAME_CONNECTORS = new Set(["of", "the", "for", "and", "de", "du", "des", "la", "le", "van", "von", "der", "al", "bin", "da", "di", "on", "&"]);
/** Particles inside a person's name ("Luis de Miranda", "Ludwig van Beethoven", "De Miranda"). */
export const NAME_PARTICLES = new Set(["de", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "da", "di", "del", "della", "dos", "das"]);
/** Those that open a surname standing alone ("De Miranda", "Van Gogh"); "Le Monde", "Al Jazeera" are no people. */
export const SURNAME_PARTICLES = new Set(["de", "van", "von", "der", "da", "di", "del", "della", "du", "dos"]);

/** Capitalised words that start sentences and headlines but are not names. */
/** Forms of "be" that link a subject to a description ("X is a …", "That's the view of …"). */
export const COPULAS = new Set(["is", "was", "are", "were", "'s", "\u2019s"]);
/** Relative pronouns that stand for the object of the verb after them ("which he called", "what she said"). */
export const OBJECT_RELATIVES = new Set(["which", "that", "whom", "whose", "what"]);

export const COMMON_CAPITALISED = new Set([
  // The prepositions, a closed class: capitalised at a sentence's start ("Outside Carrier, …"), not a name.
  "outside", "inside", "across", "among", "amongst", "amid", "against", "along", "around", "behind", "beside",
  "besides", "between", "into", "near", "through", "throughout", "toward", "towards", "under", "unlike", "upon",
  "within", "without", "via",
  "the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "i", "this", "that", "but", "and", "its",
  "his", "her", "their", "there", "when", "after", "before", "as", "if", "while", "last", "for", "of", "to", "by",
  "with", "from", "so", "yet", "or", "nor", "not", "no", "yes", "some", "many", "most", "all", "one", "two", "three",
  "what", "who", "why", "how", "where", "which", "these", "those", "our", "my", "your", "you", "us", "then", "now",
  "however", "meanwhile", "still", "also", "although", "though", "because", "since", "despite", "during", "until",
  "speaking", "asked", "according", "earlier", "later", "today", "yesterday", "tomorrow", "here", "read", "photo",
  "file", "source", "sources", "officials", "clockwise", "above", "below", "left", "right", "top", "bottom",
  "analysis", "update", "updated", "editing", "report", "reporting", "additional", "more", "related", "watch",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "both", "each",
  "every", "such", "other", "another", "even", "only", "just", "once", "again", "instead", "indeed", "perhaps",
  "both", "either", "neither", "nearly", "about", "around", "under", "over", "into", "out", "up", "down", "off",
  "well", "oh", "yes", "thank", "thanks", "please", "let", "do", "does", "did", "is", "are", "was", "were", "be",
  "has", "have", "had", "will", "would", "can", "could", "should", "must", "might", "shall", "why", "whether",
  "every", "first", "second", "third", "old", "former", "dear", "among", "against",
  "between", "without", "within", "through", "like", "unlike", "given", "having", "being", "seven", "nine", "five",
  "ten", "four", "six", "eight", "fuelling", "fueling", "dubbed", "whatever", "whenever", "children", "people",
]);

/** Days and months: capitalised, never speakers. */
export const CALENDAR = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.",
  "sept.", "oct.", "nov.", "dec.", "christmas", "easter",
]);

/** Countries and a few cities that speak for governments; enough to keep them from being taken for people. */
export const PLACES = new Set([
  "us", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "america", "britain", "england", "scotland", "wales", "ireland",
  "canada", "china", "russia", "india", "japan", "germany", "france", "italy", "spain", "poland", "israel", "iran",
  "iraq", "syria", "egypt", "libya", "tunisia", "kenya", "nigeria", "mexico", "brazil", "australia", "zimbabwe",
  "ukraine", "turkey", "pakistan", "afghanistan", "korea", "taiwan", "vietnam", "cuba", "venezuela", "argentina",
  "chile", "colombia", "peru", "greece", "sweden", "norway", "denmark", "finland", "netherlands", "belgium",
  "switzerland", "austria", "hungary", "romania", "qatar", "lebanon", "jordan", "yemen", "sudan", "ethiopia",
  "somalia", "ghana", "uganda", "tanzania", "rwanda", "congo", "angola", "mongolia", "kazakhstan", "indonesia",
  "malaysia", "singapore", "thailand", "philippines", "myanmar", "bangladesh", "nepal", "zealand", "africa",
  "europe", "asia", "washington", "ottawa", "london", "paris", "berlin", "moscow", "beijing", "tokyo", "cairo",
  "harare", "tunis", "nairobi", "kyiv", "kiev", "tehran", "baghdad", "damascus", "jerusalem", "brussels", "rome",
  "madrid", "delhi", "new", "york", "california", "texas", "florida", "siberia", "saudi", "arabia", "emirates",
  "states", "united", "kingdom", "south", "north", "east", "west", "northern", "southern", "eastern", "western",
  "european", "union", "gulf", "middle", "pacific", "atlantic", "ocean", "sea", "island", "islands", "city",
  "province", "region", "county", "state", "street", "beach", "river", "lake", "mount", "airport", "station",
  // Demonyms: "the Russian space agency", "Tunisian Islamists" are not people.
  "american", "british", "canadian", "chinese", "russian", "french", "german", "italian", "spanish", "polish",
  "israeli", "iranian", "iraqi", "syrian", "egyptian", "libyan", "tunisian", "kenyan", "nigerian", "mexican",
  "brazilian", "australian", "zimbabwean", "ukrainian", "turkish", "pakistani", "afghan", "korean", "japanese",
  "indian", "european", "african", "asian", "arab", "muslim", "christian", "jewish", "islamic", "palestinian",
  "saudi", "greek", "swedish", "norwegian", "danish", "dutch", "belgian", "swiss", "austrian", "irish", "scottish",
  "welsh", "english", "cuban", "venezuelan", "colombian", "ethiopian", "somali", "sudanese", "yemeni", "lebanese",
  "jordanian", "qatari", "emirati", "thai", "vietnamese", "indonesian", "malaysian", "filipino", "mongolian",
  "kazakh", "māori", "maori", "zealander", "latin", "western", "eastern", "northern", "southern", "federal",
]);

/** Nouns that make a quoted phrase a name, title or term rather than speech ("the film “Parasite”"). */
export const TITLE_CONTEXT = new Set([
  "film", "movie", "book", "novel", "song", "album", "single", "show", "series", "play", "poem", "article",
  "titled", "entitled", "called", "dubbed", "named", "nicknamed", "so-called", "known", "word", "words", "term",
  "terms", "phrase", "slogan", "brand", "hashtag", "label", "headline", "motto", "sign", "signs", "banner",
  "banners", "placard", "placards", "chant", "chants", "episode", "documentary", "opera", "musical", "painting",
  "exhibition", "campaign", "operation", "project", "programme", "program", "podcast", "column", "essay", "report",
  "magazine", "newspaper", "play", "track", "ep", "game", "app", "code", "codename", "code-named", "nickname",
  "reads", "read", "reading", "tagline", "catchphrase", "mantra", "moniker", "title", "name", "bill", "act",
  "doctrine", "policy", "plan", "initiative", "category", "status", "concept", "notion", "idea", "buzzword",
]);

/** Common given names with a strong gender reading, used only to keep "she" from resolving to a man and back. */
export const FEMALE_NAMES = new Set([
  "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
  "lisa", "margaret", "betty", "sandra", "ashley", "dorothy", "kimberly", "emily", "donna", "michelle", "carol",
  "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "shirley",
  "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra",
  "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce",
  "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea",
  "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean",
  "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
  "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose",
  "alexis", "kayla", "ellen", "fiona", "chrystia", "angela", "theresa", "hillary", "nancy", "kamala", "ursula",
  "jacinda", "nicola", "priya", "aisha", "fatima", "sofia", "lucia", "elena", "irina", "olga", "natasha", "ingrid",
  "greta", "astrid", "claire", "sophie", "chloe", "amelie", "camille", "marta", "ana", "carmen", "rosa", "yuki",
  "mei", "li", "jenny", "kate", "katie", "liz", "beth", "meg", "sue", "jo", "sally", "molly", "lucy", "ella", "mia",
]);
export const MALE_NAMES = new Set([
  "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles", "christopher",
  "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin",
  "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric",
  "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "alexander",
  "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry",
  "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy", "christian", "keith", "roger",
  "terry", "gerald", "harold", "sean", "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan",
  "billy", "joe", "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy",
  "roy", "vincent", "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "barack", "bill", "jeff",
  "mike", "tom", "bob", "jim", "tim", "dan", "ben", "sam", "tony", "nick", "steve", "ahmed", "mohammed",
  "muhammad", "ali", "omar", "hassan", "vladimir", "sergei", "dmitry", "ivan", "hans", "klaus", "pierre", "jean-claude",
  "emmanuel", "francois", "giuseppe", "marco", "luca", "carlos", "luis", "miguel", "pedro", "xi", "hiroshi", "navdeep",
  "justin", "boris", "rishi", "narendra", "recep", "benjamin", "mahmoud", "habib", "rachid", "lotfi", "ajmi", "josh",
]);

/** Reflexive objects: "found itself offering rides" makes a speech verb one of doing. */
export const REFLEXIVE_PRONOUNS = new Set(["itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"]);
