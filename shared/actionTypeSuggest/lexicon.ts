/**
 * The words that point at each of the 12 action types of the research (PRODUCT.md numbering), written from the
 * types' descriptions and the examples the research quotes. Matched on lowercase text without accents; a weight
 * of 3 is a word that names the type, 1 a word that only leans towards it.
 */
export const lexicon: Record<number, readonly [RegExp, number][]> = {
  1: [[/\bambassadeur\w*/, 3], [/\bboegbeeld\w*/, 3], [/\bvoorvechter\w*/, 3], [/persoonlijke motivatie/, 3], [/\benthousiasm\w*/, 2],
    [/\bbewustwording\w*/, 2], [/\buitdrag\w*/, 2], [/\brolmodel\w*/, 2], [/\beigen verhaal\b/, 2], [/\binspire\w*/, 1], [/\bactiveringsprogramma\w*/, 2],
    [/\bgezicht van\b/, 2], [/\bdraagt? .{0,30}uit\b/, 2], [/\bcampagne\w*/, 1], [/\bmotiver\w*/, 1]],
  2: [[/\buitzendbureau\w*/, 3], [/\buitzendorganisatie\w*/, 3], [/\bbemiddel\w*/, 3], [/\bdetacheer\w*|\bdetachering\w*/, 2], [/\bpayroll\w*/, 2],
    [/\bvacatures? (aan|melden|doorgeven|uitzetten|delen met)\w*/, 2], [/\bkandidaten (voor|aan)(dragen|leveren)\b|\bvoordragen\b|\bvoorgedragen\b/, 2], [/\bwerving\b/, 1],
    [/\bmatch\w*/, 1], [/\bwerkgeversservicepunt\w*|\bwsp\w*/, 1], [/\bwerven\b/, 1], [/\bvacature\w*/, 1]],
  3: [[/\bbestuurlijk\w*/, 3], [/\bbestuurder\w*/, 3], [/\bbestuur\b/, 2], [/\bonderteken\w*/, 2], [/\bdirectie\w*/, 2], [/\braad van bestuur\b/, 3],
    [/\bcollege van\b/, 2], [/\bportefeuillehouder\w*/, 3], [/\bcommitment\b/, 2], [/\bdraagvlak\b/, 2], [/\bmanagementteam\w*|\bmt\b/, 1], [/\btaskforce\b/, 2],
    [/\bsecretaris-generaal\b|\bdirecteur-generaal\b|\bsg\b|\bdg\b/, 2], [/\bop de agenda\b/, 1], [/\bburgemeester\w*|\bwethouder\w*|\bgedeputeerde\w*|\bdijkgraaf\w*/, 2]],
  4: [[/\bcentra(le|al|liseer|lisatie)\b\w*/, 3], [/\bpot\b/, 2], [/\bfonds\w*/, 2], [/\bgemandateerd\w*/, 3], [/\bpoule\w*/, 3], [/\bbinnenwerk\b/, 3],
    [/\bfinancier\w*/, 2], [/\bbudget\w*/, 1], [/\bloonkosten\b/, 1], [/\bgezamenlijk\w* (team|financier\w*|werkgever\w*)/, 2], [/\bbijdrage per\b|\bdraagt? bij aan\b/, 1],
    [/\bonderbreng\w*|\bondergebracht\b/, 2], [/\bregionale constructie\b|\bconstructie\b/, 2], [/\baansturing\b/, 2]],
  5: [[/\bgoede voorbeeld\w*/, 3], [/\bbest practices?\b/, 3], [/\bpraktijkvoorbeeld\w*/, 3], [/\bnieuwsbrie\w*/, 3], [/\bnetwerkbijeenkomst\w*/, 2], [/\bkennisdel\w*|\bkennis (delen|uitwisselen)\b/, 3],
    [/\bdel(en|t)\b/, 1], [/\binspiratie\w*/, 2], [/\bwebsite\b|\bintranet\b|\bmagazine\w*|\bwebinar\w*|\bpodcast\w*|\bfactsheet\w*|\bvlog\w*/, 2], [/\blerend netwerk\b|\bnetwerk\b/, 1],
    [/\bervaringen\b/, 1], [/\bpubliceer\w*|\bpublicatie\w*/, 2], [/\binterview\w*/, 2], [/\bverhalen\b/, 1], [/\buitwissel\w*/, 1], [/\bcongres\w*|\bsymposium\b/, 2]],
  6: [[/\bjob ?carving\b/, 3], [/\bfunctiecreatie\b/, 3], [/\b(functies?|taken) (op)?knip\w*/, 3], [/\bopknippen\b|\bknippen\b/, 2], [/\btaken\w* (bundel|samen)\w*/, 3], [/\btakenpakket\w*/, 2],
    [/\bpassende functie\w*/, 2], [/\bfunctieanalyse\w*|\bwerkprocessen\b|\bwerkanalyse\w*/, 2], [/\bherontwerp\w*|\binclusief (her)?ontwerp\w*|\bihw\b/, 3], [/\beenvoudige taken\b|\bondersteunende taken\b/, 2],
    [/\bnieuwe functies?\b|\bfuncties? (maken|creeren)\b/, 2], [/\bfunctie\w*/, 1], [/\btaken\b/, 1]],
  7: [[/\binkoop\w*/, 3], [/\bsroi\b/, 3], [/\bsocial return\b/, 3], [/\baanbested\w*/, 3], [/\bopdrachtnemer\w*|\bleverancier\w*/, 2], [/\bsociale? ondernem\w*|\bsocial enterprise\w*/, 2],
    [/\binkopen\b|\bingekocht\b/, 3], [/\bcontract\w*/, 1], [/\bbestek\w*/, 2], [/\bopdrachten\b/, 1]],
  8: [[/\bmeet (and|&) greet\w*/, 3], [/\bspeeddat\w*/, 3], [/\bkennismakings\w*/, 2], [/\bnetwerklunch\w*/, 3], [/\bontmoet\w*/, 2], [/\bkennismaken\b|\bkennis maken\b/, 2],
    [/\bbanenmarkt\w*|\bmatchingsevent\w*|\bbanenbeurs\w*/, 2], [/\bleidinggevenden en kandidaten\b|\bkandidaten en leidinggevenden\b/, 2], [/\blaagdrempelig\w*/, 1], [/\bop de koffie\b|\blunch\w*/, 2]],
  9: [[/\bproefplaats\w*/, 3], [/\bstage\w*/, 3], [/\bwerkervaring\w*/, 3], [/\bproefperiode\w*/, 2], [/\bsnuffel\w*/, 3], [/\bmeeloop\w*|\bmeelopen\b/, 3], [/\bleerwerk\w*/, 3],
    [/\bbbl\b|\bpraktijkleren\b|\bpraktijkroute\w*/, 2], [/\btraineeship\w*/, 2], [/\bproberen\b|\buitproberen\b|\bprobeer\w*/, 2], [/\bproeftuin\w*|\bpilot\w*/, 1], [/\bwerkplek\w*/, 1]],
  10: [[/\bsw-?bedrij\w*|\bsociaal werkbedrij\w*|\bwerkbedrij\w*/, 3], [/\bintermediair\w*/, 3], [/\bontzorg\w*/, 3], [/\buit handen\b/, 3], [/\bre-?integratiebedrij\w*/, 2],
    [/\bjobcoachorganisatie\w*/, 3], [/\bsamenwerkingsovereenkomst\w*|\bconvenant\w*/, 2], [/\bpartner\w*/, 2], [/\bgemeenten?\b/, 1], [/\buwv\b/, 1], [/\bstichting\b/, 1],
    [/\bsamenwerk\w*/, 1], [/\bna de plaatsing\b|\bnazorg\b/, 2], [/\bbegeleiding\b/, 1], [/\bcedris\b|\bswom\b/, 3]],
  11: [[/\bhoog ?opgeleid\w*/, 3], [/\bhoger opgeleid\w*/, 3], [/\btalent\w*/, 2], [/\bacademic\w*|\bafgestudeerd\w*|\bwo-?niveau\b|\bhbo-?niveau\b|\bmasteropleiding\w*/, 3],
    [/\bonbeperkt talent\b|\bemma at work\b|\bstuderen (en|&) werken op maat\b/, 3], [/\bstudenten\b|\bhbo\b|\bwo\b|\buniversitair\w*/, 2], [/\bdiploma\w*/, 1], [/\bloopbaan\w*|\bgroei\b/, 1], [/\btraineeship\w*/, 1]],
  12: [[/\btraining\w*/, 3], [/\bcursus\w*/, 3], [/\bbegeleider\w*/, 2], [/\bwerkbegeleid\w*/, 3], [/\bjobcoach\w*/, 2], [/\bopgeleid\b|\bopleiden\b|\bopleiding\w*/, 2], [/\bleergang\w*/, 3],
    [/\bworkshop\w*/, 2], [/\bbuddy\w*/, 2], [/\bintervisie\w*/, 2], [/\bscholing\w*|\bgeschoold\b/, 2], [/\b(leidinggevenden|collega'?s) (leren|toerusten|trainen)\b/, 3], [/\bhoe (je|u) .{0,40}begeleid\w*/, 3]],
};
