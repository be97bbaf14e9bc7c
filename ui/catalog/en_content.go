package catalog

// enContent is the English text of the group's content: the default ground
// rules (read aloud by the group, so in the group's own voice), the
// reflection prompts (in the first person) and the facilitator's cues (what
// to say, then what to press). Ids come from package rules. Written to be
// read aloud by someone facilitating for the first time: short, plain, warm.
var enContent = map[Key]string{
	// Ground rules, in reading order.
	"rule.confidentiality":     "What is said in the group stays in the group.",
	"rule.one-voice":           "One person speaks at a time. We listen without interrupting.",
	"rule.speak-for-yourself":  "We speak from our own experience and say \"I\". When someone has shared, we tell them how their story touched us.",
	"rule.no-advice":           "We do not console or give advice unless we are asked. We share pain rather than try to take it away. If you want to offer comfort, ask first, for example: \"Do you want a hug?\"",
	"rule.respectful-feedback": "We give feedback in turn and with respect: what we recognised, and how it affects us.",
	"rule.may-pass":            "Anyone may pass. Say no more than you are ready to.",
	"rule.behind-symptoms":     "We work on what lies behind our troubles, rather than going over the same complaints. We stay in the here and now, and look forward.",
	"rule.tell-the-group":      "If you cannot come, or want to leave the group, let the group know.",
	"rule.two-hours":           "A meeting lasts two hours at most, breaks included.",
	"rule.shared-leadership":   "We share the leading. Someone new facilitates each time, and no one leads for good.",
	"rule.change-together":     "Our rules change only when everyone agrees.",

	// Prompts: a sounding board for emotions.
	"prompt.arrive-feeling":  "How do I arrive today? What is one feeling I bring with me?",
	"prompt.body-now":        "Where in my body do I notice how I am right now?",
	"prompt.feeling-stirred": "What feeling did this story stir in me?",
	"prompt.held-back":       "Which feeling have I kept to myself lately? What happens when I say it out loud?",
	"prompt.felt-heard":      "When did I feel listened to today?",
	"prompt.feeling-lighter": "What feels a little lighter now than when I began?",

	// Prompts: learning to manage my own circumstances.
	"prompt.tried-since": "What have I tried since we last met, and how did it go?",
	"prompt.my-pattern":  "Did this story show me a pattern of my own?",
	"prompt.their-way":   "What did hearing how they met this show me about my own way of meeting things?",
	"prompt.why-i-react": "Think of a moment this week that was hard. What did I think first, and how did that shape what I felt and did?",
	"prompt.what-helped": "When something hard came up lately, what helped me handle it?",
	"prompt.one-step":    "What is one small step I want to try before we meet again?",

	// Prompts: being open to feedback.
	"prompt.open-today":        "Am I ready today to hear how my story touches the others?",
	"prompt.honest-reaction":   "What is my honest reaction, said the way I would like to hear it myself?",
	"prompt.said-with-respect": "What do I want to say back about how this touched me, openly and with respect?",
	"prompt.reaction-kept":     "Which of the others' reactions do I want to remember?",
	"prompt.hard-to-hear":      "What have I found hard to hear from others lately? Could some of it be true?",
	"prompt.own-judgement":     "Having listened to the others, what do I now trust in my own judgement?",

	// Prompts: normalising experiences.
	"prompt.outside-pressure":  "Which expectations from outside have weighed on me lately?",
	"prompt.bring-today":       "Is there something hard to talk about that I want to bring today?",
	"prompt.not-only-me":       "Did I hear something I thought only I felt?",
	"prompt.harsh-on-myself":   "Which of my reactions do I judge harshly? Could it be a normal way to react?",
	"prompt.less-strange":      "What feels less strange, or less shameful, now that it has been said?",
	"prompt.unexpected-common": "What do I share with the others here that I did not expect?",

	// Prompts: personalised help.
	"prompt.need-today":     "What do I need from the group today?",
	"prompt.warmth-felt":    "What warmth or respect did I feel while I listened?",
	"prompt.kindness-today": "What kindness did I meet today, or give?",
	"prompt.ask-for-help":   "When did I last ask for help? What would I like to ask for now?",
	"prompt.where-support":  "Where do I find support when I need it, and how do I reach for it?",
	"prompt.dare-a-little":  "What could I dare to do a little more than I thought I could?",

	// Prompts: connections that focus on positives.
	"prompt.good-thing":         "What is one good thing that has happened since we last met?",
	"prompt.in-common":          "What do I have in common with what I just heard?",
	"prompt.strength-heard":     "What strength did I hear in this story?",
	"prompt.what-works":         "What has worked for me lately, however small?",
	"prompt.good-for-something": "Has something hard in my life also brought me something of value?",
	"prompt.leaving-compared":   "How do I feel now, compared with when I arrived?",

	// Prompts: participation that makes me feel valued.
	"prompt.worth-coming":  "What made it worth coming here today?",
	"prompt.trusted-with":  "How does it feel to be trusted with this story?",
	"prompt.shared-openly": "What does it mean to me that this was shared so openly?",
	"prompt.my-part":       "What did I give to the circle today?",
	"prompt.gave-received": "What support did I give lately, and what did I receive?",
	"prompt.worth-as-much": "Where do I feel I am worth just as much as others? Where do I not feel it yet?",

	// Prompts: leadership from within.
	"prompt.my-choice":         "What choice is mine to make this week?",
	"prompt.recognised-myself": "Where did I recognise myself in this story?",
	"prompt.possible-for-me":   "Did this story make something seem possible for me too?",
	"prompt.own-voice":         "When did I use my own voice today?",
	"prompt.old-pattern":       "Which old pattern am I leaving behind? How would I notice if it came back?",
	"prompt.my-direction":      "Where do I want my life to go next, in my own words?",

	// Cues for the facilitator, in the order a meeting meets them.
	"cue.first-meeting": "This is your group's first meeting. Read the rules below aloud together. Change, add or remove rules until everyone agrees, and make sure all agree to keep what is said in the group. Later a rule changes only when everyone agrees. Press enter when you all agree.",
	"cue.welcome":       "Welcome everyone, and thank you for coming. We will finish on time, and what is said here stays in this room. Press enter to start the check-in round.",
	"cue.welcome-rules": "Welcome everyone, and thank you for coming. We will finish on time, and what is said here stays in this room. This group holds no check-in round: press enter to go on to the ground rules.",
	"cue.checkin":       "Ask how they arrive today, in a few words. Press enter when they are done, or p if they pass.",
	"cue.rules":         "Read each rule aloud and press space to tick it. When all are read, press enter to start the sharing.",
	"cue.sharing":       "Now the circle of sharing. Each person shares in turn, then the others say one by one how the story touched them, or pass. Press enter to begin.",
	"cue.plain":         "Now a round of sharing. Each person has the same time to speak, and anyone may pass. Press enter to begin.",
	"cue.open":          "Now the floor is open: whoever wants to speak about where the shoe pinches now. Give the floor with the seat's number key (0 is seat 10; + and a digit are seats 11 to 20), and space when no one has it. Quiet bars show who has spoken; invite those who have not. Press enter to close the floor.",
	"cue.share":         "Let them speak without interruption. Press enter when they show they are done, or p if they pass.",
	"cue.reaction":      "Ask how the story touched them and what they recognised. No advice, no consoling. Press enter when they are done, or p if they pass.",
	"cue.overtime":      "The time is up, but no one is cut off. Give a gentle sign, and press enter when they finish.",
	"cue.short":         "The plan does not fit the time we have. Take a breath and press c to choose a change. The closing keeps its time.",
	"cue.break-due":     "Half the circle has shared. This is a good moment for the planned break: press b.",
	"cue.break":         "We are on a break. The meeting clock keeps running. Press b to carry on.",
	"cue.closing":       "Time to close. Each person says what they take with them today. Press enter to begin.",
	"cue.checkout":      "Ask what they take with them today, in a few words. Press enter when they are done, or p if they pass.",
	"cue.handover":      "Remind everyone that what was said stays in this room. Has the next facilitator been chosen? Press y for yes, or n for not yet.",
	"cue.done":          "The meeting is over. Thank you all for coming. The meeting log is saved, and it names no one.",
}
