package catalog

// nbContent is the Norwegian Bokmål text of the group's content: the default
// ground rules (read aloud by the group, in its own voice: «vi»), the
// reflection prompts (in the first person: «jeg») and the facilitator's cues
// (what to say, then what to press). Written in the words Norwegian
// self-help groups use (taushetsplikt, her og nå, si «jeg», våge å ikke gi
// råd, dele smerte), to be read aloud by someone who is ordstyrer for the
// first time. A cue speaks of the person whose turn it is as «personen» or
// «den som snakker», since Norwegian has no settled singular «they».
var nbContent = map[Key]string{
	// Ground rules, in reading order.
	"rule.confidentiality":     "Vi har taushetsplikt: Det som blir sagt i gruppa, blir i gruppa.",
	"rule.one-voice":           "Én snakker om gangen. Vi lytter uten å avbryte.",
	"rule.speak-for-yourself":  "Vi snakker ut fra egen erfaring og sier «jeg». Når noen har delt, forteller vi hvordan historien berørte oss.",
	"rule.no-advice":           "Vi trøster ikke og gir ikke råd med mindre vi blir spurt. Vi deler smerten i stedet for å prøve å ta den bort. Vil du trøste, så spør først, for eksempel: «Vil du ha en klem?»",
	"rule.respectful-feedback": "Vi gir tilbakemelding etter tur og med respekt: hva vi kjente igjen, og hvordan det berører oss.",
	"rule.may-pass":            "Alle kan stå over. Ikke si mer enn du er klar for.",
	"rule.behind-symptoms":     "Vi arbeider med det som ligger bak vanskene våre, heller enn å gjenta de samme klagene. Vi holder oss her og nå, og ser framover.",
	"rule.tell-the-group":      "Gi beskjed til gruppa hvis du ikke kan komme, eller hvis du vil slutte.",
	"rule.two-hours":           "Et møte varer høyst to timer, pauser medregnet.",
	"rule.shared-leadership":   "Vi deler på ansvaret for å lede. Vi bytter på å være ordstyrer, og ingen leder gruppa fast.",
	"rule.change-together":     "Reglene våre endres bare når alle er enige.",

	// Prompts: et sted å kjenne på følelser (a sounding board for emotions).
	"prompt.arrive-feeling":  "Hvordan har jeg det i dag? Hvilken følelse har jeg med meg?",
	"prompt.body-now":        "Hvor i kroppen merker jeg hvordan jeg har det akkurat nå?",
	"prompt.feeling-stirred": "Hvilken følelse vekket denne historien i meg?",
	"prompt.held-back":       "Hvilken følelse har jeg holdt for meg selv i det siste? Hva skjer når jeg sier den høyt?",
	"prompt.felt-heard":      "Når kjente jeg at noen lyttet til meg i dag?",
	"prompt.feeling-lighter": "Hva kjennes litt lettere nå enn da jeg kom?",

	// Prompts: å lære å mestre egen situasjon (managing my circumstances).
	"prompt.tried-since": "Hva har jeg prøvd siden sist vi møttes, og hvordan gikk det?",
	"prompt.my-pattern":  "Viste denne historien meg et mønster jeg selv har?",
	"prompt.their-way":   "Jeg hørte hvordan den andre møtte dette. Hva sier det meg om min egen måte å møte ting på?",
	"prompt.why-i-react": "Tenk på et øyeblikk denne uken som var vanskelig. Hva tenkte jeg først, og hvordan påvirket det det jeg følte og gjorde?",
	"prompt.what-helped": "Når noe har vært vanskelig i det siste, hva har hjulpet meg å takle det?",
	"prompt.one-step":    "Hva er ett lite steg jeg vil prøve før vi møtes igjen?",

	// Prompts: å være åpen for tilbakemeldinger (open to feedback).
	"prompt.open-today":        "Er jeg klar i dag til å høre hvordan historien min berører de andre?",
	"prompt.honest-reaction":   "Hva er min ærlige respons, sagt slik jeg selv ville likt å høre den?",
	"prompt.said-with-respect": "Hva vil jeg si om hvordan dette berørte meg, åpent og med respekt?",
	"prompt.reaction-kept":     "Hva av det de andre sa, vil jeg ta vare på?",
	"prompt.hard-to-hear":      "Hva har vært vanskelig for meg å høre fra andre i det siste? Kan noe av det være sant?",
	"prompt.own-judgement":     "Nå som jeg har lyttet til de andre: Hva stoler jeg på i min egen vurdering?",

	// Prompts: å oppleve at det er normalt (normalising experiences).
	"prompt.outside-pressure":  "Hvilke forventninger utenfra har tynget meg i det siste?",
	"prompt.bring-today":       "Er det noe som er vanskelig å snakke om, som jeg vil ta opp i dag?",
	"prompt.not-only-me":       "Hørte jeg noe jeg trodde bare jeg kjente på?",
	"prompt.harsh-on-myself":   "Hvilke av mine egne reaksjoner dømmer jeg hardt? Kan det være en vanlig måte å reagere på?",
	"prompt.less-strange":      "Hva kjennes mindre rart, eller mindre skamfullt, nå som det er sagt høyt?",
	"prompt.unexpected-common": "Hva har jeg felles med de andre her som jeg ikke hadde ventet?",

	// Prompts: hjelp som passer for meg (personalised help).
	"prompt.need-today":     "Hva trenger jeg fra gruppa i dag?",
	"prompt.warmth-felt":    "Hvilken varme eller respekt kjente jeg mens jeg lyttet?",
	"prompt.kindness-today": "Hvilken vennlighet møtte eller viste jeg i dag?",
	"prompt.ask-for-help":   "Når ba jeg sist om hjelp? Hva vil jeg be om nå?",
	"prompt.where-support":  "Hvor finner jeg støtte når jeg trenger det, og hvordan søker jeg den?",
	"prompt.dare-a-little":  "Hva kan jeg våge litt mer av enn jeg trodde jeg kunne?",

	// Prompts: fellesskap som ser det gode (connections that focus on positives).
	"prompt.good-thing":         "Hva er én god ting som har skjedd siden sist vi møttes?",
	"prompt.in-common":          "Hva har jeg felles med det jeg nettopp hørte?",
	"prompt.strength-heard":     "Hvilken styrke hørte jeg i denne historien?",
	"prompt.what-works":         "Hva har fungert for meg i det siste, hvor lite det enn er?",
	"prompt.good-for-something": "Har noe vanskelig i livet mitt også gitt meg noe av verdi?",
	"prompt.leaving-compared":   "Hvordan har jeg det nå, sammenlignet med da jeg kom?",

	// Prompts: å bety noe for de andre (participation that makes me feel valued).
	"prompt.worth-coming":  "Hva gjorde det verdt å komme hit i dag?",
	"prompt.trusted-with":  "Hvordan kjennes det å bli betrodd denne historien?",
	"prompt.shared-openly": "Hva betyr det for meg at dette ble delt så åpent?",
	"prompt.my-part":       "Hva bidro jeg med i gruppa i dag?",
	"prompt.gave-received": "Hvilken støtte har jeg gitt i det siste, og hva har jeg fått?",
	"prompt.worth-as-much": "Hvor kjenner jeg at jeg er like mye verdt som andre? Hvor kjenner jeg det ikke ennå?",

	// Prompts: å lede seg selv (leadership from within).
	"prompt.my-choice":         "Hvilket valg er mitt å ta denne uken?",
	"prompt.recognised-myself": "Hvor kjente jeg meg igjen i denne historien?",
	"prompt.possible-for-me":   "Fikk denne historien noe til å virke mulig for meg også?",
	"prompt.own-voice":         "Når brukte jeg min egen stemme i dag?",
	"prompt.old-pattern":       "Hvilket gammelt mønster er jeg på vei bort fra? Hvordan ville jeg merke det om det kom tilbake?",
	"prompt.my-direction":      "Hvor vil jeg at livet mitt skal gå nå? Med mine egne ord.",

	// Cues for the facilitator, in the order a meeting meets them.
	"cue.first-meeting": "Dette er gruppas første møte. Les reglene nedenfor høyt sammen. Endre, legg til eller fjern regler til alle er enige, og sørg for at alle sier ja til taushetsplikten. Senere endres en regel bare når alle er enige. Trykk enter når dere er enige.",
	"cue.welcome":       "Velkommen, alle sammen, og takk for at dere kom. Vi slutter i tide, og det som blir sagt her, blir i dette rommet. Trykk enter for å starte innsjekkrunden.",
	"cue.welcome-rules": "Velkommen, alle sammen, og takk for at dere kom. Vi slutter i tide, og det som blir sagt her, blir i dette rommet. Denne gruppa har ingen innsjekkrunde: trykk enter for å gå videre til gruppereglene.",
	"cue.checkin":       "Spør: «Hvordan har du det i dag?» Noen få ord er nok. Trykk enter når personen er ferdig, eller p hvis personen står over.",
	"cue.rules":         "Les hver regel høyt, og trykk mellomrom for å krysse den av. Når alle er lest, trykker du enter for å starte delingen.",
	"cue.sharing":       "Nå begynner delingen. Én og én deler, og etter hver deling sier de andre etter tur hvordan det var å høre historien, eller står over. Trykk enter for å begynne.",
	"cue.plain":         "Nå tar vi en delingsrunde. Alle får like lang tid til å snakke, og alle kan stå over. Trykk enter for å begynne.",
	"cue.open":          "Nå er ordet fritt: den som vil, forteller hvor skoen trykker nå. Gi ordet med tasten for plassnummeret (0 er plass 10; + og et tall er plass 11 til 20), og mellomrom når ingen har ordet. De rolige stolpene viser hvem som har snakket; inviter dem som ikke har sagt noe ennå. Trykk enter for å avslutte den frie praten.",
	"cue.share":         "La personen snakke uten å bli avbrutt. Trykk enter når du får et tegn om at turen er over, eller p hvis personen står over.",
	"cue.reaction":      "Spør: «Hvordan var det å høre historien, og hva kjente du igjen?» Ingen råd, ingen trøst. Trykk enter når personen er ferdig, eller p hvis personen står over.",
	"cue.overtime":      "Tiden er ute, men ingen blir avbrutt. Gi et vennlig tegn, og trykk enter når personen er ferdig.",
	"cue.short":         "Planen er for stram for tiden vi har. Pust rolig, og trykk c for å velge en endring. Avslutningen beholder tiden sin.",
	"cue.break-due":     "Halve gruppa har delt. Nå passer det godt med den planlagte pausen: trykk b.",
	"cue.break":         "Vi har pause. Møteklokka går videre. Trykk b for å fortsette.",
	"cue.closing":       "Nå er det tid for å avslutte. Alle sier etter tur hva de tar med seg fra i dag. Trykk enter for å begynne.",
	"cue.checkout":      "Spør: «Hva tar du med deg fra i dag?» Noen få ord er nok. Trykk enter når personen er ferdig, eller p hvis personen står over.",
	"cue.handover":      "Minn alle på at det som ble sagt, blir i dette rommet. Er neste ordstyrer valgt? Trykk j eller y for ja, eller n for ikke ennå.",
	"cue.done":          "Møtet er over. Takk til alle for at dere kom. Møteloggen er lagret, og den inneholder ingen navn.",
}
