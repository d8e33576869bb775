"""Deterministic detection of red-flag, check-me and crisis wording in one message.

Works on spaCy lemmas (so "wetting", "wet" and "wets" match alike) and on the lower-cased
words, with contractions spelled out. A red-flag sign counts only when the patient reports
it: a mention that a nearby word denies ("no numbness at all"), that is said to be fine
("my bladder is fine") or that sits in a general or hypothetical question ("what is foot
drop?") does not count. Uncertainty ("not sure if I can feel it") counts, because not sure
is a possible yes. Crisis wording counts wherever it appears.

The patterns are deliberately broad: a false alarm costs a patient a few questions, a miss
can cost them their bladder. `make safety-report` measures both rates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

EMERGENCY = "emergency"
URGENT = "urgent"

# Sign -> level. Emergency signs point to cauda equina syndrome or progressive nerve loss.
SIGN_LEVELS = {
    "bladder_bowel": EMERGENCY,
    "saddle_numbness": EMERGENCY,
    "sexual_function": EMERGENCY,
    "leg_weakness": EMERGENCY,
    "trauma": URGENT,
    "systemic": URGENT,
    "cancer_history": URGENT,
    "night_pain": URGENT,
}

_EXPANSIONS = {
    "n't": "not", "nt": "not", "cant": "can not", "cannot": "can not", "ca": "can", "wo": "will",
    "dont": "do not", "doesnt": "do not", "didnt": "do not", "wont": "will not", "isnt": "be not",
    "arent": "be not", "wasnt": "be not", "werent": "be not", "havent": "have not", "havnt": "have not", "hadnt": "have not",
    "hasnt": "have not", "couldnt": "can not", "wouldnt": "would not", "shouldnt": "should not",
    "im": "i be", "ive": "i have", "id": "i would", "ill": "i will", "u": "you", "ur": "your",
    "wanna": "want to", "gonna": "go to", "cos": "because", "coz": "because", "bc": "because",
    "pls": "please", "rly": "really", "cordia": "cauda", "corda": "cauda", "caudia": "cauda", "cauder": "cauda", "equinia": "equina", "aquina": "equina", "equena": "equina", "plz": "please", "whipe": "wipe", "whiping": "wiping", "whipes": "wipes", "wen": "when", "shld": "should", "abt": "about", "r": "are", "b": "be", "doe": "do", "'s": "be", "'m": "be", "'re": "be", "'ve": "have", "'d": "would", "'ll": "will",
}

_NUMB = (
    r"(numb(?!ers?\b)\w*|tingl\w*|tinkl\w*|pins? (and|n|&) needle\w*|pins|no feel\w*|no sensation|lose (the |all )?(feel\w*|sensation)|"
    r"lost (the |all )?(feel\w*|sensation)|loss of (feel\w*|sensation)|can not (really |quite |properly )?feel|not feel(?! (\w+ )?(numb|tingl|weird|strange|odd|funny|different|unusual))|hardly feel|"
    r"barely feel|(weird|strange|odd|funny|different|altered|reduced|less|dull|no) (feel\w*|sensation)|"
    r"dead(?!lift)|fuzzy|buzz\w*|asleep|be sleep\w*|go\w* to sleep|feel\w* (like )?sleeping\b|dull|anaesthe\w*|anesthe\w*|frozen|rubbery|"
    r"paraesth\w*|paresth\w*|hypoaesth\w*|hypoesth\w*|feel\w* (\w+ )?nothing(?! (unusual|different|wrong|weird|odd|strange|new|out of))|"
    # "feels like it's wrapped in cling film"
    r"wrap\w* in (cling ?film|cotton wool|glad ?wrap|plastic wrap|bubble wrap))"
)
# Whole words: "bum" is not the start of "bumped", nor "ass" of "assessment".
_SADDLE = (
    r"(groin|groyne|grion|grown area|genital\w*|private\w*|crotch|inner thigh\w*|inside of (my|the|her|his) (left |right )?thigh\w*|saddle|back passage|anus|anal|bum|butt|"
    r"buttock\w*|bottom|backside|arse|ass|rear end|perianal|peri anal|(my|her|his) bits|(the )?bits (in )?between|perine\w*|taint|vagina\w*|vulva|labia|penis|testicle\w*|ball|balls|scrotum|willy|dick|cock|todger|knob|"
    r"nether|down there|down below|downstairs|between (my |the |her |his |their )?(leg|thigh)\w*|rectum|rectal|"
    r"(toilet|loo) seat|area i sit on|(area|part|bit)s? (you|i|we|one|people|she|he|they) (would |\w+ )?sit( on| with)?\b|(place|area|part|bit|spot)s? where (you|i|we|one|people|she|he|they) (would )?sit\b|sit ?bone\w*|undercarriage|ring piece|front bottom|"
    r"inside\w* of (my|the) (leg|thigh)\w*|inner (leg|thigh)\w*|(the )?middle of (my|the) (leg|thigh)s|where (you|i|one) (would )?sit on a (horse|bike|saddle)|inside of the top of (my|the) (leg|thigh)\w*|(my|his) junk)\b"
)
# "wee", "pee" and "poo", not the start of "week", "weed", "peer" or "pool".
_BLADDER = r"(bladder|bowel\w*|wee(?![kdp])|pee(?![rlp])|urine|urinat\w*|poo(?![lr])|poop|stool|toilet|loo|piss|number two|motion|dunny|pass water)"
_CHANGE = r"(lose|lost|loss of|losing|no|can not|not|poor|trouble|difficult\w*|problem\w*|struggle\w*|hard to|weird|strange|change\w*)"
# Whole words and their plurals: not "legal", "football" or "kneel".
_LEG = r"(legs?|limbs?|knees?|foot|feet|ankles?|thighs?|calf|calves)\b"
# "down 15 pounds": weight lost, said the way a scale is read.
_DOWN_BY = r"\bdown (\d+|a few|a couple of|a|one|two|three|four|five|six|seven|eight|nine|ten) ?(kg|kgs|kilo\w*|pound\w*|lb\w*|stone)\b"

PATTERNS: dict[str, tuple[str, ...]] = {
    "bladder_bowel": (
        rf"{_CHANGE} (\w+ ){{0,4}}(control|hold)\w* (\w+ ){{0,3}}{_BLADDER}",
        r"\b(bladder|bowel\w*|urin\w*|micturit\w*)\b(?! (cancer|screen\w*|polyp\w*|surgery|scope|test\w*|infection|prep|scan\w*|ultrasound|diary|training|stone\w*))",
        r"\b(weak|slow|poor|no|start\w*|stop\w*|dribbl\w*) (\w+ ){0,2}(stream|flow)\b",
        r"\b(stream|wee flow|urine flow|pee flow) (\w+ ){0,3}(weak|slow|poor|stop ?start|stop and start|dribbl\w*)",
        r"\bincontin\w*",
        r"\bcontrol (of|over) (my|me|the) (bowl|bowls|bowel\w*|bladder|waterworks)\b",
        # Not "great for my pelvic floor": care that helps it.
        r"(?<!for my )(?<!for the )(?<!strengthen my )(?<!work on my )\bpelvic floor\b(?! (exercise|muscle|physio|work|training|class|strength|app|program)\w*)",
        rf"{_BLADDER} (\w+ ){{0,8}}(already (gone|go|went|wet|done it)|nothing (\w+ )?(happen\w*|come\w*)\b|(and )?nothing\s*$)",
        r"\balready (wet|done it)\b",
        r"\b(urinary )?retention\b|\bretain\w* (\d+ ?(ml|mls|millilitre\w*|litre\w*)|urine|water|wee)|\bcatheter\w*(?! (\w+ )?(come|came|be|was|get|got|have be|taken|take) (out|remove\w*))|\bdrain\w* (\w+ ){0,4}(litre|liter|ml|bladder|urine)\b",
        rf"{_BLADDER} (\w+ ){{0,4}}(can not|do not|not|barely|hardly) (\w+ ){{0,2}}(feel|sense|notice|tell) (it|when|whether|if|anything|that)\b",
        r"\b(wet|wetting|soil\w*|pee\w*|wee\w*|poo\w*|poop\w*|piss\w*|mess\w*) (my|me|him|her|them|your)sel(f|ves)\b",
        rf"{_BLADDER}\w* (\w+ ){{0,3}}(come|came|coming) out (\w+ ){{0,2}}(without (any )?warning|by (it|them)sel\w*|on (its|their) own|before i)",
        r"\bpass\w* water\b (\S+ ){0,8}(slow|push|strain|dribbl|hard|difficult|problem)|\bproblem\w* (with )?pass\w* (water|urine)",
        r"\b(only|barely|just) (get|got|come|came) (a little|a bit|a dribble|a few drop\w*|a trickle) (\w+ ){0,2}out\b|\bstill feel\w* full\b",
        r"\b(do not|can not|could not|no longer|barely|hardly) feel (it|anything|a thing|much) (\w+ ){0,2}when i (be )?(go|do|have|pass|take) (\w+ ){0,3}(wee|pee|poo|number|toilet|loo)\w*",
        r"\b(wet|wetting|soil\w*|pee\w*|wee\w*|poo\w*|poop\w*|piss\w*|shit\w*) (\w+ ){0,2}(pant\w*|trouser\w*|bed|undie\w*|knicker\w*|underwear|sheet\w*|jean\w*)",
        r"\b(leak\w*|dribbl\w*)\b",
        r"\b(can not|could not|do not|did not|not|never|barely|hardly) (\w+ )?feel (my ?self|it) (\w+ )?(pee\w*|wee\w*|urinat\w*|go|going|poo\w*|come out)\b",
        r"\b(the run|the runs|diarrh\w*|bowel\w*|poo\w*|wee|pee|toilet|loo|motion\w*) (\S+ ){0,12}(can not|could not) (hold|control) (it|them)\b",
        r"\b(do not|can not|not) (\w+ )?(know|tell|sure) (if|whether) (anything|any|it|much|wee|pee|urine) (\S+ ){0,3}(come|coming|came) out\b",
        r"\b(get|have|feel|sense) (no|zero) (\w+ )?(urge|need|sensation|signal) (at all|to (pee|wee|poo|urinat\w*|open my bowel\w*)|to go to the (toilet|loo|bathroom|dunny))\b",
        r"\b(no longer|not|can not|do not|never) (\w+ )?feel (\w+ ){0,2}(full|fullness of|when my|my) (bladder|bowel\w*)\b",
        r"\b(accident|mess\w*) (\w+ ){0,2}(pant\w*|underwear|undie\w*|bed|myself|toilet|knicker\w*)",
        r"\b(can not|unable to|not (be )?able to|struggle\w* to|hard to|trouble|difficult\w*|strain\w*|take\w* (ages|forever)) (\w+ ){0,3}(pee(?![rlp])|wee(?![kdp])|urinat\w*|pass (urine|water|a motion)|empty|go to the (toilet|loo|bathroom)|piss|get (it|a stream|the stream|the flow|a flow|the wee|the pee) (go|going|start\w*))",
        rf"\b(can not|do not|not) (\w+ ){{0,3}}(know|tell|feel|sense|notice) (\w+ ){{0,6}}{_BLADDER}",
        rf"{_BLADDER} (\w+ ){{0,4}}(let go|give way|gave way|go on me|nothing come|never empt\w*|not empt\w*|feel full)",
        r"\bnothing (\w+ ){0,2}come out\b",
        r"\b(can not|could not|did not|do not|never|not) (quite )?(make it|get|got|reach) (\w+ ){0,1}to the (toilet|loo|bathroom|dunny|restroom) in time\b",
        # "my wee is not coming normal": starts at the "not", so that it does not read as "wee is not (a problem)".
        r"(?:(?<=wee be )|(?<=pee be )|(?<=urine be )|(?<=stream be )|(?<=wee s )|(?<=pee s ))(not|never|hardly|barely) (\w+ )?(come|coming|flow\w*|start\w*)( out)?( normal\w*| properly| right| well)?\b",
        rf"\b(no|not|do not|never|can not) (get|have|feel|sense) (\w+ ){{0,2}}(urge|need|sensation|signal) (\w+ ){{0,3}}{_BLADDER}",
        r"\b(not|never|can not|unable to) (?!(\w+ ){0,3}(trouble|problem|issue|difficult))(\w+ ){0,2}(pass|do|have|manage) (\w+ ){0,2}(urine|wee(?![kdp])|pee(?![rlp])|poo(?![lr])|water|a motion)",
        r"\b(not|never) (be |been )?able to (\w+ ){0,2}(pee|wee|urinat\w*|empty|poo|piss|go to the (toilet|loo|bathroom|dunny)|go\b(?! (to|out|for|outside|anywhere|shopping|back|home|in|up|down|into|over|away|far|\w+ing)\b))",
        r"\b(incontinence|continence|adult) (pad|pads|pant\w*|nappy|nappies)\b",
        r"\b(can not|unable to|not able to) (hold|control|stop) (in )?(the |a |my )?(wind|gas|fart\w*|poo\w*|poop\w*|wee|pee|my (bowel\w*|bladder))\b",
        r"\bwear\w* (a )?(pad|pads|nappy|nappies)\b(?! (on|for) (my |the )?(knee|elbow|shoulder|shin)\w*)",
        r"\b(have|has) (not|never) (\w+ )?(a |any )?(pee|wee|piss|urinat\w*|pass\w* (urine|water)|go to the (toilet|loo))\w* (since|for (about |over |nearly |almost |more than |around )?((\d\d|[89]) ?(hour|hr)|twelve|fifteen|eighteen|twenty|a day|a whole day|all day|a long time|ages))\b",
        r"\b(can not|unable to|not able to|struggle\w* to|barely) hold (it|on|my (wee|pee|bladder|bowel\w*|poo)) (in|at all|long enough|till|until|anymore|any more)\b",
        r"\b(do not|did not|never) (realise|realize|notice|know|feel)\w* (\w+ ){0,3}(wet|soil|pee|wee|poo|poop|piss)\w*",
        r"\b(catch|caught) short\b|\b(not|never|do not|did not|can not|barely) (quite )?(make|made|making|get|got) it to the (toilet|loo|bathroom|dunny|restroom)\b",
        r"\b(trouble|difficult\w*|hard|problem\w*|struggl\w*|slow|hesitan\w*) (\w+ ){0,2}(start\w*|get\w* (it )?go\w*) (\w+ ){0,5}(wee|pee|urinat\w*|toilet|loo|stream)\b",
        r"\b(do not|did not|can not|could not|barely|hardly|not) (really |even |properly )?(feel|felt|notice\w*) (it|them|anything|a thing|much) (\w+ ){0,2}(come|came|coming|pass\w*) (out|through)\b",
        r"\b(do not|can not|not|never|no longer) (\w+ ){0,1}(feel|know|sense|notice|tell) when i (need|have|want) to (go|wee|pee|poo)\b",
        # "she's stopped being able to feel when she needs the toilet" (a carer writing)
        r"\b(stop\w* be\w* able to|no longer able to|can not|do not|not|never|no longer) (\w+ ){0,1}(feel|know|sense|notice|tell) when (she|he|they) "
        r"(need|have|want)\w* (to (go|wee|pee|poo)|the (toilet|loo|bathroom|dunny))\b",
        r"\b(do not|did not|can not|could not|barely|hardly|not) (really |even |properly )?(feel|felt|notice\w*) (the )?(water|wee|pee|urine|stream|poo|stool) (\w+ ){0,3}(when|as|while|come|coming|came|pass\w*)\b",
        r"\bonly know i be (go|wee\w*|pee\w*|do it) (because|cause|when) i (hear|see|smell)\b",
        r"\b(have|had|need\w*|try|tried|trying) to go (\w+ )?and nothing (\w+ )?(come|came|happen\w*)\b",
        # "I only realise I need to wee when I'm busting", "couldn't go again even though I felt I needed to",
        # "peeing feels blocked", "no urge"
        r"\bonly (realise|realize|know|notice|feel)\w* (\w+ ){0,3}(need|have) to (wee|pee|go|poo)\w* when\b",
        r"(?<!any )(?<!no )\b(trouble|problem\w*|issue\w*|difficult\w*) (with )?(the |my )?(plumbing|plumb|waterworks)\b",
        r"\bwaterworks? (\w+ ){0,2}(funny|weird|strange|odd|off|wonky|on the blink|play\w* up|act\w* up|not right|haywire|up the spout)\b",
        r"\b(do not|can not|not) (\w+ )?(know|tell|sure) (if|whether|when) i (have |be )?(finish|done|empt)\w*",
        r"\b(can not|could not|unable to) go (again )?(\w+ ){0,6}(even though|although|but) i (\w+ )?(feel|felt|need)",
        r"\b(pee|wee|urin|piss)\w* (\w+ ){0,2}(feel\w* |be |seem\w* )?(blocked|stuck|obstructed)\b",
        r"^no (\w+ )?urge\s*$|\bno (\w+ )?urge to (pee|wee|urinat\w*|go|poo)",
        # "the stream is there but I can't feel it ... like it's someone else's wee"
        r"\b(like|as if) (it be |it s |its |it is )?(someone|somebody) else (be |s )?(wee|pee|stream|poo|bowel\w*|bladder)\b",
        # "my continence has been compromised", "wet through every morning" (new, in an adult)
        r"\bcontinence (\w+ ){0,3}(compromis|affect|impair|worse|lost|poor|reduc|problem|issue|chang|gone)\w*",
        r"\bwet (through )?(every|each) (morning|night)\b",
    ),
    "saddle_numbness": (
        rf"{_NUMB} (\w+ ){{0,5}}{_SADDLE}",
        rf"\b{_SADDLE} (\w+ ){{0,3}}(feel\w* like|feel\w* as if|do not feel like|not feel like) (\w+ ){{0,3}}(belong|mine|my own|part of me|someone else)",
        r"\bnothing (down there|down below|downstairs) (\w+ ){0,2}feel\w* (like|right|normal|the same)",
        rf"\b{_SADDLE} (\w+ ){{0,4}}{_NUMB}",
        r"\b(down there|down below|downstairs|private\w*|groin|genital\w*|(my|the) bits) (\w+ ){0,1}(feel\w*|seem\w*) (\w+ ){0,2}(different|weird|strange|odd|funny|not right|off)\b",
        # "my buttocks feel as though they have been anaesthetised"
        rf"\b{_SADDLE} (\w+ ){{0,3}}(feel\w*|seem\w*) (a|as) (though|if) (\w+ ){{0,4}}{_NUMB}",
        r"\b(numb(?!ers?\b)\w*|tingl\w*|can not feel|not feel|barely feel|hardly feel|no feel\w*|(loss of|lost|reduced|less) (feel\w*|sensation)|weird|strange|odd|different|funny) (\w+ ){0,5}(wipe|wiping|toilet paper|loo paper|toilet roll|dunny roll)\b",
        r"\b(wipe|wiping|toilet paper|loo paper)\b (\w+ ){0,5}(numb(?!ers?\b)\w*|feel (\w+ ){0,2}(weird|strange|odd|different|funny|nothing|dull|dead)|feel\w* like (it be |it is |it s )?(someone|somebody) else|(can )?not (really |quite |properly )?feel|no feel\w*|not my)",
        r"\bsaddle\b(?! (stool|chair|seat|test|check))", r"\bsit\w* on (a )?(bag of )?(frozen pea\w*|ice|a block of ice)", r"\bnumb (nappy|nappies|diaper\w*)\b",
        rf"\b(pinch|poke|prod|touch|scratch|press)\w* (\w+ ){{0,2}}{_SADDLE}( cheek\w*)? (\w+ ){{0,5}}(can not|could not|do not|did not) (really )?feel\b",
        r"\b(sit\w* on|on) (the )?(toilet|loo)\w* (\w+ ){0,3}feel\w* (\w+ ){0,2}(weird|strange|odd|numb|different|funny|like (\w+ ){0,3}not (part of )?(me|mine))",
        rf"{_NUMB} (\w+ ){{0,3}}(move|spread|travel|go|went|gone|creep|crept)\w* (\S+ ){{0,14}}{_SADDLE}",
        # A clause that only names the area, answering the assistant's question: "yes, that's me, the groin bit".
        rf"^(the )?\b{_SADDLE} (bit|part|one|area|question|thing)\s*$",
        r"\b(can not|not|barely|hardly) feel (\w+ ){0,2}(seat|toilet|loo)",
        rf"\b(not (be )?sure|unsure|do not know|can not tell) (if|whether) (\w+ ){{0,3}}(feel|notice) (\w+ ){{0,4}}(wipe|wiping|toilet paper|loo paper|{_SADDLE})",
        r"\bnothing (\w+ )?work\w* (down there|down below|downstairs)\b",
        rf"\b(reduc\w*|decreas\w*|diminish\w*|alter\w*|less|lost|loss of|no|absent|impair\w*|dull\w*) (\w+ )?{_SADDLE} (sensation|feeling|sensitivity)",
        # "nothing at all when I touch down there"
        rf"\b(nothing|no feel\w*|no sensation) (at all )?when (i|she|he) (touch|wipe|wash|dry|feel|pinch|scratch)\w* (\w+ )?{_SADDLE}",
        # "my bum cheeks feel like I've had a dentist's injection in them"
        rf"\b{_SADDLE}\w* (\w+ ){{0,3}}feel\w* like (\w+ ){{0,5}}(dentist|dental|novocaine|local an(a)?esthetic|an(a)?esthetic|numbing (injection|cream|gel))",
    ),
    "sexual_function": (
        r"\b(can not|not|do not) feel (anything|a thing|much|nothing) (\w+ ){0,7}(together|sex|intima\w*|in bed|with my (gf|bf|partner|wife|husband|girlfriend|boyfriend))\b",
        r"\b(marital|bedroom|sex|intimate|love) (side|life|department|dept) (\w+ ){0,3}(dead|gone|numb|nothing|no sensation|not work\w*)",
        r"\b(libido|sex\w*|bedroom|intima\w*|mechanics) (\S+ ){0,8}nothing (work\w*|feel\w*)\b",
        r"\b(erection|erect|ejaculat\w*|impoten\w*|orgasm\w*|climax\w*|get hard|(get|keep|stay) it up|stay hard)",
        r"\bno (sensation|feel\w*) (\w+ ){0,2}(on|during|with|at|when) (\w+ )?(climax\w*|orgasm\w*|sex|intercourse|ejaculat\w*)",
        r"\bsexual (function|sensation|feeling) (\S+ ){0,2}(compromis|affect|impair|worse|lost|poor|reduc|chang|gone|declin|numb|absent)\w*",
        # "no erections since the disc went": the absence is the sign.
        r"\b(no|zero|not any|lost( my| the)?) (\w+ )?(erection|boner|stiffy|morning glory|morning wood)\w*(?! (problem|issue|trouble|difficult|change|worr|concern|dysfunction)\w*)",
        r"\b(?!no (change|difference|problem\w*|issue\w*|trouble|loss)\b)(reduced|less|decreased|diminished|altered|weird|different|no|lost|numb) (\w+ ){0,2}(genital\w* )?(feel\w*|sensation) (\w+ ){0,4}(sex|intercourse|in bed|down there)",
        r"\b(sex|sexual\w*|intercourse|intimacy|intimate|bedroom|in bed|masturbat\w*|wank\w*|touch\w* my ?self) (\S+ ){0,5}(numb(?!ers?\b)\w*|not feel|can not feel|feel much|no feel\w*|no sensation|zero sensation|almost no sensation|feel\w* (like )?nothing|stop\w* work\w*|not work\w*|problem\w*|lose|lost|different|dull|respond\w*|(?<!keep )go(?! (to|on|for|back|out|up|down|through|in|into|ahead|about|around|and|or)\b)|gone|disappear\w*|vanish\w*)\b",
        r"\b(equipment|tackle|manhood|member|junk|fella|old boy|little guy|willy|todger|bits) (\w+ ){0,3}(stop\w* (work|cooperat|respond|behav)\w*|not (work|cooperat|respond|behav|perform)\w*|no longer work\w*|will not (work|cooperate|respond|play ball)|do nothing|dead)",
        r"\b(numb(?!ers?\b)\w*|not feel|can not feel|no feel\w*|no sensation|lose|lost|not respond\w*) (\w+ ){0,5}(sex|sexual\w*|intercourse|intima\w*|in bed)",
        r"\b(arousal|aroused) (\w+ ){0,3}not (register|respond|work|happen)\w*",
        r"\b(vibrator|sex toy)\w* (\S+ ){0,6}(do nothing|(can |could )?(barely|hardly|not|can not) feel)\b",
        r"\b(not|can not|could not|unable to|struggl\w* to|trouble) (get|have|keep|maintain|achiev)\w* (an? )?(erection|hard)",
        r"\b(no|zero|lost|lose) (sensation|feel\w*) (\w+ ){0,4}when we (try|have sex|make love|do it|be intimate)",
        r"\b(thing|everything)\w* (\w+ ){0,3}(not|stop\w*) (be |been )?work\w* (\w+ ){0,2}(downstairs|down there|down below|in the bedroom)",
        r"\b(can not|unable to|not able to) (\S+ )?perform\b(?! (\w+ ){0,2}(work|job|dut\w*|task\w*|exercise\w*|stretch\w*|squat\w*|lift\w*|well)\b)",
        r"\b(libido|sex drive|desire|arous\w*)\b (\w+ ){0,4}(nothing (\w+ )?happen\w*|not (respond|register)\w*|not work\w*)",
        r"\b(?!no (problem|issue|trouble|complaint|change|worr)\w*\b)(?!nothing (wrong|amiss|to report|different|chang\w*|unusual|new)\b)(no|lost|zero|nothing|not work\w*|dead|numb\w*) (\w+ ){0,4}(in|down) (that|the bedroom) (department|dept)\b",
        r"\b(?!nothing (wrong|amiss|to report|different|chang\w*|unusual|new)\b)(go flat|gone flat|dead|numb(?!ers?\b)\w*|nothing|not work\w*|no feel\w*|no sensation|stop\w* work\w*) (\w+ ){0,3}(in the bedroom|bedroom (dept|department)|sexually)\b",
        r"\b(able to|can not|unable to|could not|struggle\w* to) finish\b(?! (\w+ ){0,1}(work|the|my|a|an|this|it|session|set|rep\w*|walk|run|job|off)\b)",
    ),
    "leg_weakness": (
        # "my legs aren't as strong as they were": starts at the "not", so that it does not read as "legs are not (weak)".
        r"(?:(?<=leg be )|(?<=legs are )|(?<=leg s ))not (as|a|so|nearly as|nearly a) (strong|steady)\b",
        rf"\b{_LEG}\w* (\w+ ){{0,4}}(weak\w*|give way|give out|gave way|gave out|buckl\w*|collaps\w*|from under|fold\w* (up )?(under|beneath)|drag\w*|slap\w*|flop\w*|jelly|not work\w*|stop work\w*|will not (work|move|hold|push|lift|take (my )?weight)|not push\w*|useless|heavy(?! (deadlift|squat|lift|weight|session|set|load|bag|box|shopping|training|work)\w*)|wobbl\w*|not feel like (mine|my own)|not (hold|carry|support) (me|her|him|them))",
        rf"\b(weak\w*|jelly|heavy|dead|useless|wobbly) (\w+ ){{0,3}}{_LEG}\b",
        r"\bfoot ?drop\b|\bdrop foot\b|\bdropped foot\b",
        # "went from a limp to needing a walking frame in 5 days"
        r"\bfrom (a |an |my )?(\w+ ){0,2}(limp\w*|stick|cane|walk\w*) to (need\w* |use\w* |using )?(a |an )?(walking )?(frame|walker|zimmer|wheelchair|crutch\w*|stick|cane)\b",
        r"\b(can not|can no long(er)?|unable to|(not|no long(er)?) able to) (stand|walk|go|get up|rise|push up) on (my )?((left|right|leave) )?(tip ?toe|toe|heel)\w*",
        # Nerve-root symptoms in both legs: "bilateral sciatica now, it was only the L5 side".
        r"\bbilateral (sciatica|leg\w*|radicul\w*|numb\w*|tingl\w*|pins|paraesth\w*|paresth\w*|symptom\w*|weak\w*)",
        # Both legs at once: "my legs are both tingling now, it was just the left before".
        rf"\bboth (of )?(my |his |her )?{_LEG}\w* (\w+ ){{0,3}}((the )?(pain|ache)\w* (and|&|plus) (the )?)?(tingl\w*|numb\w*|pins and needles|weak\w*|heavy)|\b{_LEG}\w* (be |are )?both (\w+ ){{0,2}}(tingl\w*|numb\w*|weak\w*|heavy)",
        # "no strength in my legs", "my legs have no power": strength lost, not denied.
        rf"\b(no|lost|losing|lose|loss of|zero|hardly any|barely any) (\w+ )?(strength|power) (\w+ ){{0,2}}(in|of|to) (my |her |his |both |the |either )?{_LEG}\b",
        rf"\b{_LEG}\w* (\w+ ){{0,3}}(no|lost|losing|lose|loss of|zero|hardly any|barely any) (\w+ )?(strength|power)\b",
        r"\b(thong|shoe|slipper|sandal|flip ?flop|scuff)\w* (\w+ ){0,3}(fall\w*|flick\w*|slip\w*|fly\w*|flie\w*|come|came|keep\w* com\w*) off\b",
        r"\b(can not|unable to|not able to|struggle\w* to) (\w+ ){0,2}(grip|lift|raise|pull up|push (off|up|through)) (\w+ ){0,3}(foot|feet|toe\w*|it|with (my|that|the) (leg|foot))\b",
        r"\b(trip\w*|stumbl\w*|catch\w*|scuff\w*|drag\w*) (\w+ ){0,4}(foot|feet|toe\w*|shoe\w*)",
        r"\b(can not|can barely|hardly|struggle to|not able to|unable to|harder to) (?!(pray|cook|iron|sing|wash|shower|paint|play|work|preach)\w* )(\w+ ){0,2}(walk|stand|lift my (foot|leg|toe)|climb|get up the stair\w*)",
        r"\b(walk\w*|balance|gait) (be |is |are |has |have |get\w* |gone |go |feel\w* |keep\w* )+(?!(no|not|never) )(\w+ )?(worse|harder|wobbl\w*|unsteady|weird|strange|funny|drunk|off|to pot|downhill|haywire|to custard)\b",
        r"\b(bump\w*|walk\w*) into (the )?(wall|door\w*|furniture)",
        r"\b(can not|unable to|not able to) (\w+ ){0,3}(tiptoe\w*|tip toe\w*|heel\w*|stand on|lift (\w+ ){0,4}(foot|toe\w*))",
        r"\b(foot|feet|toe\w*) (\w+ ){0,2}(catch\w*|drag\w*|scuff\w*|trip\w*|slap\w*|flap\w*|flop\w*)",
        r"\b(foot|feet|toe\w*) (\w+ ){0,2}(do not|does not|will not|wo not|can not|not) (\w+ )?(lift|come up|clear the (ground|floor|step))\b",
        r"\bwalk\w* (\w+ ){0,2}(worse|wrong|weaker|slower) (\w+ ){0,2}(every|each|by the) day\b|\bgo\w* downhill (daily|every day|each day|by the day|fast)\b",
        r"\b(have|has|need\w*) (\w+ ){0,2}to help me (walk|stand|get up|to the toilet)\b|\b(leg|legs|knee|knees) (be |are )?not (hold\w*|support\w*)\b",
        r"\bin (a )?wheelchair (since|from) (yesterday|today|\w+day|last \w+)\b",
        r"\b(leg|legs|foot|feet) (will not|wo not|do not|does not|can not|not) (do|go) (what|where) (i|my brain) (tell|want|ask)\w*",
        r"\bwalk\w* (\w+ )?like (a |i be |i am )?(drunk|drunken|a drunk)\b",
        r"\b(increas\w*|worsen\w*|more and more|progressive\w*|grow\w*) (\w+ )?(difficult\w*|trouble|problem\w*) (\w+ )?(walk\w*|stand\w*|get\w* about|mobilis\w*)",
        rf"\bboth (of )?(my |his |her )?{_LEG}\w* (be |are )?(now )?(affect|involv)\w*",
        r"\b(leg|legs) (strength|power) (\S+ ){0,2}(decreas|reduc|worse|weaker|drop|fail|declin|go\w* down)\w*",
        r"\b(unable|not able|no longer able|can not|can no longer|could not) (to )?(weight ?bear|bear (any )?weight)\b",
        r"\b(have|had) to crawl\b|\bcrawl\w* (up|to|on|into) (the |my )?(stair\w*|toilet|bathroom|bed|loo)",
        rf"\b{_LEG}\w* (\w+ ){{0,3}}(belong to (someone|somebody)|someone else|not go where)",
        r"\bweak(er|ness)?\b",
        # "Gave way twice on the stairs today": the legs, left unsaid.
        r"^(give|gave|keep giving|kept giving) way\b(?! to)",
        r"\b(unsteady|wobbly|off balance) (\w+ ){0,3}(on my )?(feet|foot|leg)",
        r"\bhold (onto|on to) (the )?(wall|furniture|rail)\w*",
        r"\b(go|gone|went) from (\w+ ){0,6}walk\w* (\w+ ){0,6}to ((need\w*|using|use) (a )?(walking )?(frame|walker|stick|cane|wheelchair)|"
        r"(not|no longer|barely|hardly|unable to) (\w+ ){0,3}(walk|stand|get up|get out of bed|bear weight|weight ?bear)\b)",
        r"\b(now|suddenly) (need\w*|using|use) (a )?(walking )?(frame|walker|wheelchair) (just )?to\b",
        rf"\b(both|two) (my |of my |the )?{_LEG}\w* (\w+ ){{0,4}}{_NUMB}",
        rf"{_NUMB} (\w+ ){{0,4}}(both|two) (my |of my |the )?{_LEG}",
        # Clauses that answer the assistant's questions: "yes, both legs", "today I can't get to the letterbox".
        r"^both (of )?(my )?(leg|legs|foot|feet)\s*$",
        r"^(today|now|tonight|this morning) i (can not|could not|barely|can only) (walk|get|make it) (to|down|up|as far as) (the )?(letterbox|letter box|mailbox|toilet|bathroom|loo|front door|gate|corner|end of the (street|driveway|road|hall|hallway)|car|kitchen|driveway)\b",
    ),
    "trauma": (
        r"\b(fall|fell|fallen|tumbl\w*)\b",
        r"\btrip\w* (over|on|up|down)\b",
        r"\bslip\w* (over|on|down|off|getting|get|out of|in the)\b|\bsl(id|ide|iding) (off|out of|down) (my |her |his |the |a |two |three |a few |some )?(edge of (the |my |her |his )?)?(chair|bed|seat|stool|toilet|sofa|couch|step\w*|stair\w*|ladder|roof)\b",
        r"\b(wheelchair|chair|ladder|scooter|walker|frame) (\w+ ){0,2}(tip\w*|toppl\w*|flip\w*|over ?turn\w*|gave way|give way|collaps\w*)",
        r"\b(accident|crash\w*|collision|collide\w*|mvc|mva|rtc|rta|airbag\w* (\w+ )?(go|went|gone|deploy|blow|blew|explod)\w*|prang\w*|smash\w*|rear ?end\w*|write ?off|wipe ?out|wiped out)\b",
        r"\b(hit|struck|knock\w*|clip\w*|bowl\w*|skittl\w*) (me |him |her |them )?(by|over|down|off|flat)\b",
        # Pain "coming from the back" is no fall; being thrown from a horse is.
        r"\b(come|came) off (my|the|a|his|her) (?!(codeine|medication|med|meds|tablet|pill|painkiller|opioid|endone|oxy\w*|tramadol|gabapentin|lyrica|steroid|prednisone|antidepressant|drug|patch|dose)s?\b)\w+|\b(thrown|throw|flung|fly|flew) (off|from) (my|the|a|his|her) \w+|"
        r"\b(go|went|fly|flew|come|came|thrown) over (the |my )?handle ?bar\w*|\b(come|came|fell|fall|thrown) off mine\b",
        r"\b(roll\w*|flip\w*) (my|the|our|a) (car|ute|truck|quad|bike|van|4wd)",
        r"\b(car|ute|truck|vehicle|van|bus|4wd|suv) (\w+ ){0,3}(roll\w* over|flip\w*|overturn\w*|roll\w* (\w+ )?times)\b",
        r"\btackl\w*|\bscrum\w*|\bcrunch\w* (in|by|under)\b|\b(hear|heard|felt|feel) (a |something )?(crack|snap)\w*",
        r"\b(take|took|taken|cop\w*) (a |an )?(\w+ )?(hit|knock|bang|whack|blow)\b|\b(massive|big|huge|hard|heavy|bad|nasty) (hit|knock|collision|impact|blow)\b",
        r"\b(motorbike|motorcycle|motor bike|dirt ?bike|bike|horse|quad|scooter|skateboard|e ?scooter)\b (\w+ ){0,3}(came off|come off|(went|go) (straight |right )?down|flip\w*|crash\w*|threw me|throw me)",
        r"\b(came|come) off (\w+ ){0,3}(motorbike|motorcycle|bike|horse|quad|scooter|skateboard|gravel|road)|\broll\w* (\w+ ){0,2}(few|several|multiple|many) times\b",
        r"\b(slam\w*|dump\w* by|thrown|wip\w* ?out|land\w* (hard|heavily|awkwardly)|(hard|heavy|bad|awkward|rough) landing|skydiv\w*|parachut\w*)\b",
        r"\b(land\w*) (\w+ ){0,2}(on|onto) (my )?(\w+ )?(back|bum|tailbone|spine|bottom|neck|head)",
        r"\b(went|go|come|came|crash\w*|slam\w*) (straight |right |hard |flat )?down (on|onto) (my )?(\w+ )?(back|bum|tailbone|coccyx|spine|bottom|butt|arse)\b",
        # A steroid injection is no long course of steroids.
        r"\b(osteoporo\w*|osteopenia|(brittle|thin|weak) bone\w*|steroid\w*(?! (injection|shot|jab|epidural))|prednis\w*|pred \d+ ?mg|cortisone(?! (injection|shot|jab)))\b",
        r"\bbump\w* (\w+ ){0,1}(down )?(onto|on|into)\b",
    ),
    "systemic": (
        r"(?<!hay )(?<!cabin )\b(fever\w*|feverish|chills|shivers|shivering|shivery|clammy|rigors|hot and cold|burning up|the shakes|sweats)\b",
        r"\b(have|had|got|get|run\w*|with|high|spik\w*) ((?!no\b|not\b|zero\b|any\b)\w+ ){0,2}(temperature|temp)\b",
        r"\b(pain|ache|agony)\w* (\+|and|with|plus|&) (a )?(temp|temperature|fever)\b",
        r"\b(temp|temperature|fever) (\+|and|with|plus|&) (\w+ )?(pain|ache|agony)\b",
        # injecting drugs, said the way users say it
        r"(^|\bi (\w+ )?)(shot|shoot\w*) up\b(?! (my|the|to|in|into|through|from|and down))",
        r"\b(temperature|temp) (of |is |be |was |at )?(3[89]|4[0-2]|10[0-5])\b",
        r"\b(3[89]|4[0-2]|10[0-5])(\.\d)? ?(degree\w*|°c?|c|f)? (temp|temperature|fever)\b",
        r"\bappetite (\w+ ){0,2}(go|gone|disappear\w*|vanish\w*)\b|\b(drop\w*|lose|lost|losing|gone down) (a |two |2 )?(dress|clothes|clothing|jean\w*|pant\w*|trouser\w*|belt) (size|notch|hole)\w*",
        r"\b(flu|fluey|virus)\b (\w+ ){0,4}(will not|won't|not) (go away|shift|clear)\b",
        r"\b(night sweat\w*|sweat\w* (\w+ ){0,3}(night|sleep|bed|sheet\w*)|drench\w*|soak\w* (\w+ ){0,2}(sweat|sheet|bed))",
        r"\b(lose|lost|losing|drop\w*|shed\w*) (\w+ ){0,5}(weight\b(?! (plate|bench|bar|set|machine|room|vest|belt|rack))|kilo\w*|kg|pound\w*|stone|\d+ ?(kg|kilo\w*|lb\w*|pound\w*))",
        r"\bweight (\w+ ){0,2}(loss|drop\w*|fall\w* off|go\w* down)",
        _DOWN_BY,
        r"\bi (do |still |have (be )?|be )?inject(?!ion)\w*\b(?! (\w+ ){0,3}(insulin|ozempic|mounjaro|wegovy|b12|testosterone|fertility|hormone\w*|patient\w*|client\w*|horse\w*|cattle|dog|cat)\b)",
        r"\bclothes (\w+ ){0,3}(hang\w* off|fall\w* off|too big|loose)",
        r"\b(lose|lost|losing|no|off) (my |me )?(appetite|apetite)\b",
        r"\b(very|really|super|so|quite|extremely|terribly|bloody) (unwell|sick|ill|crook|run ?down|rough)\b(?! (of|and tired))",
        r"\b(feel\w*|be|been|look\w*)(?! (not|never)\b) (\w+ ){0,2}(unwell|crook(?! (in (the |my |his |her )?back\b|(\w+ ){0,3}(for|since) (\w+ )?(year|yr|decade|age)s?\b))|ill|rotten|off colou?r|feverish|flu ?like|fluey)\b",
        r"\bwound\b (\w+ ){0,3}(red|weep\w*|ooz\w*|discharg\w*|hot|swell\w*|swollen|open\w*|pus|infect\w*)|\b(flu ?ish|fluey|feverish)\b",
        r"\b(utis?\b|urinary tract infection|kidney infection|infection|infected|septic|sepsis|abscess|cellulitis|osteomyelitis|discitis|iv drug\w*|ivdu|pwid|inject\w* (\w+ ){0,2}drug\w*|(use|used|using) iv|iv (use|user)\w*|immun\w* ?suppress\w*|transplant|hiv|tuberculosis)",
    ),
    "cancer_history": (
        r"\b(of|hx|pmh|history|with) (ca|can) (prostate|breast|bowel|lung|colon|ovar\w*|kidney|renal)\b",
        r"\b(prostate|breast|bowel|lung|skin|bladder|colon|ovarian|cervical|kidney) (ca|can)\b(?! not)",
        r"\b(tamoxifen|letrozole|anastrozole|exemestane|zoladex|goserelin|herceptin|keytruda|immunotherapy)\b|\bhormone (therapy|treatment) for (my )?(prostate|breast)\b",
        r"\b(cancer\w*(?! (screen\w*|test\w*|check\w*|kit|awareness|research|charit\w*|council|fundrais\w*))|tumou?r\w*|chemo\w*|radiotherap\w*|radiation|melanoma|lymphoma|leuka?emia|myeloma|malignan\w*|metasta\w*|oncolog\w*|mastectom\w*|carcinoma|sarcoma|in remission)\b",
    ),
    "night_pain": (
        # Constant, worsening mid-back pain that movement does not change.
        r"\b(constant|progressive|unrelenting|worsening|non ?mechanical) (\w+ ){0,3}(thoracic|mid ?back|upper back|between (my |the )?shoulder ?blade\w*) (pain|ache)|"
        r"\bthoracic (pain|ache) (\S+ ){0,4}(constant|progressive|non ?mechanical|worsening)",
        # "poor sleep makes my pain worse" is about sleep, not pain at night.
        r"(?<!last )\b(night|nights|(?<!poor )(?<!bad )(?<!of )(?<!less )(?<!broken )sleep|lie down|lying|lie|rest|bed)\b (\w+ ){0,5}(not (help|ease|settle|change)|no relief|no difference|worse|wake|unbearable|agony|relentless|horrendous|horrible|terrible|excruciat\w*)(?! (\w+ ){0,3}(the )?(next|following) (day|morning))",
        r"\b(wake|woke|waking|keep\w*) (\w+ ){0,5}(every|each|all|at) (\w+ )?(night|3am|2am|4am|early hour\w*)",
        # Waking to "my usual back pain" flared up is a flare-up, not pain that wakes.
        r"\b(wake|woke|waking) (me|up) (?!(\w+ ){0,4}(usual|normal|familiar|regular|same old|old) (\w+ )?(pain|agony))(\w+ ){0,4}(pain|agony)(?! (\w+ ){0,3}(every|each|in the|most|first thing) (\w+ )?morning)",
        r"\b(pain|agony) (\w+ ){0,3}(wake|woke|waking) me\b",
        r"\b(constant|unrelenting|non stop|nonstop|all the time|24 7) (\w+ ){0,4}(night|rest|lie|lying|sleep)",
        r"\b(night|nighttime|night time) (pain|agony)\b",
        r"\b(unbearable|agony|worse|relentless|excruciat\w*|horrendous) (\w+ ){0,3}(at night|lie down|lying|in bed|overnight)",
        r"\b[1-5] ?am\b",
        r"\b(nocturnal|never let\w* up|unremitting|unrelenting)\b",
        r"\bnight (\w+ ){0,2}(be |is )?(the )?worst\b|\bno (comfortable|comfy) position\b",
        r"\b(pain\w*|ache\w*|hurt\w*|agony|throb\w*|sore\w*) (\w+ ){0,9}(all night|every night|nightly)\b|\b(all night|every night|nightly) (\w+ ){0,3}(pain\w*|ache\w*|hurt\w*|agony|throb\w*)",
        r"\b(rest|lie down|lying down|sleep\w*|lying still) (\w+ ){0,2}(do not|not|never) (\w+ ){0,1}(help|ease|relieve|settle)",
        r"\b(at night|in bed|overnight|lying (still|down|flat)|lie (still|down|flat)|any position)\b (\w+ ){0,6}(constant|relentless|never let\w* up|as bad|worse|unbearable|agony|gnaw\w*|severe)",
        r"\b(at night|in bed|overnight|sleep\w*)\b (\S+ ){0,12}no (\w+ )?position (\w+ )?(help|ease|work|relieve)\w*",
        r"\b(constant|relentless|never let\w* up|as bad|unbearable|agony|gnaw\w*|can not get comfortable) (\w+ ){0,6}(at night|in bed|overnight|lying (still|down|flat)|lie (still|down|flat))",
        r"\b(pain|ache) (\w+ ){0,3}(between|around|round) (my )?(shoulder blade\w*|rib\w*|chest)",
        r"\bband (\w+ ){0,3}(pain|ache|tight\w*) (\w+ ){0,2}(round|around) (my )?(chest|rib\w*|trunk|body|middle)",
        r"\b(pain|ache) (\w+ ){0,4}(nothing like|different from|not like) (my )?(usual|normal)",
        r"\b(pain|ache|agony)\w* (\w+ ){0,3}(do not|does not|never|will not|wo not|not) (let up|ease|ease off|settle|stop|change|budge) (\w+ ){0,2}(whatever|no matter|regardless)\b",
        r"\b(pain|ache|agony) (\w+ ){0,2}(do not|does not|not|never|will not) (\w+ ){0,1}(ease|let up|settle|go away|stop) (\w+ ){0,3}(any position|at night|in bed|lying down|overnight)\b",
        r"\b(whole|all) night (long )?i (be |have be )?(sit\w*|sat|up|awake|pac\w*|walk\w*)\b",
    ),
}

# Words that name a sign's body part or function. A message whose only such words are
# denied ("feeling down there is normal") or asked about in general denies the sign.
SIGN_WORDS = re.compile(
    rf"\b({_BLADDER}|{_SADDLE}|{_LEG}\w*|numb(?!ers?\b)\w*|tingl\w*|pins and needle\w*|weak\w*|erection\w*|sex\w*|"
    r"fever\w*|sweat\w*|temperature|temp(?= (normal|fine|ok|okay|good|\d))|weight|cancer\w*|tumou?r\w*|fall|fell|fallen|accidents?|crash\w*|"
    r"incontinen\w*|leak\w*|waterworks|plumbing|wet|sensation|wip(e|es|ing)|trip|tripped|tripping|stumbl\w*)\b"
)

# Words about the body, health or care. A message the classifier is unsure about starts the
# screening only when it has one: "will I be safe going to South America?" has none.
HEALTH_WORDS = re.compile(
    rf"{SIGN_WORDS.pattern}|\b(pain\w*|hurt\w*|ache\w*|aching|sore\w*|agony|injur\w*|back|spine|spinal|neck|hip\w*|"
    r"disc|sciatica|nerve\w*|doctor|dr|gp|hospital|emergency|ed|er|a&e|ambo|ambulance|serious|worr\w*|urgent\w*|"
    r"symptom\w*|scan|mri|x ?ray|physio\w*|sick|ill|unwell|crook|body|health|medical|bleed\w*|blood|faint\w*|"
    r"collaps\w*|dizzy|walk\w*|stand\w*|bed|sleep|night|alive|die|dead|death|harm|pill\w*|tablet\w*|med\w*)\b"
)

# Words about how life feels. With a word about health, they let a crisis the classifier is
# only somewhat sure of count; a name or a booking reference has neither.
MOOD_WORDS = re.compile(
    # "over" as in "I want it over", not "tripped over the dog".
    r"\b(be|all|it|game) over\b|\bover\s*$|"
    r"(?<!sex )(?<!love )(?<!social )(?<!night )\b(life|live|living|anymore|any more|end|ending|done|tired|exhausted|point|hope\w*|gone|goodbye|bye|"
    r"sorry|burden|cope|coping|enough|give up|giving up|can not|cry\w*|alone|lonely|sad|depress\w*|miserable|"
    r"hate|worthless|useless|pointless|dark|empty|numb|scared|afraid|stop|forever|never|family|kids|wife|husband)\b"
)

# Medicines people name when they talk about taking too many.
_DRUGS = (r"(pill|tablet|med|medication|medicine|painkiller|codeine|endone|oxy|oxycodone|oxycontin|panadol|"
          r"paracetamol|panadeine|nurofen|ibuprofen|gabapentin|lyrica|pregabalin|valium|diazepam|tramadol|"
          r"sleeping pill|opioid|morphine|fentanyl|amitriptyline|script|blister pack|antidepressant|sertraline|"
          r"fluoxetine|venlafaxine|mirtazapine|quetiapine|seroquel|zoloft|lexapro|escitalopram|citalopram|prozac)\w*")
# "never felt this hopeless. I've started looking up how to do it": hopelessness and looking
# up a way, in either order. Each is anchored on a word with a bounded gap: a lookahead over
# the whole text was quadratic on a 1 MB message.
_HOPELESS = r"\b(hopeless|no point|pointless|can not go on|give up|given up)\b"
_LOOKING_UP_HOW = r"\b(look\w* up|research\w*|google\w*|search\w*( for| up)?) (\w+ ){0,2}(how|ways) to (do it|go through with it)\b"

CRISIS_PATTERNS: tuple[str, ...] = (
    r"\bneck (my ?self|him ?self|her ?self|them ?selves)\b",
    # "if the scan comes back bad I'm not going to stick around to find out how bad it gets"
    r"\bnot (go to |going to |gon na |gonna )?stick\w* around (to|and) (see|find out|watch|wait)\b",
    # "only hanging on for mum's birthday next week, after that I'm done"
    r"\b(only|just) (hang\w*|hold\w*) on (for|until|till) (\w+ ){1,6}(,? )?after (that|then|it|this)\b",
    # Hopeless, then looking up a way. The match starts where the sentence does, so that
    # "never felt this hopeless" is no denial of it.
    rf"(?:^|(?<=[.!?] ))[^.!?]{{0,200}}{_HOPELESS}.{{0,300}}{_LOOKING_UP_HOW}",
    rf"{_LOOKING_UP_HOW}.{{0,300}}{_HOPELESS}",
    # Someone named at risk: "my brother says he wants to kill himself" (not the generic
    # "what if a patient says they want to harm themselves").
    r"\b(want\w*|go to|going to|plan\w*|threaten\w*|talk\w* about|tried|try\w*|think\w* (about|of)) (to )?(kill|end|hurt|harm)\w* (him|her) ?self\b",
    r"\bsteer\w* (\w+ ){0,2}(into|in front of) (the |a |an )?(oncoming |on coming )?(traffic|truck|lorry|bus|train|tree|pole|wall)\b",
    r"\bhow long (\w+ ){0,3}(take|takes|took) (\w+ )?to (drown|bleed out|bleed to death|suffocate)\b",
    r"\b(would|will|does|do) (anyone|anybody|someone|people|they) (even |really |actually )?(notice|care|miss me|be sad) if i (die|died|be gone|was gone|disappear\w*|did not wake|never woke)\b",
    r"\bnot be my problem (for )?(much|very) (longer|long)\b",
    # A last message: "if anyone asks, tell them I tried".
    r"\b(tell|let) (them|everyone|people|my (family|kids|wife|husband|partner|mum|mom|dad)) (\w+ ){0,1}(know )?(that )?i (really )?tried\b(?! (the|to|a|an|my|your|it|this|that|some|every|all|everything|\w+ing)\b)",
    # "he's been talking about having enough to finish things"
    rf"\benough ((of )?(my |his |her |the |these |those )?{_DRUGS} |of (them|it|these|those) )?to (finish|end) (it|it all|things|everything|my ?self|him ?self|her ?self|me)( off)?\b",
    # "I wouldn't care if I got hit by a bus tomorrow"
    r"\b(would not|do not|would) (really )?(care|mind) (\w+ ){0,1}if (i|a bus|a car|a truck) (\w+ ){0,3}(hit|run over|kill\w*|die|died|dead|never woke|not wake|did not wake|crash\w*)\b",
    # Affairs put in order before going: "I've sorted everything out and won't be around after
    # this week", "leave no debts behind when I go", "nobody's going to chase a dead man".
    r"\b(sort\w*|settl\w*|tie\w*|tying|put) (\w+ ){0,2}(everything|it all|all my affairs|my affairs|things) (\w+ ){0,2}(out |up |in order )?(\S+ ){0,8}not be around\b",
    r"\bleav\w* (no|nothing|behind no) (\w+ ){0,1}(debt|loose end|mess|bill|unpaid)\w* (\w+ ){0,1}(behind )?(when|before|after) i (go|be gone|am gone|die)\b",
    r"\b(chase|sue|bill|charge|invoice|pursue|hassle) a dead (man|woman|person|guy|bloke|lady)\b",
    r"\b(sold|sell|gave|give|given|paid|pay) (\w+ ){0,4}(debt|boat|car|ute|house|collection|watch\w*|tool\w*|dog|gun\w*)\w*\b.{0,120}\bnothing (left|more) (to do|for me)\b",
    r"\bnice know\w* (you|them|ya|everyone|everybody|y all|all of you)\b",
    r"\benough to do (the|it s|its) job\b",
    r"\bfeel\w* like (driv\w*|crash\w*|swerv\w*|steer\w*|go\w*) (\w+ ){0,2}(off the road|off a cliff|into (a|the|on\w*) (tree|truck|pole|wall|river|traffic))",
    r"\bg(a|i)ve (away )?my (\w+ ){1,3}to (my |the )?\w+ and my (dog|cat|pet|horse)s? to\b",
    r"\bg(a|i)ve (away )?my (dog|cat|pet|horse)s? (away )?to (my |the )?\w+\b(?! (\w+ ){0,4}(to (mind|look after|watch|care for|feed)|for the (week|weekend|day|night|fortnight)|while))",
    r"\bthank\w* (\w+ ){0,2}for (put|putting|bear\w*|deal\w*) (up )?with me\b.{0,120}\b(take|taking) care of (everything|it all)\b",
    r"\bsu?i?c+i?d(e|al)\w*", r"\bkms\b", r"\bthis (be|is) goodbye\b", r"\bnot (\w+ ){0,3}be around to\b", r"\bnot be around (for (it|that|then|the \w+) )?anyway\b",
    r"\b(relief|answer|way out|escape|option|solution) (\w+ ){0,5}(be )?(death|dying|to die)\b",
    r"\bdie from (taking|too many|an overdose)",
    # A gun of one's own, not a price list or a massage gun.
    r"\b(i|my|me|got|have|bought|keep|kept)\b (\w+ ){0,4}(?<!massage )(?<!glue )(?<!nail )(?<!heat )(?<!water )(?<!nerf )\b(gun|guns|handgun\w*|pistol\w*|revolver\w*|firearm\w*|rifle|shotgun)\b",
    # "my service weapon is at home and it's been on my mind"; "becoming one of the 22 a day" (the veterans' statistic).
    r"\b(weapon|gun|guns|handgun|pistol|firearm\w*|rifle|shotgun)\b (\w+ ){0,8}(on my mind|in my (head|thought\w*)|tempt\w*|think\w* about (it|using))",
    r"\bone of the 22\b|\bthe 22 (a|per) day\b",
    r"\b(wish|want|hope|pray)\w* (that )?i (could|would|can|might|will) (just |simply |quietly )?(die|be dead|not wake up|stop existing|disappear)\b(?! (of|from|laugh\w*|down))",
    # "not sure I'll see my 40th ... because I don't want to"; goodbye texts in drafts; "waiting to finally die".
    r"\b(not sure|doubt|do not think) (if |whether )?i (will|would) (see|make it to|reach|be around for) (my )?(\d+(st|nd|rd|th)|next birthday|birthday|christmas)\b",
    r"\b(goodbye|farewell|suicide) (text|message|letter|note|email|video)s? (\w+ ){0,4}(draft\w*|written|ready|sit\w*|saved|queued|scheduled)\b|\b(draft\w*|wrote|written|writ\w*|saved) (\w+ ){0,3}(goodbye|farewell) (text|message|letter|note|email)s?\b",
    r"\b(wait\w*|ready|long\w*) (\w+ )?to (finally )?die\b(?! (down|off|out|away))",
    r"\b(not|never) (turn|show) up (\S+ ){0,8}(anything|anywhere) (\S+ ){0,2}ever again\b",
    r"\b(go|went|going) to sleep (for (a |an )?((very|really|long|extra) )*(long )?time\W*)?forever\b|\ba?sleep forever\b|\bnever wake up\b",
    r"\bwant\w* (the pain|it|this|everything|it all) to (stop|end)\b.{0,60}\b(work\w* out|figur\w* out) (a |the |my )?(way|plan|method)\b",
    r"\brage ?quit\w*\W*(?!(the|that|this|my) (game|match|level|app|server))(\S+ ){0,2}(for good|life|forever|permanently)\b|\b(quit|leave|exit)\w* (life|the game of life)\b(?! (insurance|cover|policy))",
    r"\b(burn\w*|cut\w*|slash\w*|carv\w*) (\w+ ){0,1}my (arm|wrist|skin|thigh)\w*", r"\bunaliv\w*", r"\bslit\w* (\w+ ){0,2}(wrist|wrists|arm|arms|throat|vein\w*)\b", r"\bkil+ (my ?self|me now)\b", r"\bfinish (my ?self|me) off\b",
    r"\b(enough|had it) (of|with) (life|living|being alive|it all|everything)\b", r"\bway out\b",
    r"\brather (be )?dead\b", r"\btoo many (\w+ ){0,3}(pill\w*|tablet\w*|med\w*|relaxant\w*|painkiller\w*|opioid\w*|endone|oxy\w*|sleeping)", r"\bon the edge\b(?! of (the |my |a |our )?(sofa|couch|settee|bed|chair|armchair|seat|stool|bath|table|desk|step|kerb|curb|mattress))",
    # Formal and letter-like: "life is no longer worth living", "I shall not be troubling anyone
    # further", "to whoever reads this", "instructions for my sister".
    r"\b(life|living|being alive|going on|carrying on) (\w+ ){0,2}(no longer|no long|not|never|hardly|barely) (\w+ )?worth (it|living|live|the \w+)\b|\bnot worth (living|live|being alive|going on|carrying on)\b",
    r"\b(not|never) (be )?(troubl|bother|burden)\w* (anyone|anybody|people|everyone|my family) (\w+ )?(further|any ?more|again|much longer)\b",
    r"\bto whoever finds this\b|\bto whoever reads this\b.*\b(thank\w*|sorry|goodbye|bye|trying)\b|\b(thank\w*|sorry|goodbye|bye) (\w+ ){0,3}to whoever (read|find)s?\b|\bby the time (you|anyone|someone|somebody) (read|find|see)s? this\b",
    r"\b(left|leave|written|wrote|write) (\w+ ){0,2}instructions for (my|the) (\w+ )?(sister|brother|family|kids|children|wife|husband|partner|son|daughter|mum|mom|dad|parents)\b(?! (on|about|to|so|how|for|with))",
    r"\b(will not|wo not|not) be need\w* (\S+ ){0,5}(anything else|anything (any ?more|ever again)|any of it)\b",
    r"\b(would not|wouldn t|do not) mind (\w+ ){0,2}(if i (die|died|dy\w*|do not wake|did not wake|never woke|never wake)|dying|not wak\w*)\b",
    rf"\benough (\w+ ){{0,2}}{_DRUGS} (\w+ ){{0,2}}(saved|stored|stockpil\w*|hoard\w*|put aside|to make sure|to do it|to end)",
    rf"\b(farewell|goodbye) (note|letter)s?\b|\b{_DRUGS} counted\b(?! out)|\bmade (my )?peace\b(?! with (the |my |this )?(pain|diagnosis|back|condition|injury|body|fact|idea|surgery|limit\w*|having|being))",
    r"\b(family|kids|children|wife|husband|partner|everyone|they) (will not|wo not|would not|never) (have to|need to) (deal with|put up with|look after|worry about|care for) me (\w+ )?(any ?more|much longer|for long|again)\b",
    r"\b(hurt|harm|cut|burn)\w* (my|him|her|them)sel(f|ves) (on purpose|deliberately|intentionally)\b",
    rf"\bhow (many|much) (\w+ ){{0,3}}{_DRUGS} (\w+ ){{0,2}}(it would take|would it take|it take\w*|to kill|to die|be lethal|be fatal|to overdose)\b(?! to (get|ease|feel|work|help|kick|settle))",
    r"\bthank\w* (you )?for everything\b.*\b(will not|wo not|never) (see|talk to|speak to|hear from) (\w+ ){0,2}again\b",
    r"\b(scared|afraid|frightened|worried|terrified) (of )?what i (might|could|may|will) do\b(?! to (my|the) (back|spine|disc|body|knee|neck))",
    rf"\bnature take\w* (its|it s|it) course\b|\b(stop\w*|quit) (\w+ ){{0,3}}({_DRUGS}|eat\w*|food|insulin) (\w+ )?(deliberately|on purpose)\b",
    r"\b(bridge|ledge|cliff)\w* (\w+ ){0,6}jump\w*|\bjump\w* (off|from) (the |a |my )?(bridge|ledge|cliff|building|balcony)",
    r"\b(written|wrote|write|writing) (\w+ ){0,2}letters (to|for) (my|the) (kids|children|family|wife|husband|partner|son|daughter|sister|brother|parents|mum|mom|dad)\b",
    r"\bdeath (\w+ ){0,3}(relief|welcome|better|answer)", r"\bwant\w* out\b", r"\bno future\b",
    r"\bhow to go\b(?! (about|to|back|for|out|up|on|home|shopping|further|from|with|through|over|down|into|in))", r"\bnot (be )?alive\b", r"\bgiv\w* (\w+ ){0,2}(thing\w*|stuff|possession\w*) away",
    r"\bnot (safe|trust) (\w+ ){0,1}(with )?my ?self\b", r"\bsomething stupid\b",
    r"\b(want|go|going|urge|thinking about|think about|thought\w* (of|about)|feel like) (\w+ ){0,2}(to )?hurt\w* my ?self\b",
    # "does pain during exercise mean I'm hurting myself?" asks about damage.
    r"(?<!mean i )(?<!mean that i )\b(been|keep|kept|start\w*|be) hurt\w* my ?self\b(?! (by )?(doing (the |these |those |my )?(exercise|stretch|workout)\w*|exercis\w*|lift\w*|bend\w*|mov\w*|walk\w*|run\w*|train\w*|stretch\w*)\b)", r"\bhurt\w* my ?self (to|on purpose|again and again)\b",
    r"\b(end|ending|take|taking) (\w+ ){0,2}(my|own) (own )?life\b",
    r"\bend (it|it all|things|everything|this|the pain for good)\b(?! with)(?! (sciatica|back|flare\w*|cycle|ache|stiffness|injury|boom)\b)",
    r"\b(want|wish|wanna|ready|like|long) (\w+ ){0,2}(to )?(die(?! (down|off|out|away))|be dead|not (be )?alive|disappear (forever|for good|permanently))\b",
    r"\b(want|wish|need) ((?!(get|got|getting|move|moving|pull|push|lean|roll|turn|climb|step)\b)\w+ ){0,3}(over|to be over|to stop for good)\b(?! (it|this|that|the|my|him|her|them)\b)",
    r"\bbetter off (dead|gone|without me|if i)",
    # "the world would be a better place without me in it"
    r"\bbe (a |an )?(lot |much |far )?better (place |world )?without me\b",
    # "sat on the edge of the bath with a razor for an hour"
    r"\b(sat|sit\w*|stood|stand\w*|lay|lie|lying) (\w+ ){0,8}with (a |the |my )?(razor|blade|knife|rope|noose)\b(?! (\w+ ){0,3}shav)",
    r"\bthink\w* (about|of) jump\w*\b(?! (back|in|into|on|up|rope|start|ahead|ship|queue|the gun)\b| (or|and) (land|run|twist|bend|lift|hop|skip|climb|kick|throw)\w*)",
    r"\bnot (go to |going to |gonna )?stick around\b(?! (at|for|in|with|to|here|there|after|long enough))",
    # "walking into the sea and not coming back"
    r"\b(walk|swim|wade|drive|sail|wander|head)\w* (\w+ )?(into|to|out to|off to|out into|towards|down to|up to) (\w+ ){0,3}(and|then) (just )?(not|never) (\w+ )?(come|coming|came|return\w*) back\b",
    # "stop treatment ... and speed things up myself"
    r"\bspeed\w* (thing|things|it|this|everything|the end) (up|along) (\w+ )?(my ?self|on my own)\b",
    r"\b(look\w* up|search\w*|google\w*|research\w*|read up on|work\w* out|find out|found out) (\w+ ){0,2}how (much|many) (\w+ ){0,3}(it )?(would|will|do|does) (it )?take\b",
    r"\bgiv\w* up (too |as well |now |completely )?(, )?(for good|forever|for ever|permanently)\b",
    r"\b(no|not|not any|nothing|any) (\w+ ){0,2}(point|reason|purpose) (\w+ ){0,3}(live|living|go on|going on|anymore|any more|keep going|be here|carry on|stay|stick around|keep fight\w*|keep try\w*)",
    r"\bwhat(s| be| is|s the)? (the )?point( anymore| any more| of (it|anything|living|life|going on|trying|carrying on))?\s*$",
    r"\bwhat(s| be| is)? (the )?point (anymore|any more|of (it all|anything|living|life|going on|trying|carrying on))",
    r"\b(can not|not|do not want to|not want to|no longer) (\w+ ){0,2}(go on|keep going|carry on|live|be here|wake up|exist)\b(?! (with|in|from|because|stiff|sore|during|at night|at \d))",
    # "when it hurts, am I actually harming myself?" asks about damage.
    r"(?<!be i )(?<!be i actually )(?<!be i really )\b(harm|cut|cutting|burn|burning|punish|hit|hitting|punch\w*|starv\w*|scratch\w*) (\w+ ){0,2}my ?sel(f|ves)\b",
    r"\bself ?harm\w*", r"\b(start\w*|been|be) cutting\b(?! (weight|back|down|carb\w*|calorie\w*|sugar))", r"\bcutting again\b",
    r"\bcarv\w* (into|in) my\b",
    # Hurting oneself with an object, or so a new pain takes over ("the new pain distracts me").
    r"\b(hit|hitting|punch\w*|bang\w*|whack\w*|smack\w*|beat\w*) (my ?self|my \w+) (\w+ ){0,2}with (a|the|my) (\w+ ){0,2}(hammer|belt|stick|bat|rolling pin|spoon|pan|bottle|fist|handle)\b",
    r"\b(new|other|different) pain (\w+ ){0,2}distract\w*", r"\b(until|till|til) (\w+ ){0,2}bleed",
    r"\bon purpose (\w+ ){0,4}(deserve|hurt|pain)|deserve (the |this )?pain\b",
    r"\b(overdose|od on|od)\b", r"\b(fatal|lethal|deadly) (dose|amount)\b",
    r"\bhow many (\w+ ){0,3}(do|would|will) it take\s*$|\bhow many (\w+ ){0,3}(do|would|will) it take to (die|kill|not wake|end|od)\b",
    r"\b(take|swallow|down|neck) (\w+ ){0,3}(all|whole|every|everything|lot of|heap of|bunch of) (\w+ ){0,2}(pill\w*|tablet\w*|med\w*|bottle|box|packet|script)",
    rf"\b(sav\w*|stockpil\w*|hoard\w*|collect\w*|stash\w*|stock\w* up|hide|hid|hiding) (on )?(\w+ ){{0,3}}{_DRUGS}",
    rf"\b(all|whole|entire|every) (\w+ ){{0,2}}{_DRUGS} (\w+ ){{0,2}}(at once|in one go|together)\b",
    rf"\b(month|week|fortnight)\w* (be )?worth of (\w+ )?{_DRUGS}",
    rf"\b(box|bottle|packet|pack|strip)\w* of (\w+ )?{_DRUGS} (\w+ ){{0,3}}enough\b",
    r"\b(dangerous|deadly|lethal|fatal) (\w+ ){0,3}(dose|amount)\b",
    r"\b(window|balcony|bridge|roof|cliff|height|floor|storey|edge|overpass) (\w+ ){0,3}(be )?enough\b|\benough to (die|kill|end it|not wake)\b",
    r"\b(hang|hanging|shoot|shooting|drown|drowning|gas) my ?self\b",
    r"\b(noose|train track\w*)\b", r"\bhow (high|tall) (\w+ ){0,3}(bridge|cliff|building|balcony|car park|quarry|edge|tower|overpass|roof)\b|\b(bridge|cliff|quarry|edge|balcony|roof) (\w+ ){0,3}how (high|tall)\b", r"\b(the |my |back )?pain (be |have )?(win|won|wins)\b", r"(?<!skipping )(?<!skip )(?<!battle )\brope\b",
    r"\b(jump|step|walk|drive|driving|crash\w*) (\w+ ){0,3}(off|in front of|into) (a |the )?(bridge|building|cliff|train|bus|truck|lorry|van|tram|ute|traffic|tree|car|pole|wall)\b",
    r"\bwish\w* (\w+ ){0,5}(kill\w* me|i (have |had )?die\w*|i be dead|i (was|were) dead)\b",
    r"\bnot (want|wanna) to (be )?(here|around|alive|exist|live)",
    r"\b(plan|planning|thought\w*|think\w*|fantasi\w*|dream\w*) (\w+ ){0,3}(end|ending|kill\w*|suicid\w*|die|dying|death|not exist\w*|not be(ing)? here|not wake)\b",
    r"\bway\w* to (die|kill|end)\b(?! (\w+ )?(germ|microbe|bacteri|virus|weed|bug|ant|ants|mould|mold|time|fly|flies|mosquito\w*|pest|rat|rats|mice|mouse|cockroach\w*|conversation|meeting)\w*)",
    # "easy ways to get comfy" asks how to ease the pain.
    r"\b(painless|quick|easy) (\w+ ){0,2}(death|ways?\b(?! (to|of) (get\w*|make|ease|relieve|fix|learn|stretch|exercise|move|sit|stand|lift|bend|sleep|carry|build|start|strengthen|warm|treat|manage|deal|cope|help|stay|keep|improve)\b))",
    r"\bgive up on (life|live|living|everything)\b",
    r"\bsay\w* (my )?goodbye\w*\b(?! to (my |the |that |our )?(old|saggy|car|house|job|couch|mattress|chair|bed|pain|cold|winter|rain|snow|heat|summer|weather|office|desk|city|town|flat))"
    r"(?! in (german|french|spanish|italian|japanese|chinese|mandarin|korean|greek|arabic|hindi|tagalog|vietnamese|maori|sign language|\w+ language)\b)", r"\bgoodbye\w* (to )?(everyone|everybody|the world|this world|all)\b",
    r"\bletter\w* (\S+ ){0,5}(in case|goodbye|when i be gone)",
    # "i wrote a note. its on my desk"
    r"\b(wrote|written|write|left|leave) (a |my |the )?(\w+ )?note( \.| ,| ;|\s*$)|\bnote (be |is |s )?(on|under|by) (my|the) (desk|pillow|bed|table)\b",
    # Not "hopefully this won't be a problem much longer": a hope for the back.
    r"(?<!hopefully this will )(?<!hopefully it will )(?<!hopefully my back will )(?<!hopefully the pain will )"
    r"\bnot (be |go to be |going to be |gonna be )?(a )?(problem|burden|bother|nuisance|worry) (\w+ ){0,3}(long|longer)\b",
    r"\bhow (high|far|tall) (\S+ ){0,8}(to be sure|to die|not survive|fatal|lethal|to kill)\b",
    r"\b(not|stop\w*|no longer) car(e|ing) (\w+ ){0,1}(whether|if) i (live|die|wake|make it)\b",
    r"\b(choose|chose|choosing|decid\w*) to (leave|go|check out|exit|die) (\w+ )?(early|first|now|before)\b|\bheaven (\w+ ){0,5}(choose|chose|decid\w*|take their own|end)",
    r"\bno (longer )?want to live\b",
    r"\b(never|not) wake up\b(?! (with|in|from|because|stiff|sore|during|at night|at \d))",
    # Affairs put in order, things given away, a decision before going.
    r"\b(will not|wo not) (need|be need\w*) (them|it|these|those|any of (it|this|them)) (\w+ ){0,2}(much )?(longer|any ?more)\b",
    r"\b(sort\w*|decid\w*|work\w*) (out )?who (get\w*|will get|be get\w*) (my|all my)\b",
    r"\b(thing|affair|everything)\w* (be |are |is )?(now )?(in order|all sorted|tied up)\b|\bnothing (left )?to sort\b|\bloose ends\b",
    r"\bfor where i be go\b|\btravel\w* light\b",
    r"\bhow many (\S+ ){0,4}(would|will|do) it take (\S+ ){0,8}(for good|not for (the )?pain)",
    r"\b(do not|no) (send|give) (me )?(the )?(usual )?(helpline|hotline|lifeline|crisis line|crisis number)",
    r"\b(make|made) up my mind\b (\S+ ){0,12}before i go\b",
    # "goodbye and thanks for everything, you were all kind to me" (word form only: "were")
    r"\byou (were|have been|ve been) (all |always )?(so |very )?(kind|good|lovely|wonderful) to me\b",
    r"\bby then (it )?(will not|wo not) matter\b",
    # "most painkillers someone could take before it's fatal", gas in a closed room, "he'd be gone by Christmas"
    r"\b(before|until|till) (it be |it is |its |it would be )?(fatal|lethal|deadly)\b",
    r"\b(gas|heater|charcoal|barbecue|bbq|exhaust|engine)\b (\w+ ){0,6}(closed|sealed|shut|locked) (\w+ )?(room|garage|car|door\w*|window\w*)",
    r"\b(i|he|she|they) (will |would |\'ll |\'d )?be (gone|go|dead) (by|before) (christmas|easter|new year\w*|the weekend|next \w+|tomorrow|\w+day)\b",
    r"\bgiv\w* away (\w+ ){0,2}(his|her|my|their) (\w+ ){0,2}(thing\w*|stuff|possession\w*|(?<!exercise )(?<!spin )(?<!stationary )bike\w*|guitar\w*|tool\w*|dog|cat|pet\w*|car|gear|club\w*|book\w*|clothes|furniture|jewel\w*|watch\w*|record\w*|collection\w*)\b(?!.*\b(switch\w*|upgrad\w*|downsiz\w*|declutter\w*|outgr\w*|new one|no room|no space)\b)",
    r"\bgiv\w* (his|her|my|their) (\w+ ){0,2}(possession\w*|belonging\w*|jewel\w*|watch\w*|collection\w*) away\b",
    # A pet rehomed while contracts are cancelled or affairs tidied.
    r"\b(rehom\w*|found (a )?(new )?home for) (his|her|my|their|our|the) (\w+ )?(dog|dogs|cat|cats|pet\w*)\b(?=.*\b(cancel\w*|tidy\w* (\w+ )?up|affairs)\b)",
    # Slang for suicide, burden and planning wording.
    r"\btop my ?self\b", r"\bdo my ?self in\b", r"\boff my ?self\b", r"(?<!keep go or )(?<!keep going or )(?<!push through or )(?<!carry on or )\bpull\w* the pin\b",
    r"\beat (a|my) bullet\b", r"\bburden (to|on|for) (everyone|everybody|my family|my kid\w*|them|people|all)\b",
    r"\b(miss|care) (\w+ ){0,2}if i (be|was|were|die|disappear)\b",
    r"\b(no one|nobody|noone) (would|will|be go to) (\w+ ){0,2}(miss|care|notice)",
    r"\b(stop|stopped|quit) (exist\w*|living|breathing)",
    r"\bnot (?!(be )?back here)(\w+ ){0,4}(be )?(around|here) (\w+ ){0,2}(longer|much longer|anymore|any more|next|by then)",
    # "a permanent solution sorted", a guardian for the kids, a plan set for Friday.
    r"\b(get|got|have|found|sort\w*|plan\w*|decid\w*|the only) (a |the |my )?(\w+ )?permanent (solution|fix|way out|exit|option|answer)\b(?! (to|for) (back|low back|lower back|chronic|persistent|my back|sciatica|pain\b))|\bexit (strategy|plan|option)\b (\S+ ){0,8}permanent\b",
    r"\b(sort\w*|arrang\w*|organis\w*|organiz\w*|chose|chosen|pick\w*) (out )?(a |the )?guardian\w* for (the|my|our) (kid|child|children|boy|girl|son|daughter)\w*",
    r"\b(make|made|making|write|wrote|written|sort\w*) (out )?(a |my )?will\b (\S+ ){0,12}(calm|at peace|ready|relieved)\b",
    rf"\b(take|takes|took|taking|swallow\w*) (1\d|[2-9]\d|\d{{3,}}|twenty|thirty|forty|fifty|sixty|a hundred|hundred) (of )?(the |my |those |these |his |her )?{_DRUGS}",
    r"\bhow it would go for me\b",
    rf"\b({_DRUGS}|box|boxes|packet\w*|bottle\w*|script)\w* (\S+ ){{0,12}}i know (exactly )?what i (be go to|am going to|be gonna|will|be) (do|go to do) with (them|it|those|these)\b",
    r"(?<!treatment )(?<!exercise )(?<!rehab )(?<!care )(?<!payment )(?<!management )(?<!travel )(?<!training )(?<!meal )(?<!birth )(?<!holiday )\bplan (be|is) (all )?(sort\w*|set|in place|ready|made) (for|by) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend)\b",
    r"\bsee you (all )?on the other side\b(?=.*\b(not answer\w*|can not (reach|get hold)|no reply|not reply\w*|not pick\w* up|worried)\b)",
    # "won't be around for the follow-up, you can cancel it", with no trip, shift or new time given.
    r"\bnot be around (for|to) (the|my|your|any|our) (\w+ )?(follow ?up|appointment|review|check ?up|session|next)\w*\b(?!.*\b(away|holiday|travel\w*|overseas|interstate|trip|work\w*|shift|mov\w*|busy|conference|visit\w*|reschedul\w*|rebook\w*|another|different|instead|later|\w+day|week|month)\b)",
    r"(?<!debt )(?<!tax )(?<!financial )(?<!mortgage )(?<!admin )(?<!paperwork )(?<!carry the )(?<!carrying the )\b(burden(?! of proof)|waste of space|waste of oxygen)\b",
    r"\b(tired|sick|done) (of|with) (being alive|live|living|life|everything)\b(?! (on|with|in|like|off) )",
    r"\blife insurance\b",
    r"\bcheck(ing)? out ,? ?(for good|permanently|early)\b",
    r"\b(lie down|clock out|log off|sign off|tap out|bow out|go to sleep|sleep|rest) ((from|of) life |\w+ )?(for good|permanently|forever)\b",
    r"\b(it all|everything) to (just )?(stop|end)\b(?! (hurt\w*|ach\w*))",
    r"\bwhy (be|am) i (even )?(still )?(here|alive|around)\b",
    r"\blook like an? accident\b|\bctb\b|\bsewer ?slide\b|\byeet\w* (my|them|him|her) ?sel(f|ves)\b",
    r"\bnot be (coming|going) (\w+ ){0,6}(any other|ever again)\b|\bnot be need\w* (them|it|any\w*) (\w+ ){0,2}after\b",
    r"\bcan not (keep )?(do|doing) (this|it) (\S+ ){0,10}(any of it|all of it|not just (mean )?the pain)\b",
    r"\b(the )?where and (the )?how\b|\brehears\w* (it|my death|the plan|how)\b",
    r"\battempt\w* (\w+ ){0,2}(did not work|fail\w*)|\b(second|third|another|failed|last) attempt\b(?! at (the |my )?(exercise|stretch|walk|run|physio|session))",
    r"\b(bang|hit|smash)\w* my head (\S+ ){0,8}(not a figure of speech|literally|for real|until|till)\b",
    r"\b(where|how to (find|get into)) (\w+ ){0,3}(paper|document|will|password|bank)\w* (\S+ ){0,10}in case\b|\bsort\w* (out )?my (will|affairs)\b",
    r"\b(thinking about|think about|want\w*) death\b",
    r"\bnothing left (for me|to live for)\b",
    r"\b(will|reason|desire|wish) to live (\w+ ){0,2}(gone|go|disappear\w*|left|vanish\w*)\b|\b(lost|lose|no) (the |my |any )?will to live\b",
    r"\b(six|6) (feet|foot|ft) under\b", r"\b(with )?me (\w+ )?(out of the picture|gone) (for good|permanently|forever)\b", r"\bwant\w* to stop (being|existing)\b",
    r"\b(hop\w*|wish\w*|pray\w*) (\w+ ){0,3}(body|heart) (\w+ ){0,2}(give|gives|giving) (up|out)\b",
    r"\bdecid\w* (that )?i (be|am) (done|finish\w*)\b",
    r"(?<!want to )\b(got|have|made) a plan\b(?! (for|to (get|start|do|walk|exercise|see|book|manage|improve|build)|with|from|ready|in place))",
    r"\bnot (think|reckon|expect) i (will|would) (still )?be (around|here|alive)\b",
    r"\b(not|no longer) need (\w+ ){0,3}where i (be|am) go\w*", r"\bready to go( now)? ?(\.|,|!|$)",
    r"\bcan not (do|face|take|handle) (another|\d+ more|many more) (\w+ ){0,2}(year|decade)s? (\w+ ){0,1}(like this|of this)",
    r"\b(keep|go|carry) (\w+ )?(on|spinning|turning|going) (\w+ ){0,2}without me\b",
    # "make it so nobody has to look after me anymore, permanently", "looked up the tallest car park"
    r"\b(nobody|no one|noone) (have|has|need\w*|will have|would have) to (look after|care for|deal with|worry about|put up with) me (\w+ ){0,2}(anymore|any more|again|permanently|for good)\b",
    r"\b(look\w* up|search\w*|google\w*|research\w*|check\w* out) (\w+ ){0,2}(tallest|highest|tall|high) (\w+ ){0,2}(bridge|building|car ?park|cliff|tower|overpass|roof)\w*\b",
    # Not "does a flare mean I've hurt myself again?": an injury asked about.
    r"(?<!mean i have )(?<!mean i )(?<!mean that i have )(?<!if i have )(?<!whether i have )(?<!think i have )(?<!worried i have )(?<!scared i have )(?<!afraid i have )\bhurt\w* my ?self (tonight|today|soon|again)\b", r"\bwant\w* (it|my ?self|me) to hurt\b(?! (less|a bit less|less than))",
    r"\b(slid\w*|slip\w*|go|going|went|sink\w*) under (the water )?(and )?(stay\w*|not come up|never come up|not com\w* back)", r"\bhurt\w* my ?self (be |is )?(the only|help\w*|make\w* (it|the pain))",
    r"\bi (will |would )?be (go|gone|dead) before (the|my|your|that|this|it|then)\b(?! (\w+ ){0,4}(holiday|trip|flight|work|leave|away|overseas))",
    r"\b(not sure|unsure|do not know) (\w+ ){0,4}(safe|will not hurt|would not hurt|can keep (my ?self )?safe)\b",
    r"\b(see|find) (any|no|the) point (in|of) (\w+ ){0,1}(living|life|go on|going on|anything)\b",
    # "which day would be least awful for my kids to find me", "ways to do it that wouldn't hurt"
    r"\b(kid|kids|child\w*|family|wife|husband|partner|mum|mom|dad|son|daughter|parent\w*)\b (\w+ ){0,2}(to )?find me\b|\bwho (would|will|be go to) find me\b|\bfind my body\b",
    r"\bway\w* to do it (\w+ ){0,3}(not hurt|painless\w*|quick\w*|without (pain|hurt\w*))|\b(research|look\w* up|google|search)\w* (\w+ ){0,3}(way|method)\w* to do it\b",
    # pills set out, the car running in a closed garage, "chronic pain doesn't kill you. Watch me."
    rf"\b{_DRUGS} (\w+ ){{0,5}}(in a bowl|line up|lined up|lay out|laid out|count\w* out)\b|\b(work\w*|build\w*|get\w*) up (the )?(nerve|courage)\s*(\.|!|$)",
    r"\b(car|engine|motor|ute)\b (\w+ ){0,2}run\w* (\w+ ){0,2}(in|inside) (the |a |my )?(close\w*|shut|lock\w*) garage\b",
    r"\b(not|never|wo not|will not) kill (you|me|people)\b\W+(\w+ ){0,2}watch me\b",
    # "when I'm gone at least my back won't hurt" (not "when I'm gone on holiday")
    r"\bwhen i be (go|gone|dead)\b(?! (on|for|to|away|out|overseas|abroad|back|home|through|over|in|into|up|down|shopping|travel\w*|with|camping|skiing|on holiday))",
    r"\btonight be the night\b(?=.*\b(thank\w*|bye|goodbye|sorry|love)\b)|\b(thank\w*|bye|goodbye|sorry|love)\b.*\btonight be the night\b",
    r"\b(bang|hit|smash)\w* my head against (the |a )?(wall|door|floor|bedhead|headboard)\w* (\S+ ){0,10}(bruise|bleed|blood|lump|mark)",
    # a general question the patient then owns: "people who want to kill themselves? that's me right now"
    r"\b(kill|end|hurt|harm)\w* (themselves|themself|their (own )?li(fe|ves))\b (\S+ ){0,8}(that be me|that s me|i be one of them|me too|like me|same here)\b",
    # crashing the car on purpose, or a death that "wouldn't be the worst thing"
    r"\b(crash|drive|swerve|run)\w* (\w+ ){0,4}(car|ute|truck|off the road)\b.*\b(deliberately|on purpose|intentionally)\b",
    r"\bif i (crash\w*|die|died|do not wake up|did not wake up|get hit|be hit|be go|be gone) (\S+ ){0,8}(would not|wo not|will not) be (the |a |such a )?(wrong|bad|worst) thing\b",
    # Carers quoting a parent ("planning to 'finish it'", "had a good innings", "it's time",
    # "get it over with", "the last time you'll hear from me"), and euphemisms.
    r"\b(plan\w*|go|going|gonna|want\w*|ready|decid\w*) to \W*finish \W*(it|it all|everything|things|my ?self)\b(?! (off|up|with|first|today|tonight|this|the|before|by|now|later|soon|tomorrow|next)\b)",
    r"\b(have|had) a good innings\b", r"\blast time (\w+ ){0,2}(hear|see|talk|speak)\w* (from |to |with )?me\b",
    r"^(?!.*\b(surgery|operation|op|appointment|injection|scan|mri|procedure|exam|test|session|treatment|interview)\b).*\bget (it|this|things|everything) (all )?over (and done )?with\b",
    r"\blong walk off a short (pier|plank|bridge|cliff)\b", r"\b(dignitas|nembutal|exit international|euthanas\w*|assisted (dying|death))\b",
    r"\b(only|real) (\w+ ){0,3}(fix|cure|answer|solution|relief)\w* (\w+ ){0,6}(coffin|grave|casket|urn|death|dying|be dead)\b",
    r"\b(lie|lay) down (\w+ ){0,4}and (just )?(not|never) (get|come|wake) (up|back)\b",
    r"\b(stop|end|go away)\w* (for good|forever|permanently)\b (\S+ ){0,6}(not|do not) mean (surgery|an? op\w*|treatment|a cure|medic\w*|physio|an injection)",
    r"\b(will not|wo not) need (them|it|these|those|any of (it|this|them)) (\w+ ){0,1}after (tonight|today|tomorrow|(this|next) (weekend|week|month|\w+day))\b",
    r"\b(wrote|write|written|writing|made|make|updat\w*|finish\w*) (out |up )?my will\b",
    r"\b(not|do not) (\w+ ){0,2}want to make it (to|through|till|until|past)\b",
    r"\b(happier|better|easier) without (me|a (mum|mom|dad|wife|husband|mother|father|partner) (like me|who))\b|\bwithout me at all\b",
    r"\bwish\w* (\w+ ){0,2}(had not|never|did not) surviv\w*",
    # Plans made "permanent", no strength left to live, a wish to make it all stop, a pet
    # rehomed with the bills paid, a death that pays out, a dose "before it kills you".
    r"\bplan\w* (\S+ ){0,2}permanent (one|ones)\b",
    r"\b(no|not|lost|lose|out of) (\w+ ){0,3}(strength|energy|will|reason|courage) (left )?to (live|go on|keep living|carry on|keep going)\b(?! (with|to|at|through|walk|work|exercis|the gym))",
    r"\bmake (it all|everything|all of it|all this) (just )?(stop|end|go away)\b(?! hurt)",
    r"^(?=.*\b(rehom\w*|new home for|(dog|cat|pet|budgie|bird|rabbit|ring|watch|jewel\w*|guitar)\w* (be )?(go|goes|going|will go) to (?!(the |a )?(vet|kennel|groomer|cattery|park|beach|shop|sleep|bed)))).*"
    r"\b(bill\w*|everything (be |s )?(now )?sort\w*|sort\w* (out )?everything|someone to know|before i go\b(?! (on|to|for|away|overseas|in|into|back|home|under))|(the|my) will\b|affair\w*)",
    r"\b(tidy\w*|sort\w*|put\w*) (\w+ ){0,3}(up |in order |sorted )?before i (go|leave)\s*(\.|!|,|$)",
    r"\b(have|get|would have|would get|will get|will have) (the |my )?(life )?insurance (money|payout|pay out)\b",
    r"\b(before|till|until) (it|they|that) (would |will |could )?kill\w* (you|me|someone|a person|people)\b|\bhow (much|many) (\w+ ){0,4}(to|would|could|will) kill (you|me|someone|a person)\b",
    r"\b(bang|hit|smash|punch)\w* my head (\S+ ){0,5}(when (the )?pain|hurt\w* less|distract\w*|take\w* (my mind|the edge)|than my back|to feel)",
    # Calm, final decisions; a place one keeps thinking about; "one little step and it's done".
    r"\bmade (my|the|a|up my) (decision|mind)\b (\S+ ){0,6}(calm|peace|at peace|ok with it|okay with it|relieved)\b",
    r"\bcancel (all|every\w*) (\w+ ){0,2}(future |upcoming |remaining |further )?appointment\w*.*\b(decision|calm|at peace|goodbye|thank\w* (you )?(all|for everything)|permanent\w*|for good|not need|no longer need)\b",
    r"\b(bridge|cliff|train line|railway|rail line|overpass|balcony|quarry|tracks) (\w+ ){0,5}(keep|kept|can not stop|been) think\w* (about|of)\b|\bthink\w* about (the|that|a) (bridge|cliff|train line|railway|overpass|balcony|quarry)\b",
    r"\b(one|a) (little |small |single |tiny )?(step|jump|push|swerve|leap) and (it be|it s|it is|it would be|i be|i would be|it will be) (all )?(done|over|gone|finish\w*)\b",
    rf"\b(put|putting|set|setting|keep|kept|laid|lay)\w* (\w+ )?aside (\w+ ){{0,2}}{_DRUGS}",
    # "why bother living", a goodbye nobody was told was one, belongings given away "won't be
    # needing them", standing at a bridge's railing, pills counted, how easy a crash would be.
    r"\bwhy (even )?bother (living|go on|going on|staying alive|existing|being alive|to live)\b",
    r"^(good)?bye (to )?(everyone|everybody|the world|this world|world)\s*$", r"\b(it|that) (be|was) (a |my )?(goodbye|farewell)\b(?! to)",
    r"\b(do|does|did) not (know|realise|realize) (that )?(it|that|this) (be|was) (a |my )?(goodbye|farewell)\b",
    r"\bgiv\w* (\w+ ){0,8}(to|away)\b (\S+ ){0,8}(will not|wo not|not) (be )?need\w* (them|it|these|those|any of)",
    r"\b(stand|stood|sit|sat)\w* (at|on|by) the (railing|ledge)\b",
    rf"\benough {_DRUGS} (to|for)\b|\bcount(ing|ed)? (out )?(the |my |all my )?{_DRUGS}\b",
    r"\b(sleep|go to sleep) and (never|not) (feel|wake|wake up)\b(?! (with|in|from|because|stiff|sore|during|at night|at \d|until|till|til|once|for))",
    r"\b(will not|wo not|never) hear from me (again|any ?more)\b", r"\b(this be|this is|that be) my (last|final) (message|text|note|word)s?\b",
    rf"\b(took|take|taken|swallow\w*) (a )?(handful|fistful|bunch|heap|whole (packet|box|bottle|strip)) of (my )?{_DRUGS}",
    r"\beasy it (would|will) be (if|to) (i )?(just )?(lose control|lost control|crash\w*|swerve|let go)\b",
    # Asked as a question about the lines, the writer's own crisis shows in what the question
    # assumes: a date picked, a way worked out, a crisis line that won't talk them out of it,
    # "someone who's about to kill themselves? Because that's where I'm at".
    r"\b(psycholog\w*|counsell?or\w*|therapist\w*|help ?line|lifeline|crisis|mental health|gp|doctor)\b.{0,100}\b(pick\w*|set|chos\w*|choose) (a |the )?date\b(?! (for|to|with|of|in|on|at)\b)",
    r"\b(work\w*|figur\w*) out (exactly )?how (i|you) (would |will |could |be go to |go to )?do it\b",
    r"\b(crisis|help ?line|lifeline|hot ?line|counsell?or\w*|psycholog\w*|mental health|therapist\w*|line)\b.{0,80}\btalk (me|you) out of (it|doing it|this)\b",
    r"\b(kill\w*|end\w*|hurt\w*|harm\w*) (them|your|him|her)sel(f|ves)\b.{0,150}\b(that be where i be|where i be at|that be me|the friend be me|because i (have|be|do))\b",
    r"\b(someone|somebody|a person|people|anyone|person) who (be|have) (already )?(written|wrote|write) (the |their |a |his |her )?(goodbye |farewell |suicide )?(letter|note)s?\b",
    r"\b(lifeline|help ?line|crisis line|hot ?line|samaritans|beyond blue|13 11 14|988)\b.{0,200}\bi have (do|done) (it|that) (\w+ ){0,2}(twice|again|three times|tonight|today|already)\b",
    # "scared of what you might do to yourself tonight"; "I don't want to die tonight but I think I might".
    r"\bwhat (i|you|they|someone|he|she) (might|could|may|will|would) do to (my|your|them|him|her)sel(f|ves)\b",
    r"\b(do not|not) want to die\b (\w+ ){0,3}but i (think|feel|worry|fear|may|might)\b",
    r"\bi (be|m|am) (so|just so|completely|totally|absolutely|truly) done\s*([.!?]|$)",
    r"\bhow long (\w+ ){0,4}(take|takes|took) (\w+ )?to kill (you|me|someone|somebody|a person|people)\b",
    r"\b(can not|cannot) keep (do|doing|go|going|live|living) (this|it|on|like this)( any ?more)?\s*([.,!?]|$)",
    r"\b(have|got|get|hold\w*) (\w+ ){0,1}(the |a |my )?(razor|blade|knife|rope|noose)s? (\w+ )?(here|next to me|with me|in my hand|beside me|in front of me)\b(?! to (carve|cut|chop|slice|shave))",
    r"\bslow\w* down (\w+ ){0,3}(on|over|at|near|by) (the |a )?(bridge|cliff|overpass|edge|train line|track\w*|railway)\b",
    r"\btired? of fight\w*\s*([.?!]|$)",
    # Affairs put in order: "sorting out what happens after", "made sure mum knows where the will is".
    r"\b(sort\w*|organis\w*|organiz\w*|arrang\w*) (out )?what happen\w* after\s*([.!?]|$)",
    r"\b(know|knows|show\w*|told|tell) (\w+ )?where (the|my|his|her) (will|life insurance|insurance papers|password\w*|funeral plan) (be|is|are)\b",
    r"\b(work\w*|figur\w*) out (a way |how )?(to )?(make|end|stop) (it|this|the pain) (\w+ )?(stop )?(my ?self|for good|permanently)\b(?! (with|by|using))",
    r"\b(talk|speak) to (\w+ ){0,2}before i (do it|do|go through with it)\s*([.?!]|$)",
    # "if the pain gets any worse I'm booking a one way trip. Not to Bali."
    r"\bone ?way (trip|ticket|journey)\b( \.| ,)? (and |but )?not (to|for) \w+|\bone ?way (trip|ticket|journey)\s*([.!]|$)",
    r"\banything stupid\b (\S+ ){0,6}(probably|maybe|hopefully|i do not know|not sure)\b|\banything stupid\b.{0,80}\bbut i (have )?(think|thought|be think\w*) about it\b",
    r"\b(better (life|lives|off)|find someone better|better without)\b.{0,200}\b(think\w*|thought|plan\w*) (about |of )?(mak\w*|let\w*) (that|it) happen\b",
)

# Asking to be checked, about the patient's own pain ("is this serious?"), not in general.
CHECK_PATTERNS: tuple[str, ...] = (
    # "does this need an x-ray?", "when should I stop waiting and get help?", "would you call
    # this a red flag?", "do we need to take him somewhere tonight?", "is dangerous?"
    r"^(do|does|will|would|should) (this|it) need (an? )?(x ray|scan|mri|ct( scan)?|imaging)\b",
    r"\b(stop|quit) wait\w* (and|to) (get|seek|go|see|call)\b",
    r"\b(pain|back|symptom\w*) like mine (\w+ ){0,2}(be|mean) (\w+ ){0,4}(serious|dangerous|sinister|something (bad|serious|sinister|worse|wrong))\b",
    r"\b(it|this|that) (be|is) (\w+ )?(dangerous|serious|an? emergency|urgent) or not\b",
    r"\bhow (s )?(do|does|can|would|will) i (know|tell) (if|whether) (it|its|it s|it be|this|the pain|my \w+) (be |is )?(just )?(\w+ ){0,3}or (something|anything) (worse|wrong|serious|sinister|bad|nasty|more)\b",
    r"\b(class|count|consider|call) (my|this|it|that|mine) (\w+ ){0,2}(as )?(a red flag|a warning sign)\b",
    r"\bhow (do|would|will|can) (we|i) know when to (take|bring|get) (him|her|them|my \w+) to (the )?(hospital|ed|er|emergency|a ?& ?e|casualty|doctor)\b",
    r"\b(do|should) (we|i) (need to |have to )?(take|bring|get) (him|her|them|my \w+) (somewhere|anywhere|in)\b",
    r"\b(should|do) i (need to )?(get|see|seek|be seen|go)\b (\w+ ){0,4}(urgently|asap|straight away|right away|immediately)\b",
    r"^(be|is) (it |this |that )?(dangerous|serious|an? emergency)$",
    r"\b(be|is) (this|it|that) (\w+ ){0,3}(thing|kind of thing|sort of thing|something) (that )?(need\w*|warrant\w*|call\w* for) (an? |the )?(ambulance|ambo|hospital|emergency|ed|er|a&e|urgent care)\b",
    r"\b(should|do|must) i (really |actually )?(need to )?(start )?(be )?(worr\w*|concern\w*|scared)\b(?! (that|they|about (the|my) (scan|report|exercise)))",
    r"\bi should (\w+ ){0,2}(worr\w*|concern\w*)",
    r"\b(be|is) (this|that|my \w+( \w+)?) (\w+ ){0,4}(serious|dangerous|an? emergency|urgent|sinister|a worry|worrying|concern\w*)\b(?! to)",
    r"\b(be|is) it (\w+ ){0,2}(serious|an? emergency|sinister)\b",
    # "is it dangerous to leave my slipped disc untreated while I wait?"
    r"\b(be|is) it (\w+ ){0,2}(dangerous|risky|safe|ok|okay|bad) (for me )?to (leave|ignore) (it|this|my|the)\b",
    # "is this something for the hospital?", "would you class my situation as urgent?"
    r"\b(be|is) (this|it|that) (\w+ ){0,2}something for (the |a )?(hospital|ed|er|a&e|emergency|ambulance|casualty)\b",
    r"\b(class|count|consider|rate|call) (my|this|it) (\w+ ){0,2}(as )?(urgent|an? emergency|serious)\b",
    r"\bneed (an? )?(er|ed|a&e|hospital|emergency) (visit|trip)\b",
    r"\b(be|is) it worth (\w+ ){0,2}(call\w*|ring\w*|phon\w*|dial\w*) (111|000|911|999|112|triple zero|nhs|an ambulance|the (er|ed|hospital|ambulance))\b",
    # "is it worrying that the pain has moved to the other side?": something happening, not a general rule.
    r"\b(be|is) it (\w+ )?(dangerous|worry\w*|a worry|concerning|a concern|a bad sign) that (\w+ ){0,4}(my|the|this|i)\b",
    r"\bhow (do|can|would|will) i (know|tell|be sure) (if |whether |that )?(it|this|the pain|my \w+) (be |is )?(not|n t) (something|anything) (worse|wrong|serious|bad|sinister|nasty)\b",
    r"\b(anything|what) (\w+ ){0,2}((should|do|must) i|i (should|must|need to)) (\w+ ){0,2}(look\w* out for|watch\w* (out )?for|worr\w* about) (right )?now\b",
    r"\bmy (\w+ ){0,3}(pain|back|symptom\w*|sciatica)\w* (\w+ ){0,3}(serious|sinister|an? emergency|urgent|worrying|bad sign)\b",
    r"\b(could|can|might|may) (this|it|that|my \w+( \w+)?) be (\w+ ){0,2}(serious|sinister|cancer|cauda|something (bad|serious|sinister))",
    r"\b(could|do|might|may) i have (\w+ ){0,2}(cauda|cancer|something serious|a fracture|an infection|a tumou?r)",
    r"\bsomething (\w+ ){0,2}(not right|seriously wrong|sinister)\b",
    r"\b(do|should) i (need to )?(go|call|head|ring|dial) (\w+ ){0,3}(hospital|ambulance|ed|emergency|a&e|er|000|911|999|111|112|triple zero|birth suite|delivery suite|maternity|labou?r ward|casualty|urgent care)\b",
    r"\b(do|would) i (need|require) (an? |the )?(a&e|a and e|ed|er|emergency|ambulance|hospital|casualty|urgent care)\b",
    r"\b(want|need|like) to rule out (anything|something) (bad|serious|sinister|nasty)\b",
    # "the doctor checked me for cauda equina" reports a check that was done.
    r"(?<!doctor )(?<!dr )(?<!gp )(?<!physio )(?<!nurse )(?<!they )(?<!he )(?<!she )(?<!hospital )(?<!surgeon )\b(check|screen|assess) (\w+ ){0,1}(me|my symptom\w*) (for|to see|if)\b",
    # "is it bad?", "is this normal back pain or something else", "is that a bad sign"
    r"(?<!why )\b(be|is) (this|it|that|my \w+( \w+)?) (\w+ ){0,4}(a bad sign|a red flag|a warning sign|something (else|worse|bad|"
    # Not "is it the strength or something else that makes exercise work": asks how, not whether.
    r"nasty|terrible|wrong|serious|dangerous|sinister))\b(?! (that|which) (make|help|work|do|keep)s?\b)",
    r"\b(be|is) (this|it|that) (\w+ ){0,3}normal (\w+ ){0,8}or\b",
    r"\bor (be|is) (this|it|that) (just )?(a )?(normal|regular|ordinary|typical|common|usual) (back ?)?(ache|pain|thing|twinge)",
    r"\bworth (go|going|a trip|head\w*|turn\w* up) (\w+ ){0,2}(er|ed|emergency|a ?& ?e|a and e|hospital|casualty|urgent care)\b",
    r"\b(tell|know|say|work out) (\w+ ){0,3}(if|whether) (this|it|that|my \w+|mine) (be |is |s )?(bad|really bad|that bad)\b(?! (for|to))",
    r"\b(run|go|do|put)\w* (through )?(the |a |your |that )?(red ?flag|warning sign|safety|emergency)\w* (check\w*|question\w*|screen\w*|list) (on|with|for) me\b",
    r"\b(make sure|check|confirm)\w* (it|this|that)( be|s| is)? (nothing|not anything) (major|serious|bad|sinister|nasty|dangerous|to worry)",
    r"\bneed (an? )?(urgent|emergency|same day) (scan|mri|x ?ray|review|appointment|check)",
    # "requires urgent review?", "whether my condition requires immediate medical attention": said
    # of the patient's own case, not "which symptoms need urgent care".
    r"(\b(this|it|i|he|she|my (\w+ ){0,2}(condition|back|pain|symptom\w*|situation|case))( (really|actually|still|now|do|does|would|will))*|^|: ) "
    r"?(require|need)\w* (an? )?(urgent|immediate|emergency|same day) (medical )?(review|attention|care|treatment|assessment)\b",
    r"\bshould (we|he|she|they) (\w+ )?(be )?(worr\w*|concern\w*)(\s*$| about (this|it|that|him|her|them|his|her)\b)",
    r"\bshould i (\w+ ){0,4}(go|head) (straight )?to (the )?(hospital|ed|er|emergency|a ?& ?e|casualty|urgent care)\b",
    r"(\b(wait|hang on|hold off) (\w+ ){0,4}|^)or (i |we )?(must |should |need to |have to )?(go|head) (\w+ )?to (the )?(hospital|ed|er|emergency|a ?& ?e|casualty|urgent care)\b",
    r"\b((should|do) i|i should) (\w+ ){0,2}(push|ask|press|fight|chase) (\w+ ){0,2}for (an? )?(earlier|early|sooner|urgent|emergency|same day) (appointment|review|scan|referral|consult\w*)\b",
    r"\bshould (i|we) (be )?(take|taking|bring|bringing|driv\w*|get|getting) (him|her|them|my \w+) (\w+ ){0,2}(to )?(the )?(hospital|ed|er|emergency|a ?& ?e|casualty)\b",
    r"\b(do|does|should|would) (he|she|they|my \w+) need (to go to |to see )?(urgent care|the hospital|hospital|an ambulance|the ed|the er|emergency|a doctor tonight)\b",
    # "how bad is my back pain?" is the education topic on severity; "how bad is this?" a check.
    r"\bhow (urgent|serious|worrying) (be|is) (my|this|it)\b|\bhow bad (be|is) (this|it)\b",
    r"\btell (\w+ ){0,2}(if|whether) i (be|am) (ok|okay|alright|all right|fine)\b",
    r"\b(be|is) it (\w+ )?bad that (it|its|it s|my \w+|i|i have|i ve) (\w+ ){0,2}(be|been|have|has|had) (\w+ ){0,3}(week|month|day)s?\b",
    r"\b(do|does|should) (he|she|they|i|this|it|my \w+) need (escalat\w*|to be escalated|seeing to|to be seen (urgently|today|tonight|now))\b",
    r"\b(be|is) it (\w+ )?bad that (it|my (\w+ ){0,2}(back|pain|leg|sciatica|spine|symptom)\w*) (still |really |keep\w* )?(hurt|ache|sore|be|have|last)",
    r"\bbe it normal (for (it|my \w+) )?to (hurt|ache|be (this|so) (sore|bad|painful)) (this|so) (much|bad)\b",
    r"\bpossible (that )?(this|it) (be|is) (\w+ ){0,2}(serious|dangerous|bad)\b",
    r"\bwhat if ((it|this) (be|is)|its) (something|anything) (serious|bad|sinister|dangerous)\b",
    r"\b(can|could|would|will) you (please )?(check|assess|screen|examine) (me|my (symptom\w*|back|pain))\b",
    r"\b(check|assess) (if|whether) i (need|should)\b",
    r"^(be|is) (it|this) (really |actually )?(bad|nasty)$",
    r"\b(be|is) (this|it|that|my \w+( \w+)?) (\w+ ){0,3}sign of something\b",
    r"\b(could|can|might|may) (this|it|that|my \w+( \w+)?) be (\w+ ){0,3}(nasty|terrible|dangerous|something (else|worse|nasty|"
    r"terrible|wrong)|a sign of)",
    r"\b(do|does) (this|it|that|my \w+( \w+)?) (\w+ ){0,2}(sound|mean|look|seem) (\w+ ){0,3}(serious|bad|dangerous|"
    r"wrong|worrying|sinister|urgent)",
    r"\b(chance|odds|likel\w*|probabilit\w*)\w* (that )?(this|it|my( \w+){1,2}) (be|is) (\w+ ){0,2}(serious|bad|cancer|something|dangerous)",
    # "how do I know if my back pain is dangerous", "can you tell me if it's serious"
    r"\b(tell|know|say|work out|find out|check|assess) (\w+ ){0,3}(if|whether) (this|it|that|my|i|what|mine)\b (\w+ ){0,6}(serious|"
    r"dangerous|urgent|an? emergency|worrying|red flag\w*|something (bad|serious|worse|wrong|nasty|else))",
    r"\b(tell|let) me (know )?(if|whether) i (need|should|have to|must) (\w+ ){0,2}(see|go|get|be seen|call|urgent)",
    r"\btell me (this|it|that) (be not|is not) (\w+ ){0,2}(serious|bad|dangerous)",
    # Whether to see someone at all ("should I see a doctor about my back?") is the education
    # topic when_to_see_clinician, whose answer offers this check; how soon, or where, is a
    # check: "do I need urgent care", "should I get this checked out asap".
    r"\b(do|should|must) i (\w+ ){0,2}(need|have) to (see|go|get|call|ring|phone|visit) (\w+ ){0,3}(hospital|emergency|"
    r"ed|a&e|er|ambulance|urgent care)\b",
    r"\b(should i|i should) (\w+ ){0,2}(go to|go in|call|ring|phone) (\w+ ){0,2}(hospital|emergency|ed|a&e|er|ambulance|urgent care|"
    r"tonight|straight away|right away|immediately|asap|now)\b",
    r"\bdo i need (\w+ ){0,3}(urgent care|ambulance|hospital|emergency)\b",
    r"\bwhether i (need|should) (\w+ ){0,3}(emergency|urgent|hospital|a&e|ed|er)\b",
    r"\b(should|do|does|must|need|needs|can|could|it) (\w+ ){0,6}(see|seen|seeing|check\w*|look\w* at|doctor|gp|someone|"
    r"scan|appointment) (\w+ ){0,3}(urgent\w*|quick\w*|asap|straight away|right away|today|tonight|immediately|sooner)\b",
    r"(?<!thank )(?<!thanks )\b(someone|somebody|a doctor|a physio|you) (\w+ ){0,2}(check|look at|see|assess|examine) (me|my back|my spine)\b",
    r"\b(run|take|put) me through (a|the|your) (\w+ ){0,1}(check|screen\w*|question\w*)\b",
    # "how worried should I be", "is that something to worry about", "is it urgent"
    r"\b(be|is) (\w+ ){0,3}(this|that|so) (bad|severe|intense|strong|sore) (\w+ ){0,2}a sign of (something|anything)\b",
    r"\bshould i be (stress\w*|worr\w*|concern\w*|panick\w*|freak\w* out|scared|alarmed) (about|over|by) (this|my|it)\b",
    r"^(so )?should i be (stress\w*|worr\w*|concern\w*|panick\w*|freak\w* out|scared|alarmed)\s*$",
    r"\bshould (we|they|the school|the club|the coach|his \w+|her \w+) be (worr\w*|concern\w*|panick\w*)\b",
    r"\bserious enough (to|for) (\w+ ){0,3}(see|doctor|gp|hospital|er|ed|a&e|emergency)\b",
    r"\b(wait|hang on|hold on|hold off) (\w+ ){0,3}(or|vs|versus) (go|see|call|ring|head) (\w+ ){0,4}(tonight|now|today|after ?hours|ed|er|a&e|emergency|hospital|urgent care)\b",
    r"\b(be|is) it (an? )?(emergency|urgent|serious) if i\b",
    r"\bshould i be (worr\w*|concern\w*) (that|because|since) my\b",
    r"^(do|does) (that|this|it) mean (it be |it is |its )?(something|anything) (\w+ )?(bad|serious|wrong|sinister|dangerous)\b",
    r"(?<!why )\b(be|is) (this|it|that) (a )?(big deal|biggie)\b",
    r"\bhow (worried|concerned|scared) should i be\b|\bhow urgent (be|is) (this|it|that)\b|\bdangerous to (wait|leave it)\b",
    r"\bor (be|is) (it|this) (just )?nothing\b|\b(would|do) you (say|think|reckon) (this|it|that) (be |is )?(an? emergency|serious|urgent)",
    r"\b(hospital|emergency|a&e|ambulance|ambo) (level|worthy|territory|material)\b|\b(be|is) (it|this|that) (\w+ )?(ed|er) (level|worthy)\b",
    # "should I worry that my back still hurts after a month?"
    r"\b(should|do|must) i (really )?(need to )?(be )?(worr\w*|concern\w*) (that|because|since) (my|it) (\w+ ){0,3}(still|keep\w*|have not|has not|be not|is not|not) (\w+ )?(hurt|ache|sore|pain|be|go|get|improv\w*|better|eas\w*|settl\w*)",
    r"\b(emergency|ed|er|a&e|hospital|ambo|ambulance)\w* (y n|y / n|y/n|yes or no|or not)\b|\bshould i (\w+ ){0,4}get (it )?assess\w*",
    r"\bbad enough (to|for) (\w+ ){0,3}(er|ed|a&e|emergency|hospital|000|911|999|ambulance|ambo)\b|\b(should i|i should) (ring|call|dial) (000|911|999|112|111|an? ambulance|the ambo|healthdirect|the nurse line)\b",
    r"\bhow (s )?(do|would|can) i (know|no|tell) (if|whether|when) (it|its|it s|this|my \w+) (be |is |s )?(a |an )?(emerg[ae]n\w*|serious|urgent)",
    r"\b(be|is) (there )?(something|anything) (really |seriously |badly )?wrong with me\b|\b(could|can) (my|this|it) (\w+ ){0,6}(something|anything) (more )?(serious|sinister)\b",
    r"\b(should|would) you be (concerned|worried)\b",
    r"\b(should|do|must) i (\w+ ){0,2}(worr\w*|concern\w*) (that|because|since|if) (the|my|this) (\w+ ){0,2}(pain|ache|symptom\w*|numbness|tingl\w*) (\w+ ){0,2}(move|spread|shift|travel|switch|change|jump)\w*",
    r"\b(doctor|gp|hospital|ed|someone) or (\w+ ){0,2}(can|could|should) (\w+ )?wait\b",
    # "is that over the top?", "am I overreacting?", "worth a trip to town?", "worth calling the flying doctor?"
    # "... or is that too much?" of care ("call an ambulance or is that too much"), not of a
    # training plan ("add 10 percent a week or is that too much").
    r"\bor (be|is) (that|it|this) (\w+ )?(over the top|overkill|an over ?reaction|over ?react\w*)\b|"
    r"\b(ambulance|ambo|hospital|ed|er|a&e|doctor|gp|emergency|urgent care|call|ring|see|seen|go in|book|appointment)\b (\S+ ){0,10}or (be|is) (that|it|this) (\w+ )?too much\b|\b(be|am) i (just )?over ?react\w* (\w+ ){0,3}(want\w*|go\w*|call\w*|ring\w*|see\w*)\b",
    r"\bworth (a trip|the trip|the drive|a drive|going|driving|heading) (in)?to (town|the city)\b|\bworth (call\w*|ring\w*|get\w*) (out )?the (royal )?flying doctor",
    r"\bsomething i (should|need to|ought to) (get|have) (\w+ ){0,2}(check\w*|seen|look\w* at)\b",
    r"\bs[ou]m?e?thing (for (me|us) )?to (worry|panic|be worried|be concerned) about\b",
    r"^(so )?(be|am) i (\w+ )?(ok|okay|alright|all right|fine|safe)\s*$",
    r"\b(i|me) (\w+ ){0,2}need (a |an )?(mri|scan|x ?ray|ct|imaging) (\w+ ){0,2}(urgent\w*|asap|straight away|right away|today|tonight|immediately)\b",
    r"\banything (\w+ ){0,8}(to panic about|to worry about|needs? urgent|a red flag|red flag)\b",
    r"\b(be|is) (it|this|that) (\w+ ){0,2}(urgent|bad enough)\b",
    r"\b(emergency|serious|urgent|bad) or not\b|\b(doctor|gp|hospital) or no (doctor|gp|hospital)\b",
    r"\b(a&e|ed|er|emergency|hospital) or (\w+ )?(gp|doctor|physio)\b|\b(gp|doctor|physio) or (\w+ )?(a&e|ed|er|emergency|hospital)\b",
    r"\btriage (me|my)\b|(?<!that )(?<!which )\b(need|get|seek) (\w+ ){0,2}medical (attention|help|care)\b",
    r"\b(now|today|tonight) or (\w+ ){0,2}wait (till|until|for)\b",
    r"\b(be|is) (000|111|911|999|112|an ambulance|the ambo|the hospital|hospital|ed|er|a&e|urgent care) (\w+ ){0,2}(right|correct|best|sensible) (call|thing|move|option|choice|place|number)\b",
    # "see a doctor or wait it out?": two of our three sets' writers read this as asking to be
    # checked, one as the education topic; when in doubt, escalate.
    r"\bor (can i |should i |do i )?(just )?(ride|wait|tough|sit) (it|this) out\b",
    r"\b(check(?! up)\w*|look\w* at|seen) (\w+ ){0,3}before (my|the|i|we)\b",
    r"\b(do|done|did) something (\w+ ){0,2}(serious|bad|nasty) (to|in)\b",
    r"\b(i|we) (\w+ )?(want|would like) to (get|be) (\w+ )?(check\w*|look\w* at|assess\w*)\b",
    r"\b(feel\w*|be|seem\w*) (\w+ )?different (this time|from (usual|normal|before|last time)|than (usual|normal|before|last time))\b(?! pain)",
    r"\b(ok|okay|safe|fine) to (just )?((\w+ ){0,3}and )?wait\b|\b(ok|okay|safe|fine|dangerous|risky) for me to (just )?((\w+ ){0,3}and )?(wait|ignore)\b|\bor (can it|should i|do i) wait\b",
    r"\bsomething\w* (do not |does not |just )?(feel\w*|seem\w*) (right|off|wrong)\b",
    r"\b(worr\w*|frighten\w*|scared|afraid|terrified|concerned|anxious) (that )?something\w* (be |is )?(\w+ )?(wrong|serious|bad)\b",
    r"\b(be|am) i at (\w+ )?risk (of|for) (something|anything) (\w+ )?(bad|serious|nasty|sinister|dangerous)\b",
    r"^(please |pls |plz )?(can you |could you )?check me( out| over| please| pls| plz)?\s*$|\b(someone|somebody|you|u|to) (\w+ )?(check\w*|look\w*) me over\b",
    r"(?<!do i )(?<!to )\b(rate|tell me|say) how (bad|serious|urgent) (my|this|it) (\w+ )?(situation|case|back|pain|symptom\w*)",
    r"\b(pain|it|this) (be |feel\w* |seem\w* )?(new and different|different and new|a new (kind|type|sort) of pain)\b",
    r"\b(should|do|must) i (\w+ ){0,2}(see|go to|call|ring) (a|the|my) (doctor|gp|dr|physio|hospital|ed|emergency|someone) about (this|it|that)\b",
    r"\b(idk|do not know|not sure|unsure|wonder\w*) (if|whether) (this|it|that|my (back|pain|spine|symptom\w*|leg\w*)) (be|is) (normal|ok|okay|serious|bad)\s*$",
    r"\bsomething (i|we) (should|need to) (be )?worr\w* about\b",
    r"\b(have|get) someone (to )?(check|look)\w* (and confirm|me|it|if|whether)\b|\b(like|want|need) (someone|somebody|you|a physio|a doctor) to (check|look at|assess) (it|me|this|my)\b",
    r"\b(be|is) (a |the )?(\w+ ){0,3}(like that|like this) a sign of (something|anything) (serious|bad|sinister|wrong)\b",
    r"\b(bad|serious) enough (to|for) (call|ring|go to|need) (an? |the )?(ambulance|hospital|ed|emergency|triple zero|000|911|999|a&e|er)\b",
    r"\b(do|run|give|have) (me )?(a |an )?(\w+ )?(symptom|safety|health) check\b",
    r"\b(be it|is it) worth go\w* to (the )?(after ?hours?|emergency|ed|a&e|er|hospital|urgent care)",
    r"\bworth (get\w*|have\w*) (it |this )?(check\w*|look\w* at|seen) (\w+ )?or (should i |do i |can i )?(just )?(rest|wait|leave|ride|tough|ignore)\b",
    r"\b(know|wonder\w*|tell me|not sure|unsure) (if|whether) i (need|should|have|ought) (to )?(go|get) (to )?(the )?(hospital|emergency|ed|a&e|er|urgent care)\b",
    r"\bhow bad (\w+ ){0,6}(before|until|till) i (\w+ ){0,2}(go|see|call|ring|get) (\w+ ){0,3}(emergency|hospital|ed|a&e|er|doctor|gp|ambulance|000|911|999)\b",
    r"(?<!i have )(?<!we have )(?<!already )(?<!she )(?<!he )(?<!they )(?<!gp )(?<!doctor )(?<!doc )(?<!nurse )(?<!physio )\b(run|go|walk\w*|take) (me |us )?(through|over) (\w+ ){0,4}(checklist|check\w*|question\w*|whether)\b|\bgo (through|over) it (together|with me)\b",
    r"\bmake sure (i be not|i am not|nothing\w*|it be not|it is not) (\w+ ){0,3}(miss\w*|bad|serious|red flag|warning sign)",
    r"\b(is|be) my (back|pain|spine) (ok|okay|alright|all right)\b|\bcan (you|u) check\s*\W*$|\bcan (you|u) check (me|if (it|this|i)|whether (it|this|i))\b",
    r"\b(whether|if) (they|these|those|it|this|my symptom\w*) (be|are|is) (a |the )?(warning sign|red flag|kind that need|type that need)\w*",
    r"\b(want\w*|need) to check (\w+ ){0,2}first\b|\b(type|kind|sort) (\w+ ){0,3}(get|be) seen\b|\bsend me (somewhere|elsewhere)\b",
    r"\b(get|be) (look\w* at|check\w*|seen) (\w+ ){0,2}for something (serious|bad|sinister)|\bneed\w* more than (exercise|stretch|physio)\w*",
    r"\b(one of )?the unlucky ones\b|\bmore to (it|my \w+) than (muscle|a strain|a sprain)\b",
    r"\b(scared|worried|afraid|fear\w*) (that )?(this|it|my \w+( \w+)?) (be not|is not|be|is|might|could|may) (\w+ ){0,3}"
    r"(normal|serious|bad|something(?! (he|she|i|we|you|they) )|dangerous)\b",
)

# Whether to see someone about the patient's own pain ("my back's been sore for two weeks,
# should I see a GP?"). The answer is the education topic; the screening questions follow it,
# so these are kept apart from CHECK_PATTERNS.
SEE_SOMEONE_PATTERNS: tuple[str, ...] = (
    r"\b(do|should) i (\w+ )?need (a|to see a) (doc|doctor|gp|physio|specialist)\b",
    r"\b(bad|serious) enough (to|for) (see|need|go to) (a |my |the )?(doctor|doc|gp|physio|someone|specialist)\b",
    r"\b(whether|if) i (ought to|should|need to|must) (\w+ ){0,1}(be seen|see|visit|go to)\b",
    r"\bworth (get\w*|have\w*) (it |this |my \w+ )?(check\w*|look\w* at|seen)\b",
    r"\b(should|do|must|shall) (i|we) (\w+ ){0,2}(see|visit|contact|email|message|go to|take (him|her|them) to|book (in )?(with|to see)?|call|ring|get (it|this|that|my \w+) "
    r"(check\w*|look\w* at|seen|assess\w*)|get (check\w*|seen|assess\w*))\b",
    r"\b(do|will|would) i need (to see |to get |to have )?(an? |some )?(doctor|gp|physio|specialist|someone|professional|"
    r"xray|x ray|mri|scan|ct|test\w*|referral|appointment)\b",
    r"\bworth (book\w*|see\w*|get\w*|go\w*) (\w+ ){0,3}(physio|gp|doctor|someone|check\w*|look\w* at|appointment|scan|seen)",
    r"\b(warrant|merit|justif\w*) (\w+ ){0,2}(a |an )?(doctor|gp|physio)\w*( s| be)? (visit|appointment|trip)|\bget (it|this|my back) (see|seen) to\b",
    r"\btime to (see|get|book|go to) (\w+ ){0,2}(professional|doctor|gp|physio|someone|check\w*|look\w* at|seen)",
    r"\b(need|needs) (a doctor|a gp|a physio|to be (seen|checked|looked at))\b",
    r"\b(need|needs) (check\w*|look\w* at|seeing) (by|from) (a |the )?(doctor|gp|physio|someone|specialist)\b",
    r"\bor (\w+ ){0,1}see (a|the|my) (doctor|gp|specialist)\b",
    r"\b(do|does) my (\w+ ){0,2}(back|sciatica|pain|spine)\w* need (a |an )?(scan|mri|x ?ray|doctor|gp|check\w*|look\w* at|seeing)\b",
    r"\bshould (he|she|they|mum|dad|my \w+) (\w+ ){0,1}get (it |this |that )?(check\w*|seen|look\w* at|assess\w*)\b",
    r"\bshould i (\w+ ){0,2}(ask|push|press) for (more |a |an |some |further )?(test|scan|mri|x ?ray|referral|investigation|imaging)",
    r"\b(need|needs|require\w*) (a |an )?(scan|mri|x ?ray|imaging|referral) (\w+ ){0,2}(before|first)\b",
)
# The patient's own, current pain: "my back", "I've been sore", "for three weeks".
_PERSONAL = re.compile(
    r"\b(i|i have|i be|i have be|i am|i've) (\w+ ){0,3}(hurt|sore|pain\w*|ach\w*|injur\w*|strain\w*|tweak\w*|pull\w*|do my back|put my back out)\b|"
    r"\b(for|since|past|last) (\w+ ){0,2}(day|days|week|weeks|month|months|fortnight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(it|its|it be|it have be) (\w+ ){0,2}(sore|bad|hurt\w*|kill\w*|ach\w*)\b|"
    r"\b(\d+|a|two|three|four|five|six|few|couple of|several) (day|week|month|fortnight|year)s?\b|"
    r"\b(yesterday|this morning|last night|last week|ago)\b|\b\d+ ?(/|out of) ?10\b|"
    r"\b(pain|back|it|sciatica) (\w+ ){0,2}(be|get|getting|got) (\w+ )?(worse|wrong)\b|"
    r"\b(my|his|her|\w+ s|\w+ be) (\w+ ){0,3}(back|neck|spine|hip|leg)\w* (\w+ ){0,2}(be|feel\w*|get\w*) (\w+ ){0,2}(stiff|sore|tight|painful)\b|"
    r"\b(this|last) (week|month|fortnight)\b|\b(never|not) (have |had )?(have |had )?(back|this) pain before\b|"
    r"\b(no|not any|none of the) (\w+ ){0,4}(tingl\w*|numb\w*|weak\w*|bladder|symptom\w*|red flag\w*|warn\w* sign\w*)"
)

_NEGATORS = {"no", "not", "never", "without", "nor", "neither", "none", "zero", "deny", "denies", "denied", "nothing", "nil"}
_NEGATION_STOP = {"and", "but", "because", "so", "since", "as", "then", "plus", "also", "which", "that", "when", "just", "only",
                  "until", "till", "til"}
# "can't", "couldn't", "not able to": inability is the sign itself, not a denial of it.
_ABILITY = {"can", "could", "able"}
# Not "is that normal?": a question, not a statement that all is well.
_FINE_WORDS = re.compile(
    r"(?<!be that )(?<!is that )(?<!be this )(?<!is this )(?<!be it )(?<!is it )\b(fine|normal|normally|ok|okay|good|great|alright|all right|perfect|unaffected|regular|clear|as usual|a usual|behav\w*|"
    r"intact|unremarkable|nad|wnl|within normal limits|preserved|(get|got|gotten|getting) (\w+ )?(better|well)|(be|been) (\w+ )?better|"
    r"same as always|under control|working properly|grand|(be |is )?(go|gone) now|come back (fully|completely|to normal)|get\w* (better|well) (each|every|by the) day|recover\w* well|nothing (unusual|different|wrong|new|change\w*)|"
    r"(completely|totally|fully|all) (go|gone|resolv\w*|disappear\w*|better|recover\w*)|back to normal|"
    r"(all )?in (good |full )?working order|without (any )?(problem|issue|trouble|difficult)\w*|(have |has )?not chang\w* (at all|one bit)|work\w* (fine|normally|as normal)|same a?s? (ever|usual|normal|before|always)|"
    r"(as |still )?strong (a?s? )?(ever|always|usual|before)|still strong)\b"
)
# "full control of my bladder", "normal feeling in my groin": said to be fine before the sign.
_FINE_BEFORE = re.compile(
    r"\b(all|everything) (be |is |s )?(good|fine|ok|okay|normal|sweet) (with|in|on|re) (the |my )?$|"
    r"\b(full|total|complete|normal|good|perfect|regular) (control|feeling|feel|sensation|strength|power|function|bowel movement\w*|movement\w*)( of| in| over| around)?"
    r"( my| the)?( \w+ (and|or|/|&)( my)?)? ?$|\bfeel (everything|it all|all of it|fine|normal\w*)( when| while)?( i)? ?$|"
    r"\b(can still|still can|still able to|still be able to) (feel|control|hold|tell|sense|empty)( \w+){0,2} ?$|"
    r"\b(know|can tell|feel|sense|notice) when (my|i (need|want|have) to) ?$|\b(regular|normal) ?$"
)
# "fever - no", "cancer history: none", "weak legs - no", "Fever N / Chills N": a form-style
# answer after the sign, at the end of its clause or of its item in a "/" list.
_ANSWERED_AFTER = re.compile(
    r"^\s*((/|and|or|&) \w+ |history |\w+ (?=[:=?—–-])|(\w+ ){1,2}(?=(no|none|nil|n|negative|nad|absent)\s*(/|$)))?[:=?—–-]?\s*"
    r"(no|none|nope|nah|nil|negative|never|n/a|n|nad|absent|not really|i (have|do|did|be) (not|never))\s*(/|$)"
)
# "legs not getting weaker": said not to be so, without an auxiliary verb.
_NOT_BECOMING = re.compile(r"\b(not|never) (get|getting|go|going|become|becoming) (\w+ )?(weak|numb|worse)")
_UNCERTAIN = re.compile(r"\b(not (be )?(sure|certain)|unsure|do not know|not know|maybe|might|possibly)\b")
_HYPOTHETICAL = re.compile(
    r"^(if|what if|in case|suppose|supposing|imagine|say|hypothetically)\b|\bwhat if\b|\bin case\b|\bif ever\b|\bshould (i|you|someone) ever\b|"
    # "were I to notice difficulty urinating, would that be ..."
    r"^(were|be) (i|you|someone|anyone|a person|my \w+) (ever )?to\b|^had (i|you|someone|anyone|a person|my \w+) (ever )?(notice\w*|develop\w*|experienc\w*|got|lost)\b|(?<!tell )(?<!know )(?<!sure )(?<!notice )\bif i (ever|get|start|have)\b|\bif (my|your|the) (\w+ ){0,2}ever\b|"
    # "my wife would tell me if I'd lost weight"
    r"(?<!can not )(?<!could not )\b(tell|told|notice|know|knew|say|said)\w* (me |us |you )?if i\b(?! (should|need|must|have to|ought))|"
    # "what would you do if someone told you they couldn't feel their bum?", "how soon should someone be seen if they get ..."
    r"\bwhat would (you|it|the bot) (do|say|tell \w+) if (someone|somebody|a patient|a person|anyone|people|they|a user)\b|\bif (they|someone|somebody|a person|a patient|people) (get|have|notice|develop|experienc)\w*\b|"
    # "I'm scared that one day my legs will just give out"
    r"\b(one day|some day|someday|eventually) (\w+ ){0,3}(will|would|might|could|may)\b|"
    r"\b(worr\w*|scared|afraid|terrified|fear\w*) (about|of) (\w+ ){1,4}(one day|some day|someday|in the future|eventually|later in life)\b|"
    r"^(could|can|would|might|will) (my|your|a|the|someone s) (\w+ ){0,3}(go|get|become|start|turn|give) (\w+ ){0,2}(from|because of|with|due to|if)\b"
)
# "a slipped disc can make you incontinent": about people in general.
_GENERIC_CLAIM = re.compile(
    r"\b(make|makes|cause|causes|give|gives) (you|people|someone|anyone|a person|folk\w*)\b|"
    r"\b(you|people|someone|anyone|a person) (can|could|might|may) (get|have|lose|become|end up)\b|"
    # What someone said or what was read, about no one in particular: "my friend said numbness
    # in the groin is serious". "My wife says my foot drags" stays a report.
    r"\b(say|said|tell|told|reckon|write|wrote|read)\w* (\w+ ){0,3}(that )?(?!.*\b(i|my|me|mine)\b)"
    r".*\b(mean\w*|serious|cause\w*|sign of|dangerous|=)"
)
_QUESTION_START = re.compile(
    r"^((\w+ ){0,3}: )?(?!be (honest|straight|real|frank|blunt|truthful)\b)(what|which|why|how|who|is|are|be|do|does|can|could|should|would|will|whats|tell me|explain|describe)\b(?! not)|"
    r"^((\w+ ){0,3}: )?(when|where) (should|do|does|is|are|be|can|would|will|to)\b|^(in|under) (what|which) (circumstance|situation|case|condition)s?\b|"
    r"^(at|by|from) (what|which) (point|stage)\b"
)
_REPORTING = re.compile(
    r"\b(i|we|he|she|they) (\w+ ){0,2}(have|get|got|be|feel|notice|keep|start|can not|can|lose|lost|do not)\b|"
    r"\bmy \w+( \w+)? (be|feel|have|keep|go|give|start)\b|\bbe it normal (for me )?to\b|\b(since|started|starting|today|yesterday|this morning|last night|now)\b"
)
_NOTHING_NOTICED = re.compile(
    r"\b(not|never|no)\b (\w+ ){0,2}notic\w* (anything|any change\w*|nothing) (\w+ ){0,2}(when|with|in|about|while) (\w+ ){0,5}$"
)
_HYPOTHETICAL_CHECK = re.compile(
    r"\b(if (i|you|my \w+) (ever|got|get|were|was|had|could not|can not|went|started|develop\w*|fell|fall|lost|lose|notic\w*)|in (the )?future|"
    r"(were|had) (i|you) (ever )?to|if (someone|somebody|anyone|a person|people)(?! (\w+ ){0,2}(check|look|examin|assess|see)\w*\b)|"
    r"hypothetical\w*|generally|in general|someone s|somebody s|just curious|out of curiosity|who (should|do|can|would) i (call|ring|phone|contact) (\w+ ){0,3}if i (ever )?(think|feel|believe))\b"
)
_HAPPENING_NOW = re.compile(
    r"\b(now|since|today|yesterday|currently|at the moment|this (week|morning|afternoon|evening)|last night|right now|lately|"
    r"for \d+ (day|week)s?|for (a few|a couple of|two|three) (day|week)s?|mine|i have (got )?(it|this|that))\b"
)
_DENIED_EXAMPLES = re.compile(
    r"\b(not|never|no|none)\b (\w+ ){0,3}(any|none )?(of )?(the |those |these |your )?(\w+ ){0,2}(symptom|sign|thing|problem|red flag)\w* "
    r"(like|such as|eg|e g|including) (\w+ ){0,4}$"
)
# "what signs of infection should I watch for afterwards?"
_WHAT_TO_WATCH_FOR = re.compile(r"\b(what|which) (\w+ ){0,3}(sign|symptom)\w* (\w+ ){0,4}(should|do|would|to|must) (i|we|you) (\w+ )?(watch|look|keep an eye|check)")
# "can the epidural I'm booked in for cause an infection?", unless the patient has it: "can a disc cause the numbness I've got?"
_CAUSE_QUESTION = re.compile(r"^(can|could|will|would|might|do|does) (the|a|an|my|this|that) (\w+ ){0,8}cause\b")
_REPORTED_TO_HAVE = re.compile(r"\bi (be |have )?(have|get|got|feel|notice|notic\w*|start\w*|keep)\b|\b(mine|now|since)\b")
# "why did my physio ask about night sweats", "what does foot drop mean"
_ASKING_ABOUT = re.compile(r"\bhow (would|do|does|can|could|will) (someone|anyone|people|a person|one|they) (know|tell)\b|\b(tell|teach|advise|warn) (our |my |the )?(client|patient|customer|student|member|athlete|people)\w*\b|\b(ask\w*|mean|meaning|matter\w*|link\w*|connection|relationship|check\w* for(?! me\b| us\b)|look\w* (out )?for|watch\w* (out )?for|screen\w* for|test\w* for|difference|common|rule out|important)\b|\b(symptom|sign)\w* (that )?(need|require|warrant)\w*\b")
# "does my pain mean something is wrong", "when should I worry about this pain of mine":
# a question shaped like a general one, about the patient's own pain.
_OWN_PAIN = re.compile(r"\b(my|this) (\w+ ){0,2}(pain|back|symptom\w*|sciatica)\b(?! (in general|generally))|\bof mine\b|\bthe pain (have|has|had) (move|spread|shift|get|got|become|start)\w*|"
                       r"\bi (have )?(have|had|get|got) (\w+ ){0,2}(back pain|backache|sciatica)\b|"
                       r"\bmy (left |right )?(leg|legs|hip|hips|foot|feet|bum|buttock\w*|groin|thigh\w*) (to )?(ache|hurt|throb|burn|be sore)\b")
# A full stop ends a clause, but not in "39.2" or an ellipsis ("he can't... perform").
# ", then ..." carries on the clause before it: "the weakness got better, then worse again".
_CLAUSE_SPLIT = re.compile(r"(?<![\d.])\.(?![\d.])|[;!?\n()]+|,(?! then\b)|\b(?:but|although|(?<!as )(?<! a )though|however|except|whereas|yet)\b")
# A saddle that is a thing, unless the next few words make it the body's saddle area.
_NOT_THE_AREA = r"(?!( \w+){0,3} (area|region|numb\w*|tingl\w*|anaesth\w*|anesth\w*|sensation|feel\w*|pins|dead|asleep|fuzzy))"
_IDIOMS = tuple(re.compile(p) for p in (
    r"\b(kill|killing) me\b", r"\b(nearly|almost) (wet|pee|wee)\w* (my|me)sel\w*",
    # "got the shivers watching that horror movie", "practising the foot drop test on me"
    r"\b(the )?(shivers|chills) (\w+ ){0,1}(watch\w*|read\w*|listen\w*|think\w* about)\b", r"\bfoot drop test\b",
    r"\bdie (of|from|laugh\w*) (laughter|laugh\w*|embarrass\w*|boredom|shame)", r"\bdying (to|for)\b",
    r"\b(nearly|almost) die\w* (laugh\w*|of)", r"\bfall\w* asleep\b|\bfell asleep\b", r"\bkill for\b",
    r"\bcould kill\b", r"\bfall\w* apart\b", r"\b(back|knee|hip|leg|legs|body|neck) (do |does |will |would )?not go on (me|her|him|them|us)\b", r"\bfever pitch\b", r"\b(fall|fell|fallen|falling) for (the|that|this|it|his|her|their|a|an)\b",
    r"\b(golf|footy|football|soccer|cricket|rugby|tennis|cabin|spring|gold|election|world cup|olympic|finals|grand final|wedding|baby|saturday night) fever\b", r"\bfall(en)? behind\b", r"\b(fall\w*|fell) off the wagon\b",
    r"\b(fall|fell|fallen|falling) (head over heels )?in love\b", r"\bshiver\w* (\w+ ){0,1}down my spine\b",
    r"\bto die for\b", r"\bdead on (my|his|her|our|their) (feet|foot)\b", r"\bnumb (about|to) (the|it|this|everything|all)\b", r"\bcrash\w* (out of|course|on the (couch|sofa|lounge))\b",
    r"\b(piss|pee|wee|wet|poo|poop|shit|crap)\w* (my|me|them|him|her|your|our) ?sel\w* (laugh\w*|with laughter)\b",
    r"\b(nearly|almost) (piss|poo|poop|shit|crap)\w* (my|me) ?sel\w*", r"\bweak at the knee\w*",
    r"\b(nearly|almost) (lose|lost) control of my (bowel|bladder)\w*", r"\bdead (leg|arm)\b (\S+ ){0,6}(come|came|go|went) (back|away)\b",
    r"\b(pull|cut|drag|got|get|rescu)\w* (someone|somebody|people|a (man|woman|guy|lady|driver|patient|kid)) (out )?(of|from) (a|the) (car |bad |nasty )?(crash|wreck|accident)",
    r"\bcancer scare\b", r"\bcancer (cover|insurance|polic\w*|rebate|charit\w*|research|awareness|fundrais\w*|walk|run|fun run|relay|appeal|council|society|foundation|institute)\b",
    r"\brotten (week|day|month|year|time|luck|weather|run)\b", r"\bwobbly legs? (club|group|crew|gang|society)\b",
    r"\bin the saddle (all|for|every|most|on|again)\b", r"\bsteroid (cream|ointment|inhaler|puffer|nasal spray|eye ?drop)\w*",
    r"\b(do|doing|work\w* in|provid\w*) incontinence care\b", r"\bcancer ?free (my (whole|entire) life|all my life)\b",
    r"\bpelvic floor (\w+ ){0,2}(for|to help|to strengthen) (my |the )?bladder\b", r"\b(continence|pelvic floor) physio\w*\b",
    r"\b(fall\w*|fell|slipp\w*|drop\w*) (down|off|to the bottom of) (your|the|a|my) (\w+ )?(waiting )?list\b",
    r"\bthe saddle (be|is|s|feel\w*) (quite |very |too |a bit |really |so |pretty )?(hard|uncomfortable|comfy|comfortable|narrow|wide|high|low|soft|small|big)\b",
    r"\b(better|comfier|wider|softer|different|new|old) saddle\b" + _NOT_THE_AREA, r"\bsaddle\w* (need|fit|pad|bag|height|help)\w*\b",
    r"\bwipe\w* out (after|from|following) (\w+ ){0,2}(gym|work|shift|day|week|session|class|training|workout|run|game|match|walk|hike|exercise|chemo|party)\b",
    # Not "a numb patch where I'd sit on a bike saddle": what the saddle touches.
    r"(?<!sit on a )(?<!sit on the )(?<!sit on my )(?<!sat on a )\b(horse ?riding|riding|horse|pony|bike|bicycle|cycling|racing|western|english|leather|gel) saddle\w*\b" + _NOT_THE_AREA,
    r"\bsmash\w* (out )?(all |the |a |an |some |my )?(\w+ ){0,2}(housework|chore\w*|job\w*|work|list|task\w*|set\w*|rep\w*|session\w*|workout\w*|shift\w*|garden\w*|clean\w*|washing|ironing)\b", r"\bfever for (?!(\d|a|an|the|about|over|nearly|almost|several|two|three|four|five|six|seven|day|days|week|weeks|hour|hours|a few)\b)\w+", r"\bsaddle\w* (on|of) (the |my )?(bike|bicycle|horse)\b", r"\bcancer (be |is )?(my )?(star sign|zodiac|horoscope|sign)\b", r"\b(give|gave|giv\w*) me (the )?chill\w*", r"\b(get|got|getting) (the )?chill\w* (\w+ ){0,2}(watch|listen|read|think|hear)\w*", r"\bcrash\w* (at|on) (\w+ ){0,3}(couch|sofa|lounge|bed|place|house)\b", r"\btumbl\w* (in|down) the (ranking|ladder|standing|table|poll|chart|price)\w*", r"\b(weak|jelly)\w* (\w+ ){0,1}(from|with) laugh\w*", r"\blo(se|st|sing) (\w+ ){0,2}(weight|kilo\w*|pound\w*|kg) (from|off|out of) (my |the )?(wallet|bank account|purse|budget)\b",
    r"\b(lose|lost) the will to live (\w+ ){0,2}(build\w*|assembl\w*|put\w* together|queue\w*|wait\w* (on hold|in line)|on hold|fill\w* (in|out)|sit\w* through|watch\w*)\b",
    # "my phone fell down the stairs and smashed": things fall too.
    r"\b(phone|mobile|key|keys|glass|glasses|cup|mug|plate|laptop|tablet|book|box|bag|tv|picture|frame|vase|bottle|shelf|pot)\b ((?!and |then |so |but )\w+ )?(fall|fell|fallen|drop\w*)\b(( \w+){0,4} and (smash|crack|break|broke|shatter)\w*)?", r"\b(test\w*|reflex\w*|gp|doctor|dr|physio|neuro\w*)\b.{0,120}?\bhit\w* my (knee|knees|ankle|ankles|elbow|elbows) with (the|a|her|his|a little|a small|a rubber) (\w+ )?hammer\b", r"\b(take|took|taken|taking) a (big |massive |bit of a )?hit from\b", r"\b(study\w*|studied|lectur\w*|research\w*) (\w+ ){0,2}(oncology|cancer)\b", r"\b(see|saw|seen) (a lot of|lots of|plenty of|so much) cancer\b",
    r"\bfall (colou?r|leaves|foliage|season|semester|term|fashion|line ?up)\w*|\bfall of the year\b",
    # "I'm wiped out for three days": exhausted; "wiped out by a car" is still a fall.
    r"\b(be|feel|felt|get|got|left) (totally |completely |absolutely |utterly |properly |pretty |so |really |just |a bit |bit |kinda |kind of )?wipe\w* out\b(?! by)",
    r"\b(chill|goosebump|cold sweat)\w* (\w+ ){0,1}(watch|listen|hear|read)\w*",
    r"\b(footy|football|cabin|spring|gold|disco|election|world cup|olympic|final|finals|grand final|saturday night)\w* fever\b|\bfever dream\w*",
    r"\bsaddle\w* (up|with)\b", r"\b(knee|leg)\w* (go|went|goes|going|turn\w*) (\w+ )?(to )?(weak|jelly|wobbly) (every time |whenever )?(when|at|after|over|i see|i look|i hear|i think)\b",
    r"\b(back|spine|knee|hip|shoulder|neck)\w* (have |has )?(be |been |is |s )?(\w+ )?crook\b",
    r"\b(nearly|almost|thought i would|thought i had) (\w+ )?(poo|poop|pee|wee|wet|piss|shit|crap)\w* (my|me|him|her) ?(pant|trouser|self|selves|knicker|undie|jean|sel)\w*",
    r"\b(be |been |on )pins (and|n|&) needle\w* (wait|about|over|until|till|for)\w*|\bon pins (and|n|&) needle\w*",
    r"\blaugh\w* so hard (\w+ ){0,5}(wet|pee|wee|piss)\w*",
    r"\b(fall|fell|fallen|falling) for (the|his|her|their|that|a|an) (\S+ ){0,3}(pitch|line|trick|scam|sale\w*|hype|ad|advert\w*|marketing|story|deal)\b",
    r"\b(laptop|computer|pc|phone|app|website|system|screen|server|market|share|stock|internet)\w* (\w+ ){0,2}crash\w*",
    r"\bbladder (in|of) (my|the|a|his|her) (footy|football|ball|soccer ball|netball|basketball|rugby ball)\b|\b(footy|football|ball) bladder\b",
    r"\bfeel\w* (\w+ )?(rotten|awful|terrible|horrible|bad|sick) (about|for) (it|that|this|snapp\w*|yell\w*|what)\b",
    r"\b(sit\w*|sat|perch\w*) on (\w+ ){0,2}stool\w*|\b(bar|kitchen|pub|high|piano|step|wooden|breakfast) ?stool\w*",
    # A pelvic floor cue: "squeeze like you're stopping a wee".
    r"\b(as if|like|as though) (you|you be|you are|you re) (try\w* to )?(stop|hold)\w* (a |the |your )?(wee|pee|fart|wind|poo|flow|urine)\b",
    # Suicide or self-harm as a subject of work, policy or study, or asked of patients in general.
    r"\bsuicide (prevention|awareness|training|polic\w*|protocol|risk assessment|statistic\w*|rate\w*|research)\b",
    r"\b(polic\w*|protocol|procedure|pathway|training|essay|research|helpline\w*|number\w*) (\w+ ){0,3}(for|on|about|in|to) (\w+ ){0,2}(patient|client|people|staff|someone|anyone)\w* (who|with|that) (\w+ ){0,2}(suicid\w*|self ?harm\w*)(?! like me)",
    r"\b(someone|somebody|a person|people|patient\w*|a family member|a loved one|men|women) (\w+ ){0,6}at risk of (suicid\w*|self ?harm\w*)",
    r"\bask\w* (\w+ ){0,2}(if|whether|about) (you|patient\w*|people|they) (have|had|be|are|feel) (\w+ ){0,2}(thought\w* of )?(suicid\w*|self ?harm\w*)",
    r"\bsuicide squad\b", r"\bsuicide (sprint|run|drill|squat|lap|shuttle)\w*", r"\bsho(o)?t my ?self in the foot\b", r"\bcancer \W*(star sign|zodiac|horoscope)", r"\bsaddle ?sore\w*", r"(?<!sit on a )(?<!sit on the )\b(bike|bicycle|horse|new|hard|any|good|best|comfy|comfortable|gel|padded|wider|wide|softer|better|different|cut ?out) saddle\b",
    r"\bsaddle on (my|the|a|her|his) (\w+ )?(bike|bicycle|horse|pony|trainer)\b",
    r"\b(horse|pony|mare)( be| s)? saddle\w*\b" + _NOT_THE_AREA,
    r"\bsaddle (be|is|was|were|feel|felt) (so |very |really |too |a bit |quite )?(comfy|comfortable|uncomfortable|hard|soft|high|low|new|wide|narrow|great|good)\b", r"\baccident (and|&) emergency\b|\ba (and|&) e (department|dept|nurse|doctor|ward)\b",
    rf"\b(nowhere near|not near|not anywhere near|away from) (my |the |his |her )?{_SADDLE}",
    r"\bsaddle\w* (recommend\w*|suggestion\w*|advice|shop\w*|brand\w*|height|bag|pack|fit\w*|upgrade)\b",
    r"\b(work|job|nurse|nursing)\w* (\w+ ){0,3}(in|on) (the |an? )?(oncology|cancer|palliative) (care|ward|unit|centre|center|clinic|department)?",
    r"\bnight (fill|shift|work|duty)\w*", r"\b(?<!my )(cancer|oncology|urology|continence|palliative|stoma|aged care) (nurse|ward)\w*", r"\bnot feel\w* (like )?my ?self( at all)?\b(?! ((properly|really|much|right|anything|a thing|at all) )?(when|down|in|around|between|on|there|pee\w*|wee\w*|go|going|urinat\w*|poo\w*|come|coming)\b)", r"\bcancer (survivor|patient)\w* (story|stories|blog|post)\b",
    r"\b(?<!my )(cancer|oncology) (patients|wards|units|charit\w*|research|fundraiser\w*|awareness)\b",
    r"\b(with|around|among|visit\w*|nurs\w*|car\w* for|look\w* after|help\w*) (\w+ ){0,2}(cancer|oncology) patient\w*",
))
_TRANSIENT = re.compile(
    # Not "it doesn't go away when I get out and walk around".
    r"(?<!not )(?<!never )\b(go|went|goes|gone) away (\w+ ){0,4}(stand|stood|get up|got up|move)\w*|"
    r"\b(numb\w*|tingl\w*) (\w+ ){0,6}(stop\w*|ease\w*) (\w+ ){0,2}(once|when|after) (i )?(stand|stood|get up|got up|stop\w* sit\w*|change\w* (chair|seat)\w*)\b|"
    r"(?<!not )(?<!never )\b(go|went|goes|gone|pass\w*|settle\w*|fine|normal|come good|came good|come right|came right|wear\w* off|wore off) (\w+ ){0,2}(after|when|once|as soon as|a soon a) (i )?"
    r"(be off|stand|stood|get up|got up|move\w*|get off|got off|get out|got out|hop\w* off|jump\w* off|climb\w* off|stop\w* sit\w*|change\w* (chair|seat)\w*|walk\w* around)\b|"
    r"\bfor (a few|a couple of|\d+) (minute|min|second|moment)s? (after|afterwards)\b|\b(go|gone|went) (away )?(by the time|before) i (get|got) (home|off|back)\b|(?<!not )\bfrom sit\w* (on|in|too|through)\b|"
    r"\b(on|during|after) (a |the |every )?(long |\d+ ?(hour|hr) )?(flight|plane|drive|car ride|road trip|bike ride|cycle|movie|film)\w*|\bfrom (a |the )?(long )?(bus|coach|train|car|plane) (trip|ride|journey)\b|"
    r"\bturn\w* out (\w+ ){0,5}(sit|sat|sitting) on (my|a|the) (wallet|phone|key\w*|purse)\b|\b(because|cause|from) i (sit|sat) on (it|them|my (foot|feet|leg|legs))\b"
)
_OTHER_PEOPLE = (
    r"(resident\w*|mum|mom|mother|dad|father|grandad|grandpa|grandma|granny|gran|nan|nanna|aunt\w*|uncle|brother|sister|"
    r"cousin|friend|mate|wife|husband|partner|kid|kids|son|daughter|neighbour|neighbor|colleague|relative\w*|toddler|baby|child|children|"
    r"grandson|granddaughter|grandkid\w*|grandchild\w*|bf|gf|boyfriend|girlfriend|fianc\w*|hubby|grandfather|grandmother|grandparent\w*|old man|old lady|client\w*)"
)
_SOMEONE_ELSE = re.compile(rf"\b({_OTHER_PEOPLE}|family|nurse|council|charity|fun run|research|awareness|dog|cat|member\w*|student\w*|movember|fundrais\w*|bake sale|raffle|relay for life)\b")
# "mum's myeloma is stable but she has new back pain": the other person has the pain.
_THEIR_PAIN = re.compile(r"\b(she|he) (\w+ ){0,8}(pain|sore|ach\w*|hurt\w*|agony|excruciat\w*)\b|\b(she|he) (\w+ ){0,6}can not (bend|move|walk|stand|get up|sit|get off|get out of)\b|\b(complain\w*|moan\w*|whing\w*) (\w+ ){0,2}(about )?(her|his|their) (back|spine)\b|\b(her|his) (\w+ ){0,2}(back|spine) (\w+ ){0,3}(pain\w*|sore|ach\w*|hurt\w*|bad|worse|agony|kill\w*|wreck\w*|excruciat\w*|bruis\w*)\b|"
    r"\b(he|she) (\w+ ){0,2}(cr(y|ie)\w* out|scream\w*|can not (move|walk|stand|get up))|"
    # "my 14yo son has back pain with a high temp", "my client (I'm a support worker) has had back pain"
    rf"\b{_OTHER_PEOPLE}( s)? ((?!(i|my|me)\b)\S+ |\( [^()]* \) ){{0,7}}(have|has|get|got|with) (\w+ ){{0,2}}(back|spine|neck)? ?(pain|ache|sore)|"
    # "resident ... no longer able to weight-bear since back pain onset"
    rf"\b{_OTHER_PEOPLE} ((?!(i|my|me)\b)\S+ ){{0,16}}(since|after|with) (the |a |her |his |their )?(back|spine) (pain|ache|injury)")
# "I had chemo as a child": the patient's own past, not someone else's.
_OWN_CHILDHOOD = re.compile(r"\b(as a|a a|when i (be|was) a|since i (be|was) a) (child|kid|teen\w*|baby|toddler|little one)\b")
# "the dog knocked me over": someone else's doing, the patient's fall.
_DONE_TO_ME = re.compile(r"\b(knock|hit|bowl|push|shove|run|ran|crash|slam|tackl|flatten|drag|pull|trip|throw|threw)\w* (\w+ )?(me|my ?self)\b")
# A pet's cancer or illness explains the words away; a dog that knocked the patient over does not.
_PETS = re.compile(r"\b(dog|dogs|cat|cats|puppy|kitten|pet|pets|horse|budgie|rabbit|dachshund|sausage dog|labrador|kelpie|greyhound|corgi|"
                   r"poodle|spaniel|terrier|retriever|beagle|bulldog|staffy|cavoodle|collie|german shepherd)\b")
# "the puppy had an accident on the carpet"
_PET_ACCIDENT = re.compile(rf"{_PETS.pattern} (\w+ ){{0,2}}(have|has|had|make|made|do|did) (an? |another |the )?accident")
# "my horse has lost weight", unless the writer's own weight or sweats are in the same clause.
_WRITERS_OWN_SYSTEMIC = re.compile(r"\bi (have |be )?(lose|lost|drop|sweat|feel)\w*\b|\bmy (own )?weight\b")
# "Diet unchanged": a diet named only to say it has not changed.
_UNCHANGED = re.compile(r"\s*(\w+ )?(unchanged|the same|same as (ever|always|before|usual)|no different|as (normal|usual)|(have |has )?not chang\w*)")
_POTTY = re.compile(r"\b(potty|toilet) train\w*")
_PREGNANCY_PRESSURE = re.compile(r"\b(baby|bub|bump)\b (\w+ ){0,3}(kick|press|sit|lean|push|squash)\w* (\w+ ){0,4}bladder")
_COLD_ROOM = re.compile(r"\b(because|cause|from) (\w+ ){0,4}(cold|freezing|heating|heater|weather|winter|air ?con\w*|snow|ice ?bath\w*|cold plunge\w*|plunge pool)\b|"
                        r"\b(power (cut|outage|went out)|blackout|no (heat\w*|power|electricity))\b")
_HOT_ROOM = re.compile(r"\b(air ?con\w*|heat ?wave|heater|heating|heat (on|up)|radiator\w*|electric blanket|doona|duvet|humid\w*|summer|hot (night|room|weather|day))\b")
_LONG_AGO = re.compile(r"\b(\d+|many|several|ten|twenty|thirty|few|couple of) (year|yr)s? ago\b|\bwhen i (be|was) (\d+|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|young|little|small|at school)\b|\bin the (\d0s|[1-9]0 s|sixties|seventies|eighties|nineties)\b|\b(when i (be|was) a|as a|a a) (kid|child|teen\w*|boy|girl)\b|\b(in|back in) (19\d\d|20[01]\d)\b")
_EXERTION = re.compile(r"\b(after|end of|from|during) (\w+ ){0,3}(gym|run|running|leg day|workout|stair\w*|climb\w*|training|cardio|spin|flight\w* of stair\w*|hike|hiking|exercise|squat\w*|marathon|race|session|class|danc\w*|heels)\b|\b(end of|after|during) (the |a |my )?\d+ ?(k|km)\b|"
                       r"\bjust (the|my|a) (\w+ ){0,2}(run|gym|workout|training|marathon|race|session|game|match)\b|\b(final|last) \d+ ?\w* of (the|a|my) (marathon|race|run|half)")
# "no change in diet", "without changing anything", "haven't actually been going (to the gym)":
# the weight went without trying, whatever else the message names.
_UNINTENDED = re.compile(
    r"\bwithout (\w+ )?(try\w*|chang\w*|diet\w*|mean\w* to|do\w* anything)|\bno (\w+ )?change\w* (in|to) (my )?(diet|eat\w*|food|exercise|routine|anything)\b|"
    r"\b(have|has|do|did) not (\w+ )?chang\w* (my |anything|a thing)|\bnot on (a|any) diet\b|\b(have|has) not (actually |even |really )?(be|been) (go|going)\b|"
    r"\bnot (be )?(go|going) to the gym\b|\beat\w* (the same|normally|as usual|as normal)\b"
)
_SINCE_A_BIRTH = re.compile(r"\b(since|after) (\w+ )?(my |the |our |having (my |the |a )?)?(twins|baby|babies|kids|children|pregnanc\w*|childbirth|birth|deliver\w*|first|second|third|\d|last|youngest|eldest|oldest)\b")
_OLD_OR_IMPROVING = re.compile(r"\b(improv\w*|getting better|pelvic floor (physio|exercise)\w*|(years|yrs) ago)\b")
_LEAKING_THINGS = re.compile(
    r"\b(roof|tap|pipe|oil|gas|tyre|tire|boat|tank|sink|radiator|ceiling|hose|"
    r"news|data|password|memory|battery|kettle|fridge|car|engine|hot water|water heater|cistern|dishwasher|washing machine|gutter\w*|shower|"
    r"football|footy|ball|basketball|netball)\b"
)
# "had a UTI in March, antibiotics cleared it", "erection problems sorted years ago": a past
# sign that has resolved, unless it is said to be back.
_PAST = re.compile(
    r"\b(ago|last (week|month|year|summer|winter|spring|autumn|christmas|time|visit|session|appointment)|back in|years|for (a few|a couple of|\d+|several|some) (hour|hr)s?|(year|yr|month|week)s? back|for years?|(as|a) a (kid|child|teen\w*)|(?<!get )(?<!got )used? to \w+|in the (spring|summer|autumn|fall|winter)|"
    r"in (january|february|march|april|may|june|july|august|september|october|november|december|19\d\d|20\d\d))\b"
)
_RESOLVED = re.compile(
    r"\b(sort(?! of\b)|sorted|resolv\w*|clear|cleared|fix|fixed|cure\w*|recover\w*|heal\w*|settle\w*|go away|went away|gone|"
    r"fine since|no (problem|issue|trouble)\w* since|never look\w* back|(come|came) back (completely|fully|to normal)|back to normal|all good|better now|not (any ?more|since)|no longer(?! (able|manag\w*|walk|stand|bear|weight|feel|control|hold|sense|know|tell|get|make it))|wore off|wear\w* off|on the mend|"
    r"(year|yr)s? ago (\S+ ){0,6}(nothing|none) since|not for (a )?(good |few |couple of )?(\w+ )?(year|month|week)s?|(went|go) (completely|once)|sleep\w* (right )?through|"
    r"treat\w* and (it be |it have be )?(go|gone)\b|stop\w* (\w+ ){0,2}(year|month|week)s? ago|long go(ne)?|(nothing|none) (like (that|it) )?now)\b"
)
# "always have", "nothing new there": a lifelong habit of the bladder, unless something changed.
_LONGSTANDING = re.compile(
    r"\b(always (have|has|had|be|been|do|did|get|got)|for (many |several |\d+ )?years?|(my )?whole life|nothing new|same as always|"
    r"since i (be|was) (a )?(kid|child|little|young))\b"
)
_NEWLY = re.compile(
    r"\b(now|suddenly|lately|recent\w*|start\w*|(?<!nothing )new(?! (mattress|bed|pillow|chair|job|car|house|home|shoe\w*|desk|couch|sofa|phone|gym|physio|doctor|gp|exercise\w*|program\w*|routine|puppy|dog|cat)\b)|(1|first) time|worse|\d+ (day|week)s?|few (day|week)s|more than (usual|before|normal)|today|yesterday|this (week|morning)|"
    r"since (the|my|i) (back|injury|disc|fall|accident|surgery|hurt)|since (\w+day|yesterday|last \w+|the weekend|\d+))\b"
)
# "on the loo more because of the laxatives", "since I started drinking 3L of water": more
# trips to the toilet with a cause, and nothing said about control, feeling or the stream.
_BLADDER_CAUSE = re.compile(
    r"\b(because|cause|from|since i start\w*|after|the|only) (\w+ ){0,6}(laxative\w*|codeine|opioid\w*|endone|oxy\w*|tramadol|morphine|iron tablet\w*|water|cuppa|coffee|tea|beer\w*|alcohol|wine|"
    r"drink\w*|diuretic\w*|fluid tablet\w*|caffeine|litre\w*)\b"
)
# "no urge to wee all day, which is weird because I've had 2 litres of water": a drink that
# does not explain it.
_CONTROL_WORDS = re.compile(r"\b(can not|unable|not able|control|leak\w*|wet|accident|empty|stream|dribbl\w*|numb\w*|feel|hold|strain\w*|pass\w* water|only know|urge|weird|strange|despite|even though|"
                            r"(not|never) (\w+ ){0,2}(wee|pee|poo|piss|urinat\w*))\b")
# "I'm his carer, lifting him is wrecking my back": someone else's sign, the patient's own back.
_CARING = re.compile(
    r"\b((his|her|their) carer|carer for|car(e|ing) for (him|her|them|my)|look\w* after (him|her|them|my)|"
    r"(lift|carr|help|driv|push|shower|bath)\w* (him|her|them)\b|push\w* (his|her|their) (wheel ?chair|pram)|"
    r"my own back|ask\w* (about|for) my ?self|ask\w* about my (own )?back)"
)
# "I'm a midwife, half my shift is asking women about their bladders": a job's vocabulary.
_AT_WORK = re.compile(
    r"\b(catheter\w*|pads?|bedpan\w*|commode\w*) (all day|all shift|every shift|on shift|at work)\b|\b(i be|i am|i m|work\w* (as|in|at)|job (as|in|at)) (a |an |the )?(\w+ ){0,2}(nurse|midwife|carer|caregiver|paramedic|receptionist|"
    r"aide|doctor|gp|pharmacist|physio\w*|age\w* care|nursing home|urology|continence|hospital|ward|support worker|care worker|disability)\b"
)
_PAST_ILLNESS = re.compile(r"\b(with|from|during|have|had|get|got) (the |a |my )?(flu|covid|cold|virus|bug|gastro|tonsillitis)\b")
_RETURNED = re.compile(r"(?<!never )(?<!not )\b(come|came|coming) back\b(?! (completely|fully|to normal|normal|100|all the way))|\bagain\b|(?<!never )(?<!not )(?<!i )(?<!we )\breturn\w*|\brecur\w*|\brelapse\w*|\b(it|they) be back\b|"
                       r"\bstill (have|get|run|spik|sweat|shiver|feel (unwell|sick|crook|hot|feverish))\w*")
# Sweats and shakes with a cause in the message: menopause, giving blood, a vaccination.
_DENIED_BEFORE = re.compile(r"\b(no|not|not the|not a)\s*$")
_SWEAT_CAUSE = re.compile(
    r"\b(menopaus\w*|peri ?menopaus\w*|hrt|hot flush\w*|hot flash\w*|giv\w* blood|donat\w* blood|blood donation|vaccin\w*|"
    r"jab|booster|flu shot|spin class|workout|gym|hot yoga|run|jog|training|sauna|cardio|side effect\w*|antidepressant\w*|venlafaxine|"
    r"sertraline|duloxetine|fluoxetine|escitalopram|citalopram|paroxetine|ssri\w*|snri\w*|withdrawal|medication|tablets?|pills?)\b"
)
# A trip with a cause outside the legs: "looking at my phone", "over the dog".
_TRIP_CAUSE = re.compile(
    r"\b(look\w*|star\w*|text\w*|scroll\w*) (at|on) (my |the )?phone\b|\bnot look\w* where\b|\bin the dark\b|"
    r"\bover (the |a |my )?(dog|cat|rug|toy\w*|step|kerb|curb|lead|cord|cable|shoe\w*|bag\w*|box\w*)\b"
)
# "writing a uni essay about incontinence products": a sign as the topic of study or work.
_TOPIC_OF_WORK = re.compile(r"(?<!of a )\b(novel|screenplay|short story|fiction)\b|\b(film|movie|documentary|series|podcast|programme|program|episode) (about|on) (\w+ ){0,2}$|\b(essay|assignment|thesis|dissertation|lecture|presentation|project|article|paper|talk|course|module|exam)\w* "
                            r"(be )?((on|about|into|for) (\w+ ){0,3}|: (\w+ ){0,6})$")
_POPULATION = re.compile(r"\b(all|most|much|lots of|many|plenty of|a lot of) (the |of the )?(\w+ )?(mum|mom|mother|women|woman|men|people|folk|patient|"
                         r"lady|ladies|bloke|runner|player|athlete|old people|elderly)s?\b (\w+ ){0,3}$")
# "crashed my car in Mario Kart"
_GAME = re.compile(r"\b(mario ?kart|video ?game|computer game|gaming|playstation|ps\d|xbox|nintendo|fortnite|gta|forza|sim racing)\b")
# "tripped over my own feet, no harm done" is one slip; tripping again and again is a sign.
_OFTEN = re.compile(r"\b(keep|kept|always|again|more and more|often|every|foot drop|toe|toes|catch\w*|drag\w*|slap\w*|weak\w*)\b")
_SEVERE_MECHANISM = re.compile(r"\b(height|ladder|roof|scaffold\w*|stair\w*|motorbike|horse|high speed|at speed|rollover|roll\w* (my|the) (car|ute)|hit by|thrown)\b")
_OTHERS = re.compile(r"\b(toddler|baby|kid|kids|child|children|son|daughter|dog|cat|puppy|grandchild\w*)\b")
_PAIN = re.compile(r"\b(pain\w*|hurt\w*|agony|brutal|sore\w*|ach\w*|excruciat\w*|severe|injur\w*|killer|back|spine|neck|tailbone|wreck\w*|kill\w* me|in bits|in pieces|shocking|terrible|awful|(can not|hardly|barely) move|bruis\w*|swell\w*|crack\w*|broke\w*|fractur\w*)\b")
# Said of the fall in so many words ("only a small tumble, barely sore"), unlike "he says he's
# fine", which a carer often goes on to contradict: enough to overrule the classifier too.
_NO_HARM_SAID = re.compile(
    r"\b(no (new |severe |real |extra )?pain|no harm|barely sore|(only|just) a (small|little|slow|gentle|tiny) (tumble|fall|slip)|"
    r"(mild|minor|slight)\w* and (eas|settl|improv)\w*|(back|it|spine) (be |s |is )?no different\b|(do not|did not|never) hit my back|just a mouthful|"
    r"and a laugh|not (even )?hurt|no injur\w*|not injur\w*|uninjured|unhurt|without (any )?(pain|injur\w*)|nothing hurt|"
    # "the back pain was there before the fall, it's not any worse"
    r"(pain|it) (be|was) (already )?there before (the|my) (fall|tumble|slip|accident)|not any worse|"
    r"not (a|an) (big|major|huge|bad|serious|hard|heavy|massive) (fall|tumble|slip)|"
    r"(only |just )?a (tiny |little |small )?(bit|bite) (of )?(sore\w*|bruis\w*|tender)|nothing major|(pain|it) (be |is )?[1-3] ?(/|out of) ?10)\b"
)
_NO_HARM = re.compile(r"\b(no (new |severe |real |extra )?pain|no harm|no (worse|wrong)( than (normal|usual|before))?|no different (to|than|from) (usual|normal|before)|"
                      r"same as (usual|normal|before|always)|mostly embarrass\w*|bounc\w* (straight )?(back )?up|(get|got) straight back (up|on)|not (even )?hurt|no injur\w*|not injur\w*|uninjured|without (any )?injur\w*|(caught|catch) my ?self|(catch|caught) (the|a|my|onto the|on to the) (rail\w*|banister|handrail|bench|wall|door ?frame|balance)|(do not|never) (actually |even )?(land|hit the ground|touch the (ground|floor)|fall)|without (any )?pain|unhurt|(be|is|are|have|feel\w*) (completely |totally |absolutely )?(fine|ok|okay)|all fine|feel fine|pain (go|went)( away)?|nothing hurt|nothing (be |was )?broke\w*|no (fracture|break)\w*|x ?ray\w* (\S+ ){0,4}(clear|normal|fine)|(completely|fully|all) (heal|recover)\w*)\b")
_STRONG_PAIN = re.compile(r"\b((a lot of|lots of|so much|heaps of) pain|cry\w*|scream\w*|hurt\w* to breathe|(very|really|extremely|so|super|incredibly) (painful|sore)|agony|excruciat\w*|(?<!no )(?<!not )severe|(can not|barely|hardly) (move|walk|stand|get up|bend))\b")
_ON_PURPOSE = re.compile(r"\b(on purpose|diet\w*|gym|cut (out|down on|back on) (\w+ )?(takeaway|junk|sugar|alcohol|drink|beer|wine|snack|carb|chocolate)\w*|the (whole )?plan|wedding|wed|goal weight|target weight|(weight|kg|kilo\w*|stone|pound\w*) i (want|plan|aim)\w*|challenge|competition|gastric|bariatric|lap band|weight loss (surgery|op|operation)|tr(y|ied|ying) to|intention\w*|meant to|want\w* to lose|calorie\w*|fasting|ozempic|weight watchers?|slim(ming)? world|jenny craig|noom|keto|intermittent fasting|healthy eat\w*|mounjaro|wegovy|saxenda|weight ?loss (injection|jab|shot|pen|drug|medication|medicine)\w*|(gp|doctor|dr|dietitian|specialist) (\w+ )?plan\w*|as plan\w*|training block|in training|marathon|weight cut|cutting weight|on (my |a )?cut|quit (soda|soft drink|sugar|alcohol|booze|grog|beer)|dietitian|dietician|nutritionist|couch to 5k|weight loss program\w*|eat\w* (better|well|healthier|less)|cut\w* (out|back|down) (on )?(sugar|carb\w*|alcohol|booze|grog|junk)|walk\w* every|start\w* (walk|run|swim|cycl|exercis|go to the gym)\w*|more active|(walk|run|swim|cycl|exercis|train)\w* (\w+ ){0,1}(more|much|heaps|every day|daily|a lot))\b")


@dataclass(frozen=True)
class Finding:
    sign: str
    level: str
    evidence: str


@dataclass(frozen=True)
class Assessment:
    red_flags: tuple[Finding, ...] = ()
    crisis: Optional[str] = None
    check: Optional[str] = None
    # Crisis wording that the message denies ("I'm not suicidal", "never hurt myself").
    crisis_denied: bool = False
    # Signs mentioned only to deny them or to ask in general ("my bladder is fine").
    denied: tuple[str, ...] = ()
    # Bladder or saddle wording that the message itself explains away (a toddler's wet bed),
    # and "transient" for a feeling that went once the patient stood up or got off the bike.
    dismissed: tuple[str, ...] = ()
    # Whether to see someone about the patient's own pain (SEE_SOMEONE_PATTERNS).
    see_someone: Optional[str] = None
    # Red-flag words only inside idioms ("I nearly wet myself laughing"). Enough to overrule
    # the classifier's red flag, not its crisis: "everything is falling apart" is no idiom
    # about the body.
    idioms_only: bool = False

    @property
    def level(self) -> Optional[str]:
        levels = {finding.level for finding in self.red_flags}
        if EMERGENCY in levels:
            return EMERGENCY
        return URGENT if levels else None

    @property
    def signs(self) -> list[str]:
        return sorted(finding.sign for finding in self.red_flags)


_IS_CONTRACTED = {"what", "that", "it", "there", "here", "who", "where", "he", "she"}


def normalise(words: Iterable[str]) -> str:
    """Lower-cased words joined by spaces, apostrophes, quotation marks and hyphens dropped,
    contractions spelled out."""
    out = []
    for word in words:
        word = word.lower().strip().replace("\u2019", "'").strip("-\"\u201c\u201d")
        if not word:
            continue
        if word not in _EXPANSIONS:
            word = word.replace("'", "")
        if word == "s" and out and out[-1] in _IS_CONTRACTED:
            # "whats", "thats" without the apostrophe: the tokenizer splits off an "s".
            word = "be"
        out.extend(_EXPANSIONS.get(word, word).split())
    return " ".join(out)


# Words the lookup lemmatizer maps onto a sign word ("number" -> "numb").
_KEEP_AS_WRITTEN = {"number", "numbers", "cos", "coz", "'s"}


def doc_forms(doc: Iterable) -> tuple[str, str]:
    """The two normalised forms `assess` reads from spaCy tokens: lemmas, then words."""
    tokens = list(doc)
    lemmas = (t.text if t.lower_ in _KEEP_AS_WRITTEN else t.lemma_ or t.text for t in tokens)
    return normalise(lemmas), normalise(t.text for t in tokens)


@lru_cache(maxsize=64)
def clauses(text: str) -> tuple[str, ...]:
    # Cached: the rules below look up the clause of each sign in the same message again.
    return tuple(part.strip() for part in _CLAUSE_SPLIT.split(text) if part and part.strip())


# "leg is not weak", "my legs haven't given way": the sign is said not to be so. "Does not
# empty", "can't feel", "doesn't help" report it.
_NOT = r"\b(be|is|are|was|were|do|does|did|have|has|feel|feels|seem|seems) (not|never)\b"
_STILL_A_SIGN = r"(able|control|work|be work|lift|come up|clear|hold|feel|know|tell|sense|empty|pass|stop|help|ease|relieve|settle|improve|change|let up|like|register|respond)"
_STATED_NOT = re.compile(rf"{_NOT}(?! {_STILL_A_SIGN})")
# "... haven't given way", "my bladder is not a problem".
_STATED_NOT_AFTER = re.compile(
    r"\s*(\w+ )?(have|has|had) (not|never) (give|given|gave|go|gone|change|changed|be|been) (way|out|numb|weak|wet)\b|"
    r"\s*(\w+ )?(be|are|is|s|have be|has be) (not|never) (\w+ )?(a |an |any )?(problem|issue|concern|trouble|bother|affect\w*|involv\w*)\b"
)


# "legs don't feel weak": unlike "can't feel", feeling no weakness denies it.
_NOT_FEELING = re.compile(r"\b(do|does|did) not feel (\w+ )?(weak|numb|wobbly|unsteady|tingly|any different)\b")
_FILLER = re.compile(r"\b(any|some) (kind|sort|type|form)s? of\b")
# "it's not that I can't pee", "not as if my legs don't work": the whole clause is denied.
_NOT_THAT = re.compile(r"^(it )?(be |is |s |have )?not (that|as if|a if|like|true that|the case that) ")
# "bowels too", "bowel or legs": a list that carries on the previous clause.
_CONTINUATION = re.compile(
    r"^(\w+ )?(\w+)( (or|and|nor|/|&) (my )?\w+)?( (dysfunction|problem\w*|issue\w*|trouble|change\w*|symptom\w*|loss))?( (too|also|either|as well|neither))?$"
)


def _negated(clause: str, start: int, end: int) -> bool:
    """True when a negator governs the sign (within six words before it, with no
    conjunction in between, and not the "not" of "can't"), when the sign's own words say
    "is not ..." ("leg is not weak"), or when the words after it say it is fine."""
    # A pattern may end inside a word ("trouble pee" in "trouble peeing - no"): what follows
    # the sign starts after its last word.
    end += len(re.match(r"\w*", clause[end:]).group(0))
    # "can't not notice" is no denial; "never had any kind of cancer" is one.
    before = _FILLER.sub("any", _UNCERTAIN.sub(" ", clause[:start]).replace("can not not", ""))
    before = re.sub(r"\bpins? (and|n|&) needles?\b", "pins-needles", before)
    # Clinical notes: "negative for saddle anaesthesia", "no evidence of cord compression".
    before = re.sub(r"\b(negative|neg) for\b|\bno (evidence|sign|signs) of\b", "no", before)
    # "can no longer stand on my toes" is an inability; "not a small fall" was a big one.
    before = re.sub(r"\b(can|could) no long(er)?\b", "can not", before)
    before = re.sub(r"\bno long(er)? (able|can)\b", r"not \2", before)
    before = re.sub(r"\bnot (a|an|just a|only a) (small|minor|little|tiny|slight|simple|gentle) $", " ", before)
    # "not a big fall" was still a fall: whether it did harm is _explained_away's to judge.
    before = re.sub(r"\bnot (a|an) (big|major|huge|bad|serious|hard|heavy|massive) $", " ", before)
    # "never had this before - I can't hold it in": the novelty of what follows, not a denial of it.
    before = re.sub(r"\b(never|not) (have|had|be|been|get|got|experienc\w*) (\w+ ){0,2}(this|that|it|anything like (this|that)) before\b", " ", before)
    # "never had this: in the saddle today I couldn't feel it"
    before = re.sub(r"\b(never|not) (have|had|be|been|get|got|experienc\w*) (\w+ ){0,2}this\s*(:|-)", " ", before).split()
    # The last of a list shares the list's negator: "haven't had any accidents with my
    # bladder or bowel".
    listed = before[-1:] in (["or"], ["nor"]) or (before[-2:-1] in (["or"], ["nor"]) and before[-1:] in (["my"], ["his"], ["her"], ["their"], ["the"], ["your"], ["any"], ["our"]))
    window = before[-10:] if listed else before[-6:]
    for index in range(len(window) - 1, -1, -1):
        word = window[index]
        # "not really: my bum is numb" ends at the colon; "negative for: ..." and "denies: ..." carry on.
        if word in _NEGATION_STOP or (word == ":" and index > 0 and window[index - 1] not in _NEGATORS | {"for"}):
            break
        if word in _NEGATORS and not (word == "not" and index > 0 and window[index - 1] in _ABILITY):
            following = window[index + 1:index + 3] + clause[start:end].split()[:2]
            if not (word == "not" and "able" in following[:2]):
                return True
    if _DENIED_EXAMPLES.search(clause[:start]) or _NOTHING_NOTICED.search(clause[:start]) or re.search(r"\brule\w* out (\w+ ){0,5}$", clause[:start]) or re.match(r"\s*((have|has|had|be|been|was|were|is|are|get|got) )*rul\w* out\b", clause[end:]) or re.match(r"(have |has |do )?(not|never) notice\w* (any|anything|no)\b", clause[start:end]):
        return True
    if re.search(r"\b(no|without|zero) (real |any |obvious )?(weak\w*|drag\w*|wobbl\w*|buckl\w*|collaps\w*|give way|gave way|(loss of|change in|drop in) (strength|power))$", clause[start:end]):
        return True
    # "my legs are not weak": the word named, then said not to be the sign.
    if re.match(r"\s*(\w+ )?(be|are|is|feel|feels|seem|seems) (not|never) (\w+ )?(weak|numb|tingl\w*|wobbl\w*|heavy|dead|giv\w* way|drag\w*|drop\w*|slap\w*)", clause[end:]):
        return True
    if re.search(r"\b(not|no longer|never) (\w+ )?(numb\w*|weak\w*|tingl\w*|dead|heavy)$", clause[start:end]):
        return True
    # "haven't lost control of my bladder", "no trouble holding it": a loss denied, though the
    # pattern starts at the "not".
    if re.match(r"(not|never|no) (\w+ ){0,2}(lose|lost|losing|loss|trouble|problem\w*|difficult\w*|issue\w*)\b", clause[start:end]):
        return True
    # A pattern that starts with its own negation ("don't get the urge to wee") is the sign.
    inner = re.sub(r"^((do|does|did|be|have|has) )?(not|never|no) ", "", clause[start:end])
    if _STATED_NOT.search(inner) or _STATED_NOT_AFTER.match(clause[end:]) or _NOT_BECOMING.search(inner) or _NOT_FEELING.search(inner):
        return True
    # "my sexual function hasn't changed at all": a function unchanged is intact; numbness unchanged is still there.
    if re.match(r"(\w+ )?(function|control|sensation|feeling|strength|power|erection\w*|libido|sex drive|walking|balance)(?! (\w+ )?(loss|problem|issue|change)) (\w+ ){0,2}(have|has|do|does) not chang\w*", clause[start:]) and not re.search(
            r"\b(loss|lost|lose|losing|no|poor|reduced|problem\w*|issue\w*|trouble) (of |with |in )?(my |the )?(\w+ )?$", clause[:start]):
        return True
    # "weight's stable": said of the weight only; a stable myeloma is still a cancer.
    if clause[start:end] == "weight" and re.match(r"\s*(\w+ ){0,2}(stable|steady|unchanged|no different|the same|same as (ever|always|before|usual))\b", clause[end:]):
        return True
    # "fine" said of the sign, not of something in a later part of the sentence ("... and I eat fine").
    full = re.search(r"\b(full|total|complete|normal|good|perfect) $", clause[:start]) and re.match(
        r"(control|feel|sensation|strength|power|function)", clause[start:end])
    if full or _FINE_BEFORE.search(clause[:start]) or _ANSWERED_AFTER.match(clause[end:]):
        return True
    after = re.split(r"\band (i|my|he|she|they|we|say\w*|said|think\w*|reckon\w*|insist\w*)\b", clause[end:end + 60])[0]
    # "foot dragging since Wed / sleep OK": once the sign's item has words of its own, the next
    # item of a "/" list is about something else ("bladder / bowels fine" is one item).
    if re.match(r"\s*\w", after):
        after = after.split(" / ")[0]
    fine = _FINE_WORDS.search(after)
    # "he says his back is fine, but he can't bend": the injured person's claim, not the writer's denial.
    if fine and re.search(r"\b(he|she|they) (say|said|reckon|insist|claim|swear)\w*\b", after[:fine.start()]):
        return False
    # "fine until my back flared up" is how it was; a cancer counts however well it went.
    lost = re.match(r"(orgasm|erection|ejaculat|climax|sensation|feeling|libido|arous|control|strength|power)", clause[start:end])
    if not fine or (lost and re.match(r"(completely|totally|fully|all) go|(be |is )?(go|gone) now", fine.group(0))) or re.match(r"\s*(until|till|til|before|(and |, )?then (\w+ )?(worse|wrong|bad|back))\b", after[fine.end():]) or (re.match(r"(cancer|tumou?r|malignan|leuk|lymphom|myelom|melanom)", clause[start:end]) and re.search(
            r"\b(have|had|diagnos\w*|surviv\w*|treat\w*|beat|beaten|remission)\b (\w+ ){0,3}$", clause[:start])
            and not re.match(r"\s*(screen|test|check|scare|kit|scan|awareness|research)", clause[end:])):
        return False
    return not re.search(r"\b(not|no|never|less|hardly|barely)\b", after[:fine.start()])


# "signs of cancer in the spine", "symptoms it could be an infection": a search-box question,
# unless the patient says it is theirs.
_TOPIC_QUERY = re.compile(
    r"^((early|warning|main|common|typical|first|usual|tell ?tale) )?(sign|symptom)s? (of|for|it (could|can|might|may) be|"
    r"that (it|this|you|someone|a person) (could|can|might|may|have|has|be|is|need))\b(?!.*\b(i|my|me|mine|now|since|today|yesterday)\b)"
)


# "idk what saddle anaesthesia is, can u explain"
_WHAT_IT_IS = re.compile(r"^(idk|dunno|i do not know|not sure|no idea) (what|wat) (a |an |the )?(\w+ ){1,3}(be|is|are|mean\w*)\b(?! (happen\w*|go\w* on|wrong))")


def _general(clause: str) -> bool:
    # "my sister keeps asking what saddle numbness is"; "my GP mentioned foot drop as something to watch for"
    if re.search(r"\b(ask\w*|wonder\w*|want\w* to know|explain\w*) (me )?what (a |an |the )?(\w+ ){1,3}(be|is|are|mean\w*)\b", clause) or re.search(
            r"\b(as|a) (something|a thing|one of the things|a sign|a warning sign) to (watch|look|keep an eye)\b", clause):
        return True
    if _TOPIC_QUERY.search(clause) or (_WHAT_IT_IS.search(clause) and not _REPORTING.search(clause)):
        return True
    if _HYPOTHETICAL.search(clause) or _GENERIC_CLAIM.search(clause) or _WHAT_TO_WATCH_FOR.search(clause):
        return True
    if _CAUSE_QUESTION.search(clause) and not _REPORTED_TO_HAVE.search(clause):
        return True
    if re.search(r"\b(difference\w*|distinguish\w*|tell apart) between\b", clause):
        return True
    if _QUESTION_START.search(clause) and _ASKING_ABOUT.search(clause):
        return True
    return bool(_QUESTION_START.search(clause)) and not _REPORTING.search(clause)


# "my doctor asked about a history of cancer", "you asked about night pain last time":
# what someone else asked about, which the patient answers next, is not a report.
_ASKED_ABOUT = re.compile(
    r"\b(you|doctor|dr|doc|gp|physio|nurse|surgeon|specialist|consultant|anaesthetist|registrar|paramedic|midwife|they|he|she|someone|form|chatbot|bot|assistant|receptionist) (\w+ ){0,1}(ask|asked|asks|asking) (me )?about "
    r"(a |an |any |my |the )?(history of )?(\w+ )??\w+( (and|or|/|&) \w+)*( stuff| thing\w*| question\w*)?|"
    # "I asked about the groin numbness for my mum's friend"
    rf"\b(i|we) (be |was |were |am )?(ask|asked|asking) (you )?about (the |a |an )?(\w+ ){{1,3}}for (my|a|an|our) (\w+ (s|be) )?{_OTHER_PEOPLE}\b"
)


_ANSWERED_YES = re.compile(
    r"((?: \w+){0,2})\W*(yes|yeah|yep|yup|correct|that be me)\b(?!\W*((it|that|they|all|everything) )?(be |s |are )?(fine|ok|okay|normal|good|alright|all good|no change|unchanged|no problem))")


def _unless_answered_yes(asked: re.Match) -> str:
    """What someone asked about drops out, unless the patient answers it yes ("you asked
    about sexual function - yes, I've lost it"): then the topic stays, as a problem reported."""
    answer = _ANSWERED_YES.match(asked.string[asked.end():])
    if not answer:
        return " "
    return f" {asked.group(0).split(' about ', 1)[-1]}{answer.group(1)} problem "


# "is it normal for sciatica to make your perineum go numb? mine has been since I woke up":
# a general question that the patient then says is about them.
_ME_TOO = re.compile(
    r"\bmine (have |has )?(be |been )?(too|as well|since|for|like that|the same)\b|\bmine (start\w*|began|begin|come|came) (\w+ ){0,4}(this morning|today|yesterday|last night|since|ago)\b|\bmine (go|goes|went|run\w*|spread\w*) (down|into|to)\b|\bmine have be\b|"
    r"\bmine (be|is|do|does|have|has)\b(?! (fine|ok|okay|good|normal|not|better))|\b(be|is) mine\s*(\?|$)|\bmine (flare\w*|play\w* up|act\w* up|kick\w* off)\b|\bbe(en)? like (that|this) since\b|"
    r"\b(start\w*|began|begin) (with|after|since|when) (this|my|the) (flare|back|injury|pain|disc|fall|surgery)\b|"
    r"\b(same|happen\w*) (here|to me|with me)\b|\bi have (that|this|it) (now|since|too|at the moment|right now)\b|"
    r"\bbecause i (suddenly |now |just )?can not\b(?! (\w+ ){0,2}(find|remember|work out|understand|decide|tell|afford|sleep))"
)

# "What if I told you I can't lift my toes? Started yesterday"; "the leaflet says new
# incontinence? That's happening to me now"; "no numbness. wait, actually yes, when I wipe":
# a sign asked about, read about or denied, then said to be real after all. The screening
# questions settle what the message leaves unclear.
_TAKEN_BACK = re.compile(
    r"^(and )?(that|it|this|which|they) (be |s |have |has )?((?!not\b|never\b)\w+ )?((actually|really|now|definitely|totally) )*(happen\w*|real|true|the case)\b|"
    r"\b(actually|really|now) happen\w*\b|\bhappen\w* (to me|now|right now|today)\b|"
    r"^(and )?now (it|its|it s|they|that|this) (be |s |have |has )?(happen\w*|come|came|back|every|all the time|constant\w*|there|worse)\b|"
    r"^(it |they |that |this )?(all )?(start\w*|began|begin|come on|came on|kick\w* in) (only )?(yesterday|today|this morning|last night|tonight|"
    r"\d+ (day|hour|week)s? ago|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|last (week|weekend))\b|"
    r"^(not|no) (joke|joking|kidding|lie|lying|a joke|hypothetical\w*|a what if)\b|^actually (yes|yeah|yep|i do|i have|i can|it do|there be)\b|"
    r"^(but )?i (do|did|have|had)( once| before| actually| though)?$|"
    r"^(it be |it s |its )?(just )?((really|very|a bit|quite|so|definitely) )*(faint\w*|dull\w*|muted|less than|reduced|weaker than|patchy)\b"
)
# "can't say I haven't noticed leaking", "I wouldn't say I've got no feeling down there": two
# negations make a report.
_DOUBLE_NEGATIVE = re.compile(
    r"\b(can not|could not|would not|will not|do not) (say|pretend|claim)( that)? (?P<who>(\w+ ){0,3}?)(have |has |do |does |be |am |are |is )?(not|no|never) "
)


# "it's not like the cancer's back, they'd have told me": whether it is back is doubted, that
# there was one is not. With new or unrelenting pain that history is the red flag.
_RECURRENCE_DOUBTED = re.compile(r"\b(the|my|her|his) (\w+ )?(cancer|tumou?r|lymphoma|leuk\w*|melanoma|myeloma)\w* (have |has |be |s )?(not )?(come |came )?(back|return\w*|spread\w*)\b")
# "oncologist said to tell someone if I get new pain anywhere": a cancer team's instruction.
_TOLD_TO_REPORT = re.compile(r"\b(oncolog\w*|cancer (team|nurse|doctor|specialist)|chemo nurse)\w* (\w+ ){0,3}(say|said|told|tell|want\w*|ask\w*) (me |us )?to (tell|report|call|ring|let)\b")
_NEW_PAIN = re.compile(r"(?<!no )(?<!not )\b(new|constant|unrelenting|getting worse|get worse|worse|not get\w* better|not (go|going) away)\b")


def _taken_back(parts: tuple[str, ...]) -> Optional[str]:
    """A clause that says the sign named just before it, only asked about or denied, is real."""
    for index in range(1, len(parts)):
        if _TAKEN_BACK.search(parts[index]) and any(
                SIGN_WORDS.search(part) or any(_first(patterns, part, negatable=False) for patterns in _SIGN_REGEXES.values())
                for part in parts[max(0, index - 3):index]):
            return parts[index]
    return None


# "Is sciatica an emergency? Mine started this morning.": a general question made the patient's own.
# "Went to ED last week and they sent me home. It's still bad. Should I go back?"
_BACK_TO_HOSPITAL = re.compile(r"\b(ed|er|a ?& ?e|hospital|emergency|casualty)\b[^?]{0,120}\bshould (i|we) (go|head) back\b(?! to (work|the gym|gym|school|uni|training|the office|physio))")
_ASKED_FOR_ONESELF = re.compile(r"\b(be|is|become\w*) ((?!not\b)\w+ ){0,3}(an? emergency|serious|dangerous|urgent)\b|\bhow (urgent|serious|dangerous) (be|is)\b|"
                                r"\bmean (something|anything) (\w+ )?(dangerous|serious|bad|sinister)\b")


# "what does it mean if my right foot keeps slapping down when I walk now?": shaped like a
# general question, about something happening to the patient now.
_OWN_QUESTION = re.compile(
    # "why does my foot flop when I walk?": only the patient's own foot does.
    r"^why (do|does|did|be|is|have|has) my (\w+ ){0,2}(foot|feet|leg|legs|toe|toes|bladder|bowel\w*|bum|groin|wee|pee|weight)\b|"
    # "is it normal the numbness moved?"
    r"^(is|be) (it|this) (normal|ok|okay|common) (that |for )?(the|my) (\w+ ){0,2}(have |has |be )?(move|moved|spread|travel\w*|went|gone)\b|"
    r"^(what|why) (do|does|would) it mean (if|when|that) (\w+ ){0,4}(my|i)\b(?=.*\b(now|anymore|any more|lately|keep\w*|all the time|"
    r"these days|since|the last|this (week|morning)|today|yesterday)\b)"
)


# "saw 'saddle anaesthesia' mentioned on Reddit", "I read the cancer survivor's story on
# your blog": something read or heard about, unless the patient says they have it too.
_HEARSAY = re.compile(
    r"\b(read\w*|saw|see|seen|hear\w*|heard|watch\w*) (\S+ ){0,5}(online|on (reddit|facebook|tiktok|youtube|google|instagram|"
    r"the news|tv|the telly|the radio|a forum)|(on |in )?your (blog|website|site|page|leaflet|handout|form)|in (an|the|a) (article|news|paper|magazine|book)|"
    r"(a|the|some) (news )?(post|video|podcast|article|blog|story|documentary|show|episode|programme|program))\b|"
    r"\bread about (a|an|the|some|this|that) \w+|"
    # "the leaflet you gave me lists bladder changes", "the form asked about falls"
    r"\b(leaflet|handout|form|card|poster|checklist)\b (\S+ ){0,6}(list\w*|ask\w*|say\w*|said|mention\w*|warn\w*|fell out)\b|"
    # "In Korea I hear back pain with a fever is dangerous, is it true?"
    r"\bi (hear|heard|read) (that )?(\w+ ){1,9}(be|is|are|can be|mean\w*) (very )?(dangerous|serious|bad|a (bad |warning )?sign|an emergency|a red flag)\b"
)
_OWN_REPORT = re.compile(
    r"\bi (\w+ly )?(have|had|get|got|be|feel|can not|notice\w*|lose|lost|keep)\b(?! (read|see|saw|hear|watch|worr|scare|concern|nervous|anxious|curious))|"
    r"\bmy (\w+ )?(bladder|bowel\w*|leg|legs|groin|bum|weight|foot|feet|wee|pee)\b"
)


def _without_idioms(text: str) -> str:
    for idiom in _IDIOMS:
        text = idiom.sub(" ", text)
    return text


# Compiled once: with the patterns built per message from its own words, there are more than
# Python's regular-expression cache keeps, and evicted ones would be compiled again.
_SIGN_REGEXES = {sign: tuple(map(re.compile, patterns)) for sign, patterns in PATTERNS.items()}
_CRISIS_REGEXES = tuple(map(re.compile, CRISIS_PATTERNS))
_CHECK_REGEXES = tuple(map(re.compile, CHECK_PATTERNS))
_SEE_SOMEONE_REGEXES = tuple(map(re.compile, SEE_SOMEONE_PATTERNS))
_NUMB_WORD = re.compile(_NUMB)
_NOW_THERE = re.compile(rf"(and )?(now )?(it|its|it s|it be|it have|it has|that|now) (?!(\w+ ){{0,3}}(sore|ach\w*|hurt\w*|pain\w*|radiat\w*|throb\w*|"
                        rf"stiff\w*|tight\w*|cramp\w*|shoot\w*|burn\w*|stab\w*)\b)(\w+ ){{0,3}}(in|into|to|round|around|reach\w*) (\w+ ){{0,2}}{_SADDLE}|"
                        # "monday it was just my calf, tonight it's my inner thighs and groin"
                        rf"((and|but) )?(now|tonight|today|this (morning|afternoon|evening)) (it|its|it s|it be) (now )?((in|on) )?(my |the )?{_SADDLE}")
# "monday it was just my calf": the story of the numbness goes on in the next clause.
_STILL_THE_NUMBNESS = re.compile(r"((on )?\w+day|yesterday|last night|this morning|at first|first|before|then|earlier) (it|its|it s|it be|it was)\b")


def _first(patterns: Iterable[re.Pattern], clause: str, negatable: bool = True) -> Optional[str]:
    for pattern in patterns:
        for match in pattern.finditer(clause):
            if not negatable or not _negated(clause, match.start(), match.end()):
                return match.group(0)
    return None


# "I'm not suicidal", "would never hurt myself", "haven't fallen or hurt myself".
_CRISIS_DENIAL = re.compile(
    r"\b(not|never|no) (\w+ ){0,3}(suicidal|suicide|hurt\w* my ?self|harm\w* my ?self|kill\w* my ?self|self ?harm\w*)\b|"
    r"\b(not|never) (go to |going to |gonna )?do (anything|something) (stupid|silly|drastic)\b|\b(not|never|no) (\w+ ){0,2}unalive\b|"
    r"\b(not|never) (\w+ ){0,2}stockpil\w*|\b(be |am )?not in (a|that) (dark|bad) place\b(?! (\w+ ){0,2}(yet|any ?more|now))|"
    r"\bsuicidal\s*\?\s*((god|hell|heavens|goodness|lord|oh) )?,?\s*(no|nope|nah|never|not at all)\b|(?<!used to )\b(have|get|got) (\w+ )?(too much|so much|lots|plenty|a lot|everything) to live for\b|"
    # "my husband keeps asking if I'm having dark thoughts. I'm not."
    r"\bask\w* (me )?(if|whether) i (be |am )?(have |having )?(any )?(dark|suicidal|bad) (thought|idea)s? (\S+ )?(i be not|i am not|i m not|no|nope|i do not|i have not)\b|"
    # "not having any dark thoughts, don't worry"
    r"\bnot (have |having |get |getting )?(any )?(dark|suicidal|scary) (thought|idea)s?\b(\s*$|( ,)? (do not worry|dw|at all|or anything|promise|honest\w*)\b)|"
    # Hyperbole about exercise: "I'd rather die than do another plank".
    r"\brather (die|be dead) than (do|doing) (another|more|one more|any more|the|a|those|these) (\w+ )?(plank|squat|burpee|crunch|sit ?up|push ?up|lunge|exercise|rep|set|class|session|workout|stretch|lap)s?\b"
)


# "not suicidal exactly, but ...": a hedge, not a denial.
# "I wouldn't say I want to end it or anything, but some nights are hard": neither.
_HEDGED_DENIAL = re.compile(r"\b(not|never) (\w+ )?(suicidal|suicide) (exactly|as such|per se|really)\b|\bnot (exactly|really|quite) suicidal\b|"
                            r"\b(would not|not) (really |exactly )?(say|go (that|as|so) far)\b|\b(or anything|or whatever|or owt),? (but|though|yet)\b")


_SENTENCE_END = re.compile(r"[.!?;]")
_ANSWERED_NO = re.compile(r"\s*\?\s*((god|hell|heavens|goodness|lord|oh) )?,?\s*(no|nope|nah|never|not at all)\b")
_BUT_AFTER = re.compile(r"[^.!?]*\b(but|though|yet|except|however)\b")
_AREA_ONLY = re.compile(rf"((all |just |right )?(a?round|in|at|on|near|across) )?(the |my |her |his )?{_SADDLE}( area| region| bit| part)?\s*")
_NUMB_NOW = re.compile(r"(no|zero|lost|lose|lost all) (feel\w*|sensation)\b|(numb(?!ers?\b)\w*|dead|can not feel)\b")
_SENSATION_THERE = re.compile(rf"\b(sensation|feel\w*) (\w+ ){{0,2}}{_SADDLE}")
_MOST_GONE = re.compile(r"\b(much|most|all|half|a lot|lot|some|part) of (it|that|the (feel\w*|sensation)) (\w+ )?(have |has |be )?(go|gone|went|disappear\w*|vanish\w*|fade\w*)\b")
_EXAMPLE_START = re.compile(r"(like|such as|eg|e g|for example|for instance|including)\b")
_SHRUG = re.compile(r"\s*,?\s*(or anything|or whatever|or owt|or nothing like that)\b")


def crisis_wording(text: str) -> Optional[str]:
    """The crisis wording in a normalised text, if any and not denied."""
    return _crisis(text)[0]


def _crisis(text: str) -> tuple[Optional[str], bool]:
    """Crisis wording, unless a negator directly precedes it ("haven't hurt myself",
    "I'm not suicidal"); a wider window would swallow "I don't want to live". Also says
    whether denied crisis wording was seen."""
    denied_seen = False
    for pattern in _CRISIS_REGEXES:
        for match in pattern.finditer(text):
            # Only this sentence's words: "no partner. nobody would notice" denies nothing.
            words = _SENTENCE_END.split(text[:match.start()])[-1].split()
            # "not having any thoughts of ending it", "don't feel like a burden": the denial
            # reaches over the thoughts and the feeling.
            thoughts = len(words) > 2 and words[-1] in {"of", "about"} and bool(re.match(r"(thought|think|idea|plan)", words[-2]))
            feeling = words[-3:] == ["feel", "like", "a"] or words[-2:] == ["feel", "like"]
            before = words[-6:] if thoughts or feeling else words[-3:]
            denied = any(
                word in {"not", "never", "no", "nor", "deny", "denies", "denied"} and not (i and before[i - 1] in _ABILITY)
                for i, word in enumerate(before)
            )
            # "don't feel like a burden or anything": the shrug after it says the sentence's "not" covers it.
            casual = bool(_SHRUG.match(text[match.end():])) and bool({"not", "never", "no"} & set(words)) and not _HEDGED_DENIAL.search(text)
            # "Suicidal? God, no.": the word asked back, then answered.
            casual = casual or bool(re.search(r"suicid|self ?harm", match.group(0)) and _ANSWERED_NO.match(text[match.end():]))
            denied = denied or casual
            # "don't want to live" is a crisis; "don't want to die" or "to hurt myself" says the opposite.
            if not denied or ("want" in match.group(0) and not re.search(r"\b(die|dead|death|hurt\w*|harm\w*|kill\w*|end\w* (my life|it all|it))\b", match.group(0))):
                return match.group(0), False
            # Only an explicit denial of suicide or self-harm counts as one: "no way out" is not; nor
            # "don't want to die, but ...".
            explicit_word = re.search(r"suicid|hurt|harm|kill|top my|off my|do my ?self in|unaliv", match.group(0)) or (
                re.search(r"\b(die|dead|end\w* (my life|it all|it)|burden)\b", match.group(0)) and not _BUT_AFTER.match(text[match.end():]))
            denied_seen = denied_seen or casual or bool(explicit_word)
    explicit = bool(_CRISIS_DENIAL.search(text)) and not _UNCERTAIN.search(text) and not _HEDGED_DENIAL.search(text)
    return None, denied_seen or explicit


# "my walking isn't getting worse", "my foot isn't dropping or dragging": weakness denied in so many words.
_LEG_DENIED = re.compile(r"\b(walk\w*|balance|gait|leg\w*|foot|feet) (be |is |are |have |has |do |does )?(not|never) (get\w* |go\w* |become\w* |be )?(any )?(worse|weak\w*|harder|drag\w*|drop\w*|slap\w*|giv\w* way)")
_DENIABLE_ONLY = re.compile(r"(wip|trip|stumbl|accidents)")


def _clause_index(text: str, evidence: str) -> Optional[int]:
    return next((i for i, clause in enumerate(clauses(text)) if evidence in clause), None)


def _clause_of(text: str, evidence: str) -> str:
    at = _clause_index(text, evidence)
    return text if at is None else clauses(text)[at]


# Signs whose benign explanations (a leaking roof, a toddler's wet bed, the baby pressing
# on the bladder, numbness gone on standing) are specific enough to discount the
# classifier's red flag too. Someone else's cancer or fall is not: patients write for
# their parents.
_EXPLAINABLE = {"bladder_bowel", "saddle_numbness"}


def _window(text: str, evidence: str) -> Optional[str]:
    """The clause with the evidence and the two after it."""
    at = _clause_index(text, evidence)
    return None if at is None else " ".join(clauses(text)[at:at + 3])


def _said_of_the_sign(text: str, evidence: str, marker: re.Pattern) -> bool:
    """The marker is in the sign's own clause, or in the next one when that one points back to
    it or is only a few words ("... some leaking after my second baby, but that was three years
    ago", "tiny bladder, always has been"); a marker about something else later in the message
    ("I can't feel my bum, I had a fever last week that's gone") does not count."""
    at = _clause_index(text, evidence)
    if at is None:
        return False
    parts = clauses(text)
    following = parts[at + 1] if at + 1 < len(parts) else ""
    points_back = re.search(r"\b(that|this|it|which|they)\b", following) or len(following.split()) <= 4
    return bool(marker.search(parts[at]) or (points_back and marker.search(following)))


def _resolved_in_the_past(sign: str, text: str, evidence: str) -> bool:
    """The sign is placed in the past, and the message says it has gone."""
    window = _window(text, evidence)
    if window is None or _RETURNED.search(text) or not _said_of_the_sign(text, evidence, _PAST):
        return False
    return bool(_RESOLVED.search(window) or (sign == "systemic" and _PAST_ILLNESS.search(window)))


def _lifelong(text: str, evidence: str) -> bool:
    window = _window(text, evidence)
    return window is not None and _said_of_the_sign(text, evidence, _LONGSTANDING) and not _NEWLY.search(window)


def _drink_or_medicine(text: str, evidence: str) -> bool:
    window = _window(text, evidence)
    if window is None:
        return False
    # "I can feel everything normally" denies, it reports no loss of feeling.
    window = re.sub(r"\bcan feel (everything|it all|it|things) (normal\w*|fine|ok|okay|as usual)\b", " ", window)
    return bool(_BLADDER_CAUSE.search(window)) and not _CONTROL_WORDS.search(window)


def _at_work(text: str, evidence: str) -> bool:
    """A bare bladder word in a message about the patient's job ("I catheterise patients all
    day"), with no report of their own ("I'm a nurse and I've been leaking")."""
    own = rf"\b(i (have|had|get|got|can not|lose|lost|keep|be)|my)\b (?:(?!(put|insert|chang|fit|plac|do|empt|deal|manag|clean|handl|help)\w* )\w+ ){{0,3}}{re.escape(evidence)}"
    # "resident ... complaining of new lumbar pain and has become incontinent": a report for someone in care.
    someones_new_pain = re.search(r"\b(she|he|they|resident|patient|client|lady|man|woman|gentleman)\b ((?!(i|my|me)\b)\w+ ){0,8}(complain\w*|new|sudden)\b (\w+ ){0,3}(pain|ache|agony)", text)
    onset = re.search(r"\bsince (this morning|last night|yesterday|today|the weekend|\w+day)\b", text)
    return bool(_AT_WORK.search(text)) and not re.search(own, text) and not someones_new_pain and not _THEIR_PAIN.search(text) and not onset


_LEG_PAIN_ONLY = re.compile(rf"^\s*(only|just|but) (the |my )?((left|right) )?{_LEG}\w* (be |is |have |has )?((a )?little |a bit |bit )?(pain|sore|ache|achy|hurt)\w*\s*$")


def _mention_explained(text: str, clause: str, word: re.Match) -> bool:
    """A red-flag word that the message accounts for as a sign would be (resolved, lifelong,
    a drink, a job, weight lost on purpose), or that belongs to others ("their bladders"). A
    cancer, however long ago, or a fall has rules of its own."""
    mention = word.group(0)
    if re.match(r"(cancer|tumou?r|fall|fell|accident|crash)", mention):
        return False
    return (_resolved_in_the_past("mentioned", text, mention) or _lifelong(text, mention)
            or _drink_or_medicine(text, mention) or _at_work(text, mention)
            or (mention == "weight" and _explained_away("systemic", text, mention))
            or (not re.match(r"(weight|fever|sweat|temp)", mention) and _known_and_unchanged(text, mention))
            # "only the leg is a little pain": a leg named for its pain, beside a denial.
            or bool(_LEG_PAIN_ONLY.search(clause))
            or bool(re.search(r"\b(their|patient|resident|woman|women|people|client)\w* (\w+ )?$", clause[:word.start()])))


def _someone_elses(sign: str, text: str, evidence: str) -> bool:
    """The sign belongs to someone named in its clause ("my husband has prostate cancer"),
    not to the patient ("I had breast cancer and my husband says I should ask")."""
    clause = _clause_of(text, evidence)
    own = re.search(rf"\b(i|my|me)\b ((?!{_SOMEONE_ELSE.pattern})\w+ ){{0,3}}{re.escape(evidence)}", clause)
    # "fell off the trampoline onto my back with the kids": no subject, or the writer's own back.
    own = own or sign == "trauma" and (clause.strip().startswith(evidence) or re.search(
        rf"{re.escape(evidence)} (\w+ ){{0,5}}(onto|on|into|against) my\b", clause))
    # "he took a massive hit": a fall or a knock that happened to someone else. "She thinks it
    # might be a tumour" is a doctor talking about the patient.
    others = _OWN_CHILDHOOD.sub(" ", clause)
    if sign == "trauma" and not re.search(rf"{_PETS.pattern} ((?!and |then )\w+ )?{re.escape(evidence)}", others):
        # "bent down to pick up the cat and felt a crack": the cat had no fall.
        others = _PETS.sub(" ", others)
    other = _SOMEONE_ELSE.search(others) or (sign == "trauma" and re.match(r"(he|she) ", clause))
    return bool(other) and not own and not (sign == "trauma" and _DONE_TO_ME.search(clause))


# The writer's own back, or a message the writer says is about themselves.
_WRITERS_OWN = re.compile(
    r"\b(my (own |\w+ )?(back|spine|sciatica|disc)|a back|(book\w*|ask\w*|here|writ\w*|messag\w*) (\w+ ){0,2}for my ?self|about my ?self|"
    r"i (have|be|get|got) (\w+ ){0,2}(back|sciatica|sore)|me , i|i (be |keep |have to )?(\w+ )?(bend|lift|carry|pick)\w*)\b"
)


def _pain_without_a_subject(text: str) -> bool:
    """"Now severe pain in back and not able to sit": pain said of no one in particular, in a
    message about someone else's fall, is theirs."""
    return any(re.search(r"\b(pain|agony|sore|hurt\w*|ach\w*|(can not|not able to|unable to) (sit|stand|walk|move|get up))\b", part)
               and not re.search(r"\b(i|my|me|mine|myself)\b", part) for part in clauses(text))


def _not_the_patients(sign: str, text: str, evidence: str) -> bool:
    """Someone else's sign in a message about the writer's own back ("my mum had breast
    cancer in 1998, my back pain started after gardening"): enough to overrule the
    classifier. A carer writing about the person with the sign is not this."""
    return _someone_elses(sign, text, evidence) and not _THEIR_PAIN.search(text) and bool(_WRITERS_OWN.search(text))


# "the oncologist did a bone scan for this back pain and it's clear": this pain was checked,
# and nothing has changed since.
_CHECKED_CLEAR = re.compile(
    r"\b(scan\w*|mri|x ?ray\w*|ct|test\w*|blood\w*|oncologist|specialist|doctor|gp|surgeon)\b (\S+ ){0,8}(for|into|at|about) (this|the|my) (back )?(pain|ache|back)\b "
    r"(\S+ ){0,8}(clear|normal|fine|nothing|muscular|all good|negative)\b|"
    r"\bcheck\w* for (cancer|spread|secondar\w*|metasta\w*|tumou?r\w*)\w* (\S+ ){0,8}(clear|normal|fine|nothing|negative|all good)\b"
)
_POSITION_RELIEF = re.compile(
    r"\b(settle|ease|go away|stop|better|fine)\w* (\w+ ){0,4}(when|once|as soon as|a soon a|after|if) i (change|shift|move|roll|turn)\w*|"
    r"\b(change|shift|move|roll|turn)\w* (\w+ ){0,2}position (\w+ ){0,4}(settle|ease|go|stop|better|fine)|"
    r"(?<!not )(?<!never )(?<!hardly )(?<!barely )(?<!cannot )\b(go|get|went|drift|drop)\w* (straight |right |easily |quickly )?back (to sleep|off)\b"
)
_CHANGED = re.compile(r"(?<!no )\b(worse|worsen\w*|different|chang\w*|spread\w*|new)\b")


# "I've got MS so my legs are always a bit weak, but they're no worse than usual", "a
# suprapubic catheter, draining normally, no change": a sign the patient has lived with
# because of a named condition, said to be unchanged.
_KNOWN_CONDITION = re.compile(
    r"\b(ms|multiple sclerosis|stroke|spinal (cord )?injur\w*|spina bifida|cerebral palsy|polio|parkinson\w*|neuropath\w*|diabet\w*|"
    r"dialysis|kidney failure|stoma|colostomy|ileostomy|suprapubic|catheter\w*|prostatectom\w*|(prostate|bowel|bladder) (op|operation|surgery|cancer)|"
    r"paraplegi\w*|quadriplegi\w*|tetraplegi\w*)\b"
)
_UNCHANGED_SINCE = re.compile(
    r"\b(no change|nothing new|no different|(no|not any) (worse|wrong) than|not (any )?worse|(have|has) not chang\w*|exactly the same|same as (ever|always|before|usual|it have be|it be)|"
    r"unchanged|never look\w* back|(urologist|neurologist|specialist|gp|doctor|team) (already )?know\w*)\b"
)
_NEW_OR_WORSE = re.compile(r"(?<!no )(?<!not )(?<!any )(?<!nothing )\b(new|sudden\w*|worse|worsen\w*|since (yesterday|this morning|last night|today|the weekend|\w+day))\b")
# Fragile bones, including great age: "my nan (91) slid off the bed, not a big fall".
_FRAGILE = re.compile(r"\b(osteopor\w*|osteopenia|brittle bone\w*|steroid\w*|prednis\w*)|\( ?(8\d|9\d|1[01]\d) ?\)|"
                      r"\b(8\d|9\d|1[01]\d) ?(yo|y o|years? old|year old|yr old|yrs old)\b|\baged (8\d|9\d)\b")


def _fragile(text: str) -> bool:
    """Fragile bones or great age, not denied: "no osteoporosis, no steroids" is not fragile."""
    return any(not re.search(r"\b(no|not|never|without|not on|off)( \w+)?\s*$", text[:m.start()]) for m in _FRAGILE.finditer(text))


_NO_PAIN_AT_ALL = re.compile(r"\bno (\w+ )?pain( at all| whatsoever)?\b|\bnot (even )?hurt\b|\bno injur\w*|\buninjured\b")
_NO_FALL = re.compile(r"\b(not|never|no|without) (\w+ ){0,3}(fall\w*|fell|knock\w*|trip\w*|injur\w*|accident\w*|bump\w*)\b")
_SLOW_ONSET = re.compile(r"\b(same old|come on slowly|came on slowly|gradual\w*|slowly over|over (\w+ )?(month|year)s|for (\w+ )?(month|year)s|usual)\b")


def _known_and_unchanged(text: str, evidence: str) -> bool:
    """Said of the sign, not of the condition alone: "MS, nothing new there, but I can't feel
    my groin" keeps the groin."""
    window = _window(text, evidence)
    return bool(window and _KNOWN_CONDITION.search(text) and _UNCHANGED_SINCE.search(window)) and not _NEW_OR_WORSE.search(text)


def _explained_away(sign: str, text: str, evidence: str) -> bool:
    """The message gives the sign a specific harmless account of its own: it has resolved,
    the weight was lost on purpose, the sweats are the menopause, the trip was over the dog.
    Like a toddler's wet bed, such an account discounts the classifier's red flag too."""
    # Cancer counts however long ago; an old fall has its own rule in _plausible.
    if sign == "cancer_history" and _CHECKED_CLEAR.search(text) and not _CHANGED.search(text):
        return True
    if sign == "cancer_history" and re.search(r"\b(benign|all clear|not cancer\w*|no cancer|cancer free)\b", text) and re.search(
            r"\b(worr\w*|scare\w*|afraid|thought|fear\w*) (\w+ ){0,3}(have|had|be|might have) (\w+ )?cancer", text):
        return True
    if sign not in {"cancer_history", "trauma"} and _resolved_in_the_past(sign, text, evidence):
        return True
    if sign == "bladder_bowel" and (_lifelong(text, evidence) or _drink_or_medicine(text, evidence)):
        return True
    if sign in {"bladder_bowel", "saddle_numbness", "sexual_function", "leg_weakness"} and _known_and_unchanged(text, evidence):
        return True
    # Legs that gave way after five hours of dancing or a leg day, and are not getting weaker.
    if sign == "leg_weakness" and _EXERTION.search(text) and not re.search(r"\b(weaker|worse|every day|each day|day by day|progressive\w*)\b", text):
        return True
    # "only a small tumble, my back's barely sore": a fall the patient says did no harm. With
    # fragile bones a small fall is the red flag, so only "no pain at all" explains it.
    if sign == "trauma" and _NO_HARM_SAID.search(text) and not _STRONG_PAIN.search(text) and (
            not _fragile(text) or _NO_PAIN_AT_ALL.search(text)):
        return True
    # Fragile bones, no fall, and pain that came on slowly: nothing to suspect a fracture from.
    if sign == "trauma" and re.match(r"(osteop|brittle|thin|weak|steroid|prednis|pred |cortisone)", evidence) and _NO_FALL.search(text) and (
            _SLOW_ONSET.search(text) and not _STRONG_PAIN.search(text) and not _NEW_OR_WORSE.search(text)):
        return True
    if _someone_elses(sign, text, evidence) and _CARING.search(text) and not _THEIR_PAIN.search(text):
        return True
    if sign == "bladder_bowel" and len(evidence.split()) == 1 and _at_work(text, evidence):
        return True
    # "I help clients with their continence pads"
    if sign == "bladder_bowel" and _AT_WORK.search(text) and re.search(
            r"\b(their|client\w*|patient\w*|resident\w*) (\w+ ){0,1}$", text[:text.find(evidence)]):
        return True
    if sign == "trauma" and evidence.startswith("accident") and _PET_ACCIDENT.search(text):
        return True
    # "the cat peed on my bed"
    if sign == "bladder_bowel" and re.search(rf"{_PETS.pattern} (\w+ ){{0,2}}$", text[:text.find(evidence)]):
        return True
    if sign == "leg_weakness":
        return bool(re.match(r"(trip|stumbl)", evidence) and _TRIP_CAUSE.search(text))
    if sign != "systemic":
        return False
    # The cause must be told of the sweats, not of something else in a long message.
    window = _window(text, evidence) or ""
    # A cause named only to be denied ("no menopause excuse") explains nothing.
    cause = next((m for m in _SWEAT_CAUSE.finditer(window) if not _DENIED_BEFORE.search(window, 0, m.start())), None)
    if re.search(r"\b(sweat|drench|soak|chill|shiver|shake)", evidence) and cause and not (
            re.match(r"\s*\?", window[cause.end():]) or re.search(r"\b(prob|probably|maybe|perhaps|could (it )?be|be it)\s*$", window[:cause.start()])):
        return True
    if re.search(rf"\b(lose|lost|losing|drop\w*|shed\w*|weight)\b|{_DOWN_BY}", text):
        intended = [m for m in _ON_PURPOSE.finditer(text) if not re.search(r"\b(not|without|no|never)( be| been| even| really| at all)* $", text[:m.start()])
                    and not _UNCHANGED.match(text, m.end())]
        return bool(intended) and not re.search(r"fever|sweat|chill|shiver|drench|soak|unwell|temperature", text) and not _UNINTENDED.search(text)
    return False


def _plausible(sign: str, text: str, evidence: str) -> bool:
    """Message-level checks that keep common harmless mentions from counting."""
    before = text[:text.find(evidence)]
    if _explained_away(sign, text, evidence) or _TOPIC_OF_WORK.search(before) or _POPULATION.search(before) or re.search(
            r"\b(read|heard|hear|saw|seen|watch\w*|learn\w*|google\w*|research\w*) (up )?(about|on) (\w+ ){0,2}$", before):
        return False
    # "I was worried I'd lost weight but it turns out the scale was broken": a scare the
    # message itself resolves.
    if re.search(r"\b(worr\w*|thought|think|scare\w*|afraid|convinc\w*|panic\w*)\b (\S+ ){0,10}$", before) and re.match(
            r"(\S+ ){0,10}but (it |then )?turn\w* out\b", text[len(before):]):
        return False
    # "the saddle numbness thing I read about"
    if re.match(r"\s*(thing|stuff)s? (that |which )?(i|you|we|they|people) (\w+ )?(read|hear|heard|saw|see|seen|google\w*)\b", text[len(before) + len(evidence):]):
        return False
    # Stress leakage since a birth years ago, being treated: "the leakage I've had since my
    # twins, and it's improving".
    if sign == "bladder_bowel" and re.match(r"(leak|dribbl)", evidence) and _SINCE_A_BIRTH.search(text) and _OLD_OR_IMPROVING.search(text):
        return False
    # "I keep seeing the term saddle anaesthesia", "I've read that elderly people can fracture
    # their spine from small falls": a word or a fact, not a report.
    clause = _clause_of(text, evidence)
    if re.search(r"\b(the|this|that) (term|word|phrase|expression|concept|label)s? (\w+ )?$", before) or re.search(
            r"\b(read|heard|hear|seen|learn\w*|told) (online |somewhere |in \w+ )?that (\w+ ){0,12}$", clause[:clause.find(evidence)]):
        return False
    # "up at 3am feeding the baby": awake for the baby, not woken by pain.
    if sign == "night_pain" and re.search(r"\b(up|awake|wake\w*|woke|get up|got up) (\w+ ){0,3}\d+ ?(am|be)? (\w+ ){0,2}(feed\w*|breastfeed\w*|with the (baby|bub|newborn)|settl\w* the (baby|bub)|nappy|nappies)\b", text):
        return False
    # Night pain that settles as soon as the patient changes position is mechanical.
    if sign == "night_pain" and _POSITION_RELIEF.search(text):
        return False
    # "woke up sweating" after a night under the electric blanket is no night pain.
    if sign == "night_pain" and re.search(r"\b(sweat\w*|drench\w*|soak\w*)\b", clause) and not _PAIN.search(clause):
        return False
    if sign == "night_pain" and re.search(r"\d", evidence) and (re.search(r"\bnight (fill|shift|work|duty)\w*|\bshift\w*\b", text) or re.search(
            r"\b(till|until|til|up to|up until)\s*$", before)):
        return False
    if sign == "bladder_bowel" and re.match(r"(leak|dribbl)", evidence) and _LEAKING_THINGS.search(text):
        return False
    # "is it normal to get a numb bum from cycling?": a known cause, and nothing lasting.
    if sign == "saddle_numbness" and re.search(r"\b(from|after) (\w+ ){0,2}(cycl\w*|bike|ride|riding|spin\w*)\b", text) and not re.search(
            r"\b(still|day|days|week|weeks|since|yesterday|last night|this morning|not (go|gone|went|wear\w*)|will not (go|wear)|"
            r"(not|never) (\w+ ){0,3}(ridden|ride|riding|cycl\w*|near a bike))\b", text):
        return False
    transient = _TRANSIENT.search(text)
    if sign == "saddle_numbness" and transient and not re.search(
            r"\b(say|said|says|reckon\w*|think\w*|tell\w*|told|probably|prob|maybe|perhaps|guess|assume|suppose|hopefully)\b (\w+ ){0,7}$", text[:transient.start()]) and not re.search(
            # "... but it's been three days now", "these days it doesn't go away when I get out of the car"
            r"\b(not|never) (\w+ )?(come|came) back\b|\bstill (\w+ )?(numb|can not feel|no feeling)|\b(do|does|did|will|would|have|has) not (go|wear|settle|ease|clear|fade)\w*( off| away)?\b|"
            r"\bthese days\b|\b(\d+|two|three|four|five|six|seven|several|few|couple of) (day|week)s?\b|\bget\w* worse\b", text[transient.end():]):
        return False
    if sign == "leg_weakness" and re.search(r"\bweak", text) and not re.search(_LEG, text):
        return bool(re.search(r"\b(foot ?drop|trip|stumbl|walk|stand|give way|gave way|buckl|collaps|toe|toes)\b", text))
    # Someone else's cancer or fall counts when that person has the back pain: carers
    # write for their parents ("mum's myeloma is stable but she has new back pain").
    if sign in {"cancer_history", "trauma", "systemic"} and _someone_elses(sign, text, evidence) and not _THEIR_PAIN.search(text) and (
            _WRITERS_OWN.search(text) or not _pain_without_a_subject(text)):
        return False
    # "post-baby stress incontinence" is the mother's.
    if sign == "bladder_bowel" and re.search(r"(?<!post )(?<!after )(?<!after my )(?<!after the )(?<!after a )(?<!since )(?<!since my )(?<!since the )\b(toddler|baby|kid|son|daughter|boy|girl|little one|grandson|granddaughter|brother|sister|nephew|niece|dog|puppy|pup|pug|cat|kitten|pet|"
                                             r"my (1[0-7]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (year|yr) old)\b (\S+ ){0,6}(wet\w*|pee|poo|wee|leak\w*|urinat\w*|incontinen\w*|bowel\w*|bladder|nappy|nappies)\b|\bthe vet (say|said|think|reckon)\w*", text):
        return False
    # "mum wets herself a lot, so bending at the machine hurts my back": the carer's back.
    if sign == "bladder_bowel" and re.search(r"\b(her|him|them)sel", evidence) and _WRITERS_OWN.search(text) and not _THEIR_PAIN.search(text):
        return False
    if sign != "cancer_history" and re.search(r"\b(vet|vets|vet s|veterinar\w*|dog physio\w*|canine)\b", text) and _PETS.search(clause):
        return False
    if sign in {"bladder_bowel", "trauma"} and _POTTY.search(text):
        return False
    if sign in {"bladder_bowel", "night_pain"} and _PREGNANCY_PRESSURE.search(text):
        return False
    if sign == "systemic" and re.search(r"\b(chill|shiver)", evidence) and _COLD_ROOM.search(text):
        return False
    if sign == "systemic" and re.search(r"\b(sweat|drench|soak)", evidence) and _HOT_ROOM.search(text):
        return False
    if sign == "leg_weakness" and re.match(r"(trip|stumbl)", evidence) and _NO_HARM.search(text) and not _OFTEN.search(text):
        return False
    if sign == "trauma":
        if _GAME.search(text):
            return False
        # "my clothes are falling off me" is weight loss, not a fall.
        if _said_of_the_sign(text, evidence, _LONG_AGO) or re.search(r"\b(clothe\w*|pant\w*|trouser\w*|jean\w*) (be |are )?(fall\w*|fell) off\b", text):
            return False
        # A fall with fragile bones counts; the fragile bones alone are not a fall.
        fragile = re.search(r"\b(osteopor\w*|osteopenia|brittle bone\w*)", text) and re.match(r"(fall|fell|slip|trip)", evidence)
        severe = _SEVERE_MECHANISM.search(text) or _PAIN.search(text) or _STRONG_PAIN.search(text) or fragile
        # "no fracture found yet, but I'm on long-term steroids, fell off a low step, and this pain is new"
        no_harm = _NO_HARM.search(text) and not (_fragile(text) and _NEW_OR_WORSE.search(text) and not _NO_PAIN_AT_ALL.search(text))
        return bool(severe) and (not no_harm or bool(_STRONG_PAIN.search(text)))
    if sign == "systemic":
        if _PETS.search(clause) and not _WRITERS_OWN_SYSTEMIC.search(clause):
            return False
        if re.search(r"\bhay ?fever\b", text) or (_OTHERS.search(text) and not re.search(r"\b(back|spine)\b", text)):
            return False
    return True


# "I can't feel it, if that makes sense? Like it's someone else's wee": an aside, not a
# hypothetical whose "like ..." would be its example.
_ASIDE = re.compile(r"\b(if|if that|do that|does that) make\w* (any )?sense\b|\bif you know what i mean\b|\bif you (get|know) me\b")


def assess(*texts: str) -> Assessment:
    """What a message reports, given one or more normalised forms of it (lemmas, words)."""
    findings: dict[str, Finding] = {}
    denied: set[str] = set()
    dismissed: set[str] = set()
    affirmed_words = False
    crisis = check = see_someone = None
    crisis_denied = False
    without_idioms = []
    for original in texts:
        text = _without_idioms(original)
        without_idioms.append(text)
        if not crisis:
            crisis, denied_here = _crisis(text)
            crisis_denied = crisis_denied or denied_here
        # Crisis wording counts even in what someone asked about ("my GP asked about
        # suicidal thoughts and I do have them"); red-flag signs do not.
        text = _ASKED_ABOUT.sub(_unless_answered_yes, _DOUBLE_NEGATIVE.sub(lambda m: m.group("who"), _ASIDE.sub(" ", text)))
        parts = clauses(text)
        own_pain = bool(_OWN_PAIN.search(text))
        me_too = bool(_ME_TOO.search(text))
        personal = bool(_PERSONAL.search(text))
        denied_before = general_before = numb_before = area_before = sensation_before = False
        for index, clause in enumerate(parts):
            general_question = _QUESTION_START.search(clause) and _ASKING_ABOUT.search(clause) or (
                clause.startswith("when") and not clause.startswith("when should i"))
            about_the_last = general_before and bool(re.match(r"((or|and) )?(be|is|would|will|could|do|does) (that|it|this)\b", clause)) and not _HAPPENING_NOW.search(text)
            # "what signs mean it's more than back pain, like something sinister?": the example
            # after a general question is part of it.
            example_of_general = general_before and bool(_EXAMPLE_START.match(clause))
            # "I read that losing weight with back pain can mean something sinister": a fact, not a worry of one's own.
            read_that = bool(re.search(r"\b(read|heard|hear|seen|learn\w*) (online |somewhere )?that\b", clause))
            if own_pain or not (general_question or about_the_last or example_of_general or read_that):
                check = check or _first(_CHECK_REGEXES, clause, negatable=False)
            if own_pain or personal:
                see_someone = see_someone or _first(_SEE_SOMEONE_REGEXES, clause, negatable=False)
            # "cancer? no never.": a bare word answered straight away with a denial.
            # "the tingling in the groin you mentioned? no": a question answered with a denial.
            answered_no = index + 1 < len(parts) and bool(re.match(r"(no|none|nil|negative|nope|nah|never|not me)\b(?! (idea|clue|reason|one|way|better|change|relief|urge|feeling|sensation|control|strength|power))", parts[index + 1])) and (
                len(clause.split()) <= 3 or bool(re.search(re.escape(clause) + r"\s*\?", text)) or bool(re.search(r"\b(thing|one|question|bit|stuff)$", clause)))
            # "testicular cancer at 24, all good now": a cancer had is a history, however well it went.
            cancer_had = bool(re.search(r"\b(cancer|tumou?r|lymphoma|leuk\w*|melanoma|sarcoma)", clause) and re.search(r"\d|\bago\b|\bwhen i\b|\byear", clause))
            answered_no = answered_no or index + 1 < len(parts) and not cancer_had and bool(
                re.match(r"(the )?answer\w* (be|is|s|was) (no|nope|a no)\b|(they|both|these|those|all) (be |are |re )?(both |all )?(normal|fine|ok|okay|good|alright|unchanged)\b", parts[index + 1]))
            # "... or any numbness in the saddle area, none of that": a list, then denied.
            answered_no = answered_no or index + 1 < len(parts) and bool(
                re.fullmatch(r"\s*(and )?(none|neither) of (that|those|these|them|it|the above)( either| at all)?\s*", parts[index + 1]))
            # "my wife keeps asking if I've lost feeling anywhere. I haven't": asked, then denied.
            # "the doctor asked if I had any numbness around my bottom and I don't"
            answered_no = answered_no or bool(re.search(r"\bask\w* (me |us )?(if|whether)\b.*\b(and|but) (i|he|she) (do|did|have|had|be) not\s*$", clause))
            answered_no = answered_no or bool(re.search(r"\bask\w* (me |us )?(if|whether)\b", clause)) and index + 1 < len(parts) and bool(
                re.match(r"(no|nope|nah|never|not that i|i (have|do|did|be) (not|never))( \w+){0,2}$", parts[index + 1]))
            carries_denial = index > 0 and denied_before and bool(_CONTINUATION.match(clause)) and not re.search(
                r"\b(be|have|can|feel|get|lose|lost|start|keep|go|not)\b", clause)
            # "no numbness anywhere, including the private area"
            carries_denial = carries_denial or index > 0 and denied_before and bool(
                re.match(r"(include|including|incl|even|especially|let alone)\b", clause)) and not re.search(r"\b(be|have|can|feel|get|lose|lost|start|keep|go)\b", clause)
            # "what should I look out for, like numbness or bladder trouble?": examples of a general question.
            carries_general = general_before and (bool(_EXAMPLE_START.match(clause)) or bool(
                re.search(r"\bbetween (\w+ ?){1,3}$", parts[index - 1]) and not re.search(r"\b(i|my|me|now|since)\b", clause)))
            hearsay = bool(_HEARSAY.search(clause)) and not _OWN_REPORT.search(clause)
            general = (_general(clause) and not me_too and not _OWN_QUESTION.search(clause)) or hearsay or answered_no or bool(_NOT_THAT.match(clause)) or carries_denial or carries_general
            found_before = len(findings)
            clause_denied = clause_affirmed = False
            # "the numbness has moved, it's now in my groin": where the numbness went, said
            # after the comma that splits it from the numbness itself.
            if numb_before and not general and "saddle_numbness" not in findings and _NOW_THERE.match(clause):
                findings["saddle_numbness"] = Finding("saddle_numbness", SIGN_LEVELS["saddle_numbness"], clause)
            numb_before = not general and bool(_first((_NUMB_WORD,), clause)) or numb_before and bool(_STILL_THE_NUMBNESS.match(clause))
            # "around the bottom, no feeling from 2 days"; "some sensation down there, but most
            # of it has gone": the area in one clause, its numbness in the next.
            if not general and "saddle_numbness" not in findings and (
                    area_before and _NUMB_NOW.match(clause) or sensation_before and _MOST_GONE.search(clause)):
                findings["saddle_numbness"] = Finding("saddle_numbness", SIGN_LEVELS["saddle_numbness"], clause)
            area_before = not general and bool(_AREA_ONLY.fullmatch(clause))
            sensation_before = not general and bool(_SENSATION_THERE.search(clause))
            for sign, patterns in _SIGN_REGEXES.items():
                if sign in findings:
                    continue
                evidence = None if general else _first(patterns, clause)
                if not evidence and sign == "cancer_history" and (_RECURRENCE_DOUBTED.search(clause) or _TOLD_TO_REPORT.search(clause)) and _NEW_PAIN.search(original):
                    evidence = _first(patterns, clause, negatable=False)
                if evidence and _plausible(sign, original, evidence):
                    findings[sign] = Finding(sign, SIGN_LEVELS[sign], evidence)
                elif evidence and (sign in _EXPLAINABLE or _explained_away(sign, original, evidence) or (
                        sign in {"cancer_history", "systemic"} and _PETS.search(_clause_of(original, evidence))) or (
                        sign in {"cancer_history", "trauma", "systemic"} and _not_the_patients(sign, original, evidence))):
                    dismissed.add(sign)
                elif _first(patterns, clause, negatable=False) or (sign == "leg_weakness" and _LEG_DENIED.search(clause)):
                    denied.add(sign)
            for word in SIGN_WORDS.finditer(clause):
                negated = _negated(clause, word.start(), word.end())
                # "hobbling to the loo": a place, not a bladder, unless denied ("nothing strange when I go to the toilet").
                if re.fullmatch(r"loo|toilet|dunny", word.group(0)) and re.search(r"\b(to|on|off|from|in|at|near) (the |a )?$", clause[:word.start()]) and not (
                        negated or general or _mention_explained(original, clause, word)):
                    continue
                # A trip, a wipe or "accidents" count as sign words only when denied ("haven't
                # tripped once", "no accidents"): tripping over the dog or a few accidents in
                # the kitchen report no sign.
                if _DENIABLE_ONLY.match(word.group(0)) and not (negated or general):
                    continue
                if general or negated or _mention_explained(original, clause, word):
                    denied.add("mentioned")
                    clause_denied = True
                else:
                    affirmed_words = clause_affirmed = True
            # A list item carried on from a denied one carries the denial on too, sign word or not.
            denied_before = (clause_denied or carries_denial) and not clause_affirmed and len(findings) == found_before
            # A denied list item is no general question: "no weight loss, is this serious?" asks about the patient.
            general_before = general and not (carries_denial or answered_no)
        if me_too and not check:
            asked = _ASKED_FOR_ONESELF.search(text)
            check = asked.group(0) if asked else None
        if not check:
            back = _BACK_TO_HOSPITAL.search(text)
            check = back.group(0) if back else None
        if not findings and not check:
            check = _taken_back(parts)
    # Denied only when every sign word in the message is denied or asked about in general.
    denied_signs = () if affirmed_words else tuple(sorted(denied - set(findings)))
    if _TRANSIENT.search(" ".join(texts)):
        dismissed.add("transient")
    # Not a bike saddle: "the bit I'd sit on a bike saddle with feels fuzzy" reports what the
    # saddle touches.
    idioms_only = not findings and any(SIGN_WORDS.search(t) for t in texts) and not any(
        SIGN_WORDS.search(t) for t in without_idioms) and not any(re.search(r"\bsaddle", t) for t in texts)
    # "if I got a fever with my back pain, would that be serious?": asked about a sign the
    # patient does not report, with nothing happening now.
    if not findings and any(_HYPOTHETICAL_CHECK.search(t) and not _HAPPENING_NOW.search(t) for t in texts):
        check = see_someone = None
    return Assessment(tuple(findings.values()), crisis, check, bool(crisis_denied and not crisis), denied_signs,
                      () if findings else tuple(sorted(dismissed)), see_someone, idioms_only)
