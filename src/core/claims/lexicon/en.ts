/**
 * English claim lexicon: the words that say who stands behind a sentence and how sure it is.
 * Plain data, validated by tests/unit/claims-lexicon.test.ts; the syntax is described in ./types.ts.
 */
import { EN_ATTRIBUTION } from './attribution-en';
import type { ClaimLexicon } from './types';

export const EN_LEXICON: ClaimLexicon = {
  lang: 'en',
  attribution: EN_ATTRIBUTION,
  rumorCues: [
    {
      id: 'en-hearsay-adverb',
      phrases: [
        'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'rumored', 'rumoured',
        'is rumored to', 'is said to', 'are said to', 'was said to', 'were said to', 'is believed to',
        'are believed to', 'is thought to', 'are thought to', 'is understood to', 'are understood to',
        'is reported to', 'are reported to', 'was reported to', 'is alleged to', 'is tipped to',
        'is tipped for', 'are tipped to', 'said to be', 'believed to be', 'thought to be',
        'is rumoured to', 'ostensibly', 'there is talk', "there's talk", 'talk is that', 'word in', 'we are told', "we're told", "i'm told", 'i am told', 'we have been told', "we've been told", 'raised fears that', 'amid fears that', 'may have been', 'might have been',
      ],
      examples: [
        'Gemini will reportedly come in three sizes.',
        'The company is said to be testing a new chip.',
        'There is apparently disagreement among engineers over the approach.',
      ],
    },
    {
      id: 'en-rumor-noun',
      phrases: [
        'rumors that', 'rumours that', 'amid rumors', 'amid rumours', 'after rumors', 'after rumours',
        'rumors of', 'rumours of', 'rumor has it', 'rumour has it', 'the rumor mill', 'the rumour mill',
        'rumors suggest', 'rumours suggest', 'amid speculation', 'speculation that', 'fueled speculation',
        'fuelled speculation', 'unconfirmed reports', 'unconfirmed', 'leaked', 'a leak',
        'leaks suggest', 'scuttlebutt', 'the grapevine', 'whispers',
      ],
      examples: [
        'Samsung won approval after rumors that its memory had failed tests.',
        'Leaked benchmarks show the chip beating its predecessor by 30%.',
      ],
    },
    {
      id: 'en-impersonal-report',
      phrases: [
        'it was reported', 'it has been reported', 'it is reported', 'it was alleged', 'it is alleged',
        'it has been alleged', 'it is said', 'it was said', 'it is rumored', 'it is rumoured',
        'it is understood', 'it is believed', 'there are reports', 'there have been reports',
        'reports suggest', 'reports say', 'reports indicate', 'reports claim', 'a report suggests',
        'a new report suggests', 'a new report says', 'a new report claims', 'media reports',
        'press reports', 'according to reports', 'according to media reports', 'word is', 'the word is',
        'it is expected', 'it was expected', 'reports have surfaced', 'reports emerged',
      ],
      examples: [
        'Earlier this month, it was reported that the stacks had passed checks.',
        'Reports suggest TSMC has told its toolmakers to put orders on hold.',
      ],
    },
    {
      id: 'en-expected-to',
      phrases: [
        'is expected to', 'are expected to', 'was expected to', 'were expected to', 'is widely expected',
        'are widely expected', 'is poised to', 'is set to announce',
        'is in talks', 'are in talks', 'in advanced talks', 'is in discussions', 'is weighing',
        'is considering', 'is mulling', 'is exploring', 'is said to be considering',
        'is likely to announce', 'plans are afoot', 'in early talks', 'in preliminary talks', 'in exclusive talks',
      ],
      examples: [
        'xAI is expected to go through about $11 billion of cash during 2025.',
        'OpenAI is in talks to raise new funding at a higher valuation.',
      ],
    },
  ],
  opinionCues: [
    {
      id: 'en-first-person-stance',
      phrases: [
        'i think', 'i believe', 'i feel', 'i really think', 'i really believe', 'i really like', 'i really love',
        'i really hate', 'i truly believe', 'i honestly think', 'i still think', 'i personally think', 'i personally', 'i suspect', 'i guess', 'i doubt', 'i hope', 'i wish', 'i expect',
        'i would argue', "i'd argue", "i'd say", 'i would say', 'i love', 'i like', 'i hate', 'i prefer',
        'i recommend', 'i find', 'i found it', 'i am convinced', "i'm convinced", "i'm not sure",
        'i am not sure', "i'm skeptical", 'i am skeptical', 'in my view', 'in my opinion', 'to me',
        'for my part', 'personally', 'we think', 'we believe', 'we expect', 'we hope', 'we suspect',
        'we should expect', 'we recommend', 'we love', "we're excited", 'we are excited', 'in our view',
        'in our opinion', 'we can expect', 'we will likely see', 'we would argue', 'my take',
        'honestly', 'frankly', 'if you ask me', 'my guess is', 'our take', 'i can say', 'i must say',
        'i have to say', "i'm impressed", 'i am impressed', "i'm excited", 'i am excited',
        // The writer's own speculation with a modal (event-scope.ts leaves these out of rumor).
        'i might be', 'i may be', 'i could be', 'we might see', 'we may see', 'we could see', 'maybe we',
        "maybe we'll", 'perhaps we', 'may well', 'might well', 'could well',
      ],
      examples: [
        'We should expect the chip to ship with HBM3 memory.',
        'I think this is the best release the team has shipped.',
        'Personally, I prefer the older interface.',
      ],
    },
    {
      id: 'en-hope-and-doubt',
      phrases: [
        "let's hope", 'let us hope', 'hopefully', 'one hopes', 'it remains to be seen',
        'remains to be seen', 'time will tell', 'only time will tell', 'it is unclear whether',
        "it's unclear whether", 'it is not clear whether', 'it is hard to say', "it's hard to say",
        "it's hard to see", 'it is hard to see', "it's hard to imagine", 'it is hard to imagine',
        "there's no telling", 'who knows', 'leaving many wondering', 'many are wondering', 'one wonders',
        'it is worth asking', 'the question is whether', 'the big question', 'the real question',
        "there's a danger that", 'there is a danger that', "there's a risk that", 'there is a risk that',
        "it's possible that", 'it is possible that', "it's likely that", 'it is likely that',
        'it seems likely', 'it seems unlikely', 'chances are', 'odds are', 'it is safe to say',
        "it's safe to say", 'no doubt', 'without a doubt', 'undoubtedly', 'surely', 'of course',
      ],
      examples: [
        'It remains to be seen whether regulators will agree.',
        "If no compromise emerges, there's a danger that negotiations would be reopened.",
      ],
    },
    {
      id: 'en-writer-inference',
      phrases: [
        'this means that', 'which means that', 'this suggests', 'which suggests', 'this shows',
        'which shows', 'this is why', 'that is why', "that's why", 'the lesson', 'the takeaway',
        'the bottom line', 'in other words', 'it is no surprise', "it's no surprise", 'no wonder',
        'not surprisingly', 'unsurprisingly', 'predictably', 'it goes without saying', 'needless to say',
        'make no mistake', 'to be fair', 'to be sure', 'the truth is', 'the reality is', 'the problem is',
        'the irony', 'the catch', "it's worth", 'it is worth', "that's a", 'the devil is',
        'has some catching up to do', 'catching up to do', 'the writing is on the wall',
        'a textbook case', 'a case study in', 'sounds like', 'looks like a', 'feels like',
        'is likely well', 'will likely', 'is likely to', 'are likely to', 'probably', 'arguably',
        'should be', 'should have', 'ought to',
      ],
      examples: [
        'This means that Apple is 5 years late in generative AI.',
        'The iPhone maker has some catching up to do.',
        'Regulators will likely push back on the plan.',
      ],
    },
  ],
  judgementCues: [
    {
      id: 'en-evaluative-frame',
      phrases: [
        'than ever', 'of all time', 'one of the most', 'one of the best', 'one of the worst',
        'the most important', 'the biggest', 'a big deal', 'game changer', 'game-changer', 'a must',
        'a mess', 'a disaster', 'a triumph', 'a failure', 'a success', 'a win for', 'a blow to',
        'a step in the right direction', 'a step backward', 'a step forward', 'fraught with',
        'falling apart', 'paying a high price', 'a high price', 'a steep price', 'a litany of',
        'high drama', 'can’t get enough', "can't get enough", 'too little, too late', 'a far cry from',
        'leaves much to be desired', 'leaves a lot to be desired', 'is the thing', 'significant undertaking',
        'a tall order', 'an uphill battle', 'a long way to go', 'long overdue', 'a wake-up call',
        'should worry', 'hard to ignore', 'hard to beat', 'worth the wait', 'not worth', 'worth it',
        'a little pain', 'feel the pain', 'the elephant in the room', 'missed the boat', 'miss the boat',
        'a no-brainer', 'a bargain', 'a rip-off', 'too expensive', 'too slow', 'too late', 'so much better',
        'much better', 'far better', 'much worse', 'far worse', 'the best', 'the worst', 'turning point',
        'deserves credit', 'deserve credit', 'kudos', 'a mistake', 'a bad idea', 'a good idea', 'a smart move',
        'a bold move', 'a welcome change', 'a missed opportunity', 'falls short', 'fell short', 'falls flat',
        'fell flat', 'shines', 'stands out', 'a breath of fresh air', 'worth a look', 'hit or miss', 'does nothing to', 'did nothing to', 'do nothing to', 'does little to', 'did little to', 'do little to', 'few would argue', 'no one would argue', 'few would dispute', 'would be safe to say', 'the tip of the iceberg', 'tip of a', 'a thing or two', 'late to the party', 'a clear shot at', 'a shot across the bow', 'far from over', 'far from clear', 'far from certain', 'is another matter', 'is another story', 'is another question', 'makes sense', 'makes little sense', 'makes no sense', 'makes strategic sense', 'a big bet', 'a risky bet', 'a bold bet', 'a safe bet', 'a long shot', "don't bet against", 'do not bet against', 'count me', 'expect more', 'call it what it is', 'all the more', 'as ever', 'even by', 'by any measure', 'by any standard', 'a land grab', 'a power grab', 'smoke and mirrors', 'a red flag', 'a recipe for', 'dressed up as', 'comes cheap', 'come cheap', 'blows away', 'blew away', 'does not stand up', "doesn't stand up", 'do not stand up', "don't stand up", 'could not differ more', "couldn't be more", 'could not be more', "that doesn't mean", 'that does not mean', "this doesn't mean", 'this does not mean', 'will not matter', "won't matter", 'none of that will matter', 'well ahead of', 'ahead of the curve', 'behind the curve', 'less likely to', 'more likely to', 'unlikely to',
      ],
      examples: [
        'With its founder gone, the outlook looks murkier than ever.',
        'The launch was fraught with challenges, glitches and postponements.',
      ],
    },
  ],
  evaluativeWords: {
    id: 'en-evaluative-word',
    phrases: [
      'impressive', 'impressively', 'disappointing', 'disappointingly', 'murky', 'murkier', 'confusing',
      'stunning', 'remarkable', 'remarkably', 'astonishing', 'amazing', 'awesome', 'terrible', 'awful',
      'horrible', 'brilliant', 'excellent', 'fantastic', 'great', 'wonderful', 'superb', 'outstanding',
      'mediocre', 'lackluster', 'lacklustre', 'underwhelming', 'overhyped', 'overrated', 'underrated',
      'ridiculous', 'absurd', 'silly', 'stupid', 'foolish', 'naive', 'misguided', 'reckless', 'baffling',
      'puzzling', 'bizarre', 'weird', 'troubling', 'worrying', 'worrisome', 'alarming',
      'concerning', 'encouraging', 'exciting', 'thrilling', 'boring', 'dull', 'clunky', 'sluggish',
      'elegant', 'beautiful', 'ugly', 'gorgeous', 'sleek', 'slick', 'smart move', 'audacious',
      'dubious', 'questionable', 'unfortunately', 'fortunately', 'sadly', 'luckily',
      'ironically', 'surprisingly', 'unsurprisingly', 'interestingly', 'curiously', 'oddly',
      'strangely', 'thankfully', 'regrettably', 'clearly', 'obviously', 'evidently', 'undeniably',
      
      'frustrating', 'annoying',
      'painful', 'embarrassing', 'shameful', 'pathetic', 'laughable', 'flamboyant',
      'timid', 'tepid', 'lukewarm', 'refreshing', 'compelling',
      'convincing', 'unconvincing', 'pointless', 'useless', 
      'unnecessary', 'overdue', 'overkill', 'misleading', 'dishonest', 'cynical', 'shortsighted',
      'short-sighted', 
      'pivotal', 'revolutionary', 'groundbreaking', 
      'favorite', 'favourite', 
      'enjoyable', 'delightful', 'disastrous', 'catastrophic', 'dire', 'bleak', 'grim',
      'rosy', 'shaky', 
      'hopefully', 'beautifully',
      'painfully', 'uninspired', 'bloated', 'half-baked', 'overpriced', 'stellar',
    ],
    examples: [
      'On the earnings front, the foundry keeps delivering impressive results.',
      'The new interface is confusing and sluggish.',
    ],
  },
  factFrames: {
    id: 'en-no-comment',
    phrases: [
      'declined to comment', 'declined to be interviewed', 'declined to elaborate', 'did not respond',
      'did not immediately respond', 'did not reply', 'did not immediately reply', 'did not answer',
      'did not immediately answer', 'did not return', 'could not be reached', 'was not available for comment',
      'were not available for comment', 'has not responded', 'have not responded', 'no comment',
      'did not comment', 'refused to comment', 'would not comment', "wouldn't comment",
      'did not respond to a request for comment', 'declined to provide', 'declined to say', 'did not say how', 'did not say when', 'did not say whether', 'did not say what', 'did not say which', 'did not say why', 'did not say where', 'did not say who', 'did not say if', 'would not say', "wouldn't say", 'declined to disclose', 'did not disclose', 'would not disclose', 'were not disclosed', 'was not disclosed', 'were not made public', 'was not made public', 'has not confirmed', 'have not confirmed', 'did not confirm', 'has not commented', 'did not specify', 'did not elaborate', 'gave no details', 'did not give details', 'did not provide details', 'could not independently verify', 'could not be independently verified', 'declined to name', 'did not name', 'neither company would say',
    ],
    examples: [
      'A representative for BIS did not immediately answer questions sent by email.',
      'Apple declined to comment.',
    ],
  },
  eventModals: {
    id: 'en-event-modal',
    // Bare "would" is left out: in ordinary prose it is mostly narrative or habitual ("he would decline").
    phrases: ['may', 'might', 'could', 'may soon', 'might soon', 'could soon', 'may already'],
    examples: [
      'The company may already have been offered some relief from the ban.',
      'Intel’s next chip could compete against Nvidia’s H200.',
    ],
  },
  genericModalSubjects: [
    'you', 'we', 'i', 'it', 'this', 'that', 'these', 'those', 'there', 'they', 'one', 'anyone', 'everyone',
    'users', 'developers', 'readers', 'people', 'customers', 'nothing', 'anything', 'something', 'what',
    'which', 'who', 'he', 'she',
  ],
  genericModalVerbs: [
    'contain', 'contains', 'include', 'consist', 'vary', 'differ', 'take', 'require', 'need', 'want', 'wish',
    'access', 'use', 'apply', 'imagine', 'see', 'hear', 'feel', 'sense', 'tell', 'do', 'help', 'find',
    'choose', 'select', 'enable', 'disable', 'configure', 'specify', 'override', 'return', 'throw', 'fail',
    'occur', 'happen', 'cause', 'result', 'mean', 'hold', 'store', 'run', 'read', 'write', 'redistribute',
    'modify', 'copy', 'install', 'remember', 'recall', 'notice', 'barely', 'hardly', 'scarcely', 'only',
    'possibly', 'easily', 'also', 'even', 'sometimes', 'often', 'usually', 'well', 'instead', 'otherwise',
  ],
  narrativePastVerbs: [
    'was', 'were', 'had', 'did', 'knew', 'thought', 'felt', 'saw', 'sat', 'stood', 'came', 'went', 'got',
    'began', 'heard', 'looked', 'seemed', 'wanted', 'tried', 'decided', 'realized', 'realised', 'wondered',
    'hoped', 'feared', 'waited', 'watched', 'turned', 'walked', 'smiled', 'nodded', 'laughed', 'sighed',
  ],
  scopedRumorCues: {
    id: 'en-scoped-hedge',
    phrases: [
      'would likely', 'would probably', 'is preparing to', 'are preparing to', 'is planning to',
      'are planning to', 'may be preparing', 'might be preparing', 'could be preparing',
    ],
    examples: ['The update would likely add smart autocomplete.', 'Apple is preparing to launch a cheaper headset.'],
  },
  eventVerbs: [
    'launch', 'release', 'unveil', 'announce', 'introduce', 'debut', 'ship', 'roll', 'bring', 'add', 'offer',
    'arrive', 'come', 'land', 'return', 'acquire', 'buy', 'purchase', 'sell', 'divest', 'spin', 'merge',
    'partner', 'team', 'raise', 'invest', 'fund', 'back', 'value', 'list', 'float', 'cut', 'lay', 'slash',
    'fire', 'hire', 'recruit', 'build', 'open', 'close', 'shut', 'delay', 'postpone', 'push', 'pull', 'scrap',
    'cancel', 'shelve', 'abandon', 'drop', 'discontinue', 'kill', 'end', 'halt', 'pause', 'suspend', 'resume',
    'restart', 'expand', 'enter', 'exit', 'leave', 'quit', 'resign', 'step', 'replace', 'appoint', 'name',
    'nominate', 'elect', 'ban', 'block', 'restrict', 'fine', 'sue', 'charge', 'indict', 'arrest', 'probe',
    'investigate', 'approve', 'reject', 'clear', 'sign', 'seal', 'strike', 'win', 'lose', 'train', 'test',
    'trial', 'develop', 'design', 'integrate', 'adopt', 'switch', 'move', 'shift', 'relocate', 'seek', 'bid',
    'pay', 'spend', 'accept', 'settle', 'license', 'double', 'triple', 'hike', 'lower', 'reduce', 'increase',
    'boost', 'delist', 'ipo', 'file', 'tease', 'reveal', 'update', 'upgrade', 'support', 'power', 'feature',
    'receive', 'face', 'lift', 'impose', 'tighten', 'loosen', 'extend', 'withdraw', 'retire', 'revive',
    'reinstate', 'restructure', 'reorganize', 'reorganise', 'brought', 'came', 'sold', 'bought', 'built',
    'laid', 'left', 'won', 'lost', 'paid', 'spent', 'struck', 'sought', 'withdrawn', 'set',
  ],
  eventPredicates: {
    id: 'en-event-predicate',
    phrases: [
      'on the way', 'on its way', 'in the works', 'in talks', 'in discussions', 'in negotiations', 'worth',
      'valued at', 'priced at', 'available', 'out of business', 'headed', 'heading', 'bound for', 'next in line',
      'the next', 'the first', 'among the first',
    ],
    examples: ['A new Pixel tablet could be on the way.', 'The startup could be valued at $5 billion.'],
  },
  modalBridges: [
    'soon', 'already', 'also', 'still', 'even', 'eventually', 'ultimately', 'finally', 'potentially',
    'actually', 'now', 'then', 'later', 'instead', 'officially', 'formally', 'quietly', 'publicly', 'again',
    'yet', 'shortly', 'imminently', 'quickly', 'have', 'has', 'be', 'been', 'being', 'willing', 'able',
    'ready', 'about', 'looking', 'set', 'forced', 'planning', 'preparing', 'poised', 'try', 'trying',
    'decide', 'choose', 'need', 'want', 'to',
  ],
  eventSubjectNouns: [
    'update', 'feature', 'features', 'chip', 'chips', 'phone', 'smartphone', 'model', 'models', 'device',
    'devices', 'deal', 'merger', 'acquisition', 'takeover', 'law', 'bill', 'rule', 'rules', 'regulation',
    'ban', 'tariff', 'tariffs', 'launch', 'release', 'product', 'service', 'app', 'tablet', 'laptop',
    'console', 'headset', 'ipo', 'offering', 'round', 'sale', 'price', 'prices', 'plant', 'factory', 'fab',
    'layoffs', 'cuts', 'shares', 'stock', 'talks', 'negotiations', 'settlement', 'lawsuit', 'probe',
    'investigation', 'version', 'successor', 'flagship', 'accelerator', 'processor', 'lineup', 'rollout',
    'upgrade', 'partnership', 'funding', 'valuation', 'project', 'plan', 'plans', 'program', 'programme',
    'regulators', 'lawmakers', 'authorities', 'officials', 'investors', 'rivals', 'competitors',
  ],
  pronounModalSubjects: [],
  deonticModals: {
    id: 'en-deontic',
    // "must" and "need to" are left out: in reporting and documentation they mostly state a requirement
    // ("providers must disclose", "you need to restart"), not the writer's advice.
    phrases: ['should', 'ought to', 'had better', 'should not', "shouldn't"],
    examples: ['Regulators should move faster before these tools become entrenched.'],
  },
  instructionSubjects: ['you', 'it', 'this', 'that', 'there', 'which', 'users', 'readers', 'we', 'i', 'they', 'he', 'she', 'everything', 'output', 'file', 'command'],
  seemVerbs: {
    id: 'en-seem',
    phrases: ['seems to', 'seem to', 'seemed to', 'appears to', 'appear to', 'appeared to', 'seems', 'seem', 'appears'],
    examples: [
      'Still, the nearer the deadline draws, the louder the disputes seem to get.',
      'Even so, Apple appears to be betting that trust pays off.',
    ],
  },
  seemActionVerbs: [
    'delay', 'be delaying', 'postpone', 'be postponing', 'prepare', 'be preparing', 'plan', 'be planning',
    'be working', 'work', 'develop', 'be developing', 'test', 'be testing', 'abandon', 'have abandoned',
    'have dropped', 'drop', 'launch', 'be launching', 'have shelved', 'shelve', 'cut', 'be cutting',
    'have canceled', 'have cancelled', 'cancel', 'build', 'be building', 'hire', 'be hiring', 'acquire',
    'be acquiring', 'be negotiating', 'negotiate', 'have signed', 'sign', 'be in talks', 'move',
    'be moving', 'have moved', 'be exploring', 'be considering',
  ],
  forecastIntensifiers: {
    id: 'en-forecast-intensifier',
    phrases: [
      'dramatically', 'significantly', 'seriously', 'radically', 'fundamentally', 'profoundly', 'massively',
      'hugely', 'forever', 'surely', 'certainly', 'definitely', 'undoubtedly', 'inevitably', 'soon',
      'a serious', 'a major', 'a huge', 'a massive', 'a real', 'a big', 'pain', 'struggle', 'thrive',
      'transform', 'revolutionize', 'revolutionise', 'disrupt', 'reshape', 'upend', 'kill', 'doom',
      'win', 'lose', 'dominate',
    ],
    examples: [
      'A free model this powerful will seriously slow innovation.',
      'Intel and Qualcomm will feel a little pain too.',
    ],
  },
  hypothesisOpeners: ['if', 'should', 'were', 'unless', 'assuming', 'provided that'],
  hypothesisExceptions: {
    id: 'en-not-hypothesis',
    phrases: ['if you', 'if your', 'if so', 'if not', 'if needed', 'if necessary', 'if any', 'if possible', 'should you', 'if the command', 'if it fails'],
    examples: ['If you want to install it, run npm install.'],
  },
};
