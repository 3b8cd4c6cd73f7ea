"""Words the privacy check knows are not private: common English words that start sentences,
the words of early learning and childcare in Scotland, and public names that reflective writing
cites. Together with every word of the content packs, a capitalised word outside these is taken
for a name."""

from __future__ import annotations

COMMON = """
a about above across actually after afterwards again against all almost along already also although always
am among an and another any anyone anything anyway are around as ask asked at away back be because become
been before began begin being below best better between both but by can cannot could did do does doing
done down during each early either else enough especially even ever every everyone everything exactly
example far few finally first five following for four from further generally get getting give given go
going good got great had has have having he her here hers herself him himself his how however i if in
indeed initially instead into is it its itself just last lastly later least less let like likely looking
lots made make making many may maybe me meanwhile might mine more moreover most mostly much must my myself
namely near nearly need needed needs neither never nevertheless next nine no nobody none nor not nothing
now of off often oh ok okay on once one only onto or other others otherwise our ours ourselves out over
overall own perhaps please plus quite rather really recently regularly right same second secondly see seen
seven several shall she should since six so some someone something sometimes soon still such sure take
taking ten than thank thanks that the their theirs them themselves then there therefore these they third
thirdly this those though three through throughout thus to today together tomorrow too towards truly twice
two under unless until up upon us usually very was we well were what whatever when whenever where
whereas wherever whether which while who whole whom whose why will with within without would yes yesterday
yet you your yours yourself yourselves
hmm hmmm mm erm um uh ah aw oh ooh wow yay oops whoops phew
able across add agreed allowed already asking became before believe bring brought build built called came
change changed chose clearly come coming consider continue could created decided describe described
developed did discussed do does doing during encourage encouraged ensure enjoy enjoyed explore explored
feel felt find found gave gives glad grateful had happened help helped helps hope hoped i'm i've i'd i'll
it's keep kept knew know learned learnt leave left listen listened look looked love loved meet met moving
noticed offer offered open opened planned plan played put ran reflect reflected remember said say saw
seem seemed set share shared show showed spoke started stay stayed supported talk talked tell think
thought told tried try trying turned understand understood used use want wanted watch watched went wish
wonder worked write wrote
""".split()

CALENDAR = """
monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
saturdays sundays january february march april may june july august
september october november december spring summer autumn winter christmas easter diwali eid ramadan
hanukkah halloween bonfire burns hogmanay
""".split()

ELC = """
scotland scottish uk britain british england english wales welsh ireland irish europe european
edinburgh glasgow aberdeen dundee inverness stirling perth fife lothian highland highlands borders
government council councils authority authorities parliament nhs covid coronavirus pandemic lockdown
sssc care inspectorate education codes practice realising ambition curriculum excellence health social
standards girfec shanarri uncrc eyfs elc cpl cpd pvg svq hnc ba msc pda sqa open university badge badges
makaton bookbug peep forest school kindergarten montessori reggio emilia froebel steiner highscope
tapestry seesaw padlet learning journals google microsoft teams zoom word excel powerpoint outlook
facebook instagram youtube twitter whatsapp mindtools bluebird
vision self-leadership motivating inspiring empowering collaborating influencing creativity innovation
leadership logic model thing things need bring engage respond outcomes enablers risks
key worker keyworker room lead manager depute practitioner practitioners support worker team
nursery playroom toddler toddlers baby babies under-threes threes fours
school primary academy playgroup kindergarten centre center club crèche creche childcare preschool pre-school
polish urdu arabic gaelic french spanish german italian punjabi mandarin cantonese chinese romanian ukrainian
syrian afghan pakistani indian bengali somali nigerian lithuanian latvian portuguese turkish kurdish bsl
scots article safe healthy achieving nurtured active respected responsible included
outdoors hub improvement grow space table playing out
""".split()

THEORISTS = """
bronfenbrenner vygotsky piaget bowlby ainsworth maslow dweck goleman kolb gibbs schön schon laevers athey
froebel montessori malaguzzi nutbrown
""".split()

# Words that end a setting's name ("Little Acorns Nursery") and those that name no one setting.
SETTING_NOUNS = (
    "Nursery School|Nursery Class|Nursery|Primary School|Primary|Academy|High School|School|Playgroup|"
    "Kindergarten|Family Centre|Family Learning Centre|Children's Centre|Children’s Centre|Early Years Centre|Early Learning Centre|"
    "Day Nursery|Pre-School|Preschool|Crèche|Creche|Childcare|Childminding|Childminders|Out of School Club|"
    "Breakfast Club|After School Club|Out of School Care|ELC Centre|PS|ELC"
)
GENERIC_SETTING_WORDS = set(
    """the a an our my your their this that local early years learning primary secondary nursery family
    children's children’s forest day out of breakfast after community special outdoor each every new
    partner funded private council""".split()
)
# Capitalised words at least one of which a setting's name holds, to skip texts without any.
SETTING_CUES = frozenset(
    {
        "Nursery",
        "School",
        "Primary",
        "Academy",
        "Playgroup",
        "Kindergarten",
        "Centre",
        "Preschool",
        "Pre-School",
        "Crèche",
        "Creche",
        "Childcare",
        "Childminding",
        "Childminders",
        "Club",
        "PS",
        "ELC",
    }
)
# Street nouns that name a street even without a number ("on Craigentinny Avenue").
STRONG_STREET_NOUNS = (
    "Road",
    "Street",
    "Avenue",
    "Lane",
    "Drive",
    "Crescent",
    "Terrace",
    "Gardens",
    "Wynd",
    "Brae",
    "Close",
    "Grove",
    "Square",
    "Place",
)
STREET_NOUNS = (
    "Road|Street|Avenue|Lane|Drive|Crescent|Terrace|Place|Gardens|Court|Way|Close|Grove|Square|Wynd|Brae|"
    "Row|Walk|Rise|Loan|Loaning|Vennel|Park|View"
)

# Given names common in Scotland: a capitalised word among these is a name even where a sentence
# starts with it ("Ella joined us at 18 months").
FIRST_NAMES = set(
    """
    aaliyah aaron abbie abby abdul abigail adam adrian ahmed aidan aiden aimee ainsley alan alana alastair
    albert alex alexa alexander alexandra alfie ali alice alicia alison alistair alyssa amber amelia amelie amy
    andrew andy angela angus ann anna anne annie anthony archie arlo arran arthur aryan ashley aurora ava
    ayesha barbara ben benjamin beth bethany billy blair bobby bonnie brian brodie brooke bruce caitlin callum
    calum cameron carla carly carol caroline carys casey catherine charlie charlotte chloe chris christina
    christine christopher claire clara colin connor craig daisy daniel darcy darren david dawn dean debbie
    declan denise derek diane dominic donna douglas duncan dylan eden edward eilidh elijah elise eliza
    elizabeth ella ellie elliot elsie emily emma erin esme ethan eva evan evelyn evie ewan faith farah
    felicity finlay finn fiona fraser freddie freya gary gavin gemma george georgia gillian gordon grace
    graham grant greg hamish hannah harper harris harrison harry harvey hayley heather heidi helen henry holly
    hugh ian imogen iona isaac isabel isabella isabelle isla ivy jack jackson jacob jade jake james jamie jan
    jane janet jasmine jason jay jayden jennifer jenny jessica jill jo joanne jodie joe john jonathan jordan
    joseph josh joshua joy jude julie justin kai karen kate katie kayla keith kelly kenneth kerry kevin kieran
    kim kirsty kyle lacey laura lauren layla leah leighton lena leo leon lewis lexi liam lily linda lindsay
    lisa logan lois lola lorna lorraine louis louise lucas lucy luke luna lyla lynn maddison maisie malcolm
    mandy margaret maria mark martha martin mary mason matilda matthew max maya megan melissa mia michael
    michelle mila millie mohammed molly morag muhammad murray nadia naomi natalie nathan neil niamh nicola
    noah nora oliver olivia oscar owen paige pamela patricia patrick paul paula penny peter phoebe poppy rachel
    rebecca reuben rhona richard riley robbie robert robyn rory rose rosie ross ruby ryan sadie sam samantha
    samuel sandra sara sarah scarlett scott sean shona sienna sophia sophie stacey stephanie stephen steven
    stuart summer susan suzanne taylor teddy theo thomas toby tom tommy tony tracey tyler valerie victoria
    violet william willow wendy yasmin zac zach zara zoe
    ally annabel arran beau bella blake bobbie bonnie caleb callan cara cody corey elliott ellis emilia ezra
    fergus florence frankie gracie hallie hunter iain imran isaac jax jenson jessie jude kacey kara keira
    kerr kit lachlan leila lennon lennox lewis lola louie lyle mackenzie macy maddie magnus marcus mateo
    mason milo mirren moira mylo nico ollie olly orla orlaith penelope polly quinn rhys robin rowan ruaridh
    ruairidh sally seb sebastian skye sonny stella struan thea tilly tristan tyler ursula vivienne wilf
    kacper zofia jakub oliwia hodan amira yusuf omar fatima hamza ibrahim
    wilfred xander zain zayn
    """.split()
)
# Given names that are also ordinary words: a name only where a word is not capitalised ("and
# Will said"), or where a sentence starts with it and a comma follows ("Will, on the other hand").
AMBIGUOUS_NAMES = set(
    """will grace rose joy faith hope amber holly ivy violet jade ruby pearl dawn heather hazel iris
    crystal bill bob pat sue rob dean drew mark sunny storm daisy poppy robin skye brooke chase miles
    hunter""".split()
)
