/**
 * English attribution frames: the words that name who stands behind a sentence (reporting verbs,
 * "according to", sources named or anonymous). Part of the English claim lexicon (en.ts), split out to
 * keep each file readable. Plain data, validated by tests/unit/claims-lexicon.test.ts.
 */
import type { ClaimLexicon } from './types';

/** The `attribution` part of EN_LEXICON. */
export const EN_ATTRIBUTION: ClaimLexicon['attribution'] = {
  prepositions: {
    id: 'en-according-to',
    phrases: [
      'according to', 'as per', 'per', 'citing', 'as reported by', 'as confirmed by', 'reported by',
      'as first reported by', 'first reported by', 'as noted by', 'as stated by', 'quoted by',
      'in the words of', 'based on information from',
    ],
    examples: [
      'According to TrendForce, the setbacks mean its products will need longer to be certified.',
      'The deal will close next week, per Reuters.',
      'The chip is also caught by the controls, as confirmed by NVIDIA in a filing.',
    ],
  },
  speechVerbs: {
    id: 'en-speech-verb',
    phrases: [
      // "dismissed the sanctions as "theatre"": a quoted verdict, spoken.
      'dismissed … as "', 'dismissed … as “', 'dismisses … as "', 'dismisses … as “',
      // "called the paper “a careful piece of work”": a verdict quoted from its speaker.
      'called … “', 'called … "', 'calls … “', 'calls … "',
      // "The court heard that ...": testimony before a named body.
      'heard that', 'hears that',
      // "The maker promises up to 40 hours", "Sony rates the battery at 30 hours": a maker's figure, its claim.
      'promises up to', 'promise up to', 'claims up to', 'rates the battery at', 'rate the battery at',
      // Attitudes told of someone: "The company hopes to resume launches", "He is confident the deal will pass".
      'hopes to', 'hope to', 'hoped to', 'hopes that', 'is confident', 'are confident', 'was confident', 'were confident',
      'is convinced that', 'are convinced that', 'is optimistic that', 'are optimistic that',
      // ... fears too, as French "craignent que": "Campaigners fear that two branches could close".
      'fear that', 'fears that', 'feared that', 'worry that', 'worries that', 'worried that',
      // ... and doubts told of someone, as French "se demande": "But he wonders when the price cuts will be broader".
      'wonders', 'wondered',
      'hailed',
      // "Lorenz had written, “...”", "She has written that ...", "He remembers that ..." (not "have written to the minister").
      'written that', 'written, “', 'written: “', 'written, "', 'written: "', 'remembers that', 'remembered that',
      // A stance told of someone: "The United States expressed reservations about the funding".
      'expressed reservations', 'expressed doubts', 'expressed concern', 'expressed concerns', 'expresses concern', 'express concern',
      // A characterisation told of its author: "Rob Weir shrugged them off as a marketing effort".
      'shrugged … off as', 'shrugged off … as', 'shrugs off … as', 'brushed … off as', 'brushed off … as', 'brushed aside … as', 'waved … away as', 'waved away … as',
      'said', 'says', 'confirmed', 'confirms', 'told', 'tells', 'stated', 'explained', 'explains', 'claimed', 'claims', 'claim', 'argued', 'argues', 'insisted', 'insists',
      'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'warned', 'warns', 'predicted',
      // Plural present tense: "Civil-society groups such as EDRi warn that ...".
      'warn', 'insist', 'predict', 'caution that', 'stress that', 'maintain that',
      'acknowledge', 'admit', 'conclude that', 'confirm that', 'point out', 'report that', 'state that', 'write that', 'add that',
      // "he recommends calling the front desk": advice told of a named person.
      'recommends', 'recommended that',
      'predicts', 'found that', 'finds that', 'find that', 'showed that', 'shows that', 'show that',
      'concluded that', 'concludes that', 'described', 'describes', 'suggested', 'suggests', 'believes', 'believe', 'reported',
      'reports', 'denied', 'denies', 'noted', 'notes', 'stressed', 'emphasized', 'emphasised',
      'cautioned', 'contended', 'asserted', 'alleged', 'alleges', 'remarked', 'commented',
      'estimated', 'estimates', 'expects', 'forecast', 'forecasts', 'projected',
      'suggest', 'pointed out', 'points out', 'went on to say', 'hinted', 'hints', 'boasted',
      'touted', 'tweeted', 'testified', 'responded', 'replied', 'indicate', 'indicates',
      'indicated', 'say', 'tell', 'mentioned that', 'mentions that', 'disputed', 'disputes', 'countered', 'retorted', 'asked that', 'urged', 'urges', 'demanded that', 'expect', 'contend', 'contends', 'estimate that', 'argue that', 'argue', 'pledged to', 'vowed to', 'promised to', 'is adamant', 'are adamant', 'was adamant', 'accuses', 'accuse', 'highlights that', 'highlighted that', 'underscores that', 'underscored that', 'allege', 'blamed', 'blames', 'apologised', 'apologized', 'apologises', 'apologizes', 'rejected the findings', 'rejects the findings', 'rejected the conclusions', 'rejected the criticism', 'rejected the report', 'concede', 'concedes', 'rejected claims', 'rejects claims', 'rejected the claims', 'rejected the claim', 'rejected allegations', 'rejects allegations', 'rejected the allegations', 'dismissed claims', 'dismissed the claims', 'dismissed allegations', 'rejected reports', 'accused', 'explain', 'put it', 'calls that into question', 'called into question',
    ],
    examples: [
      'Intel says it no longer expects to hit its revenue target this year.',
      'Bloomberg previously reported xAI spends roughly $1.2 billion every month on compute.',
      'Tech mogul Elon Musk denied a press account about his venture.',
    ],
  },
  clauseVerbs: {
    id: 'en-clause-verb',
    phrases: [
      'announced', 'announces', 'revealed', 'reveals', 'disclosed',
      'discloses', 'added', 'adds', 'wrote', 'writes', 'signaled', 'signalled', 'shared',
      // Transitive verbs that take plain objects ("maintained peace", "posted a video"): a claim only with a clause.
      'maintained', 'maintains', 'observed', 'recalled', 'posted', 'promised', 'pledged', 'projects', 'revealed in', 'shows', 'showed', 'divulged', 'divulges', 'promises', 'complained', 'complains', 'states', 'questioned', 'disputes', 'dispute', 'reiterated', 'reiterates', 'reaffirmed', 'reaffirms', 'vowed', 'vows', 'swore', 'mentioned',
      // "..., the study found.": a finding verb reports as a closing tag or with a clause, not with an object.
      'found', 'finds',
      // "Rothman recalls that ...".
      'recalls',
    ],
    examples: [
      'In March, Stability announced founder Emad Mostaque would step down.',
      'Craig Federighi revealed on Tuesday that the improvements are postponed.',
    ],
  },
  learnedVerbs: {
    id: 'en-has-learned',
    // Not "learned from" ("much to be learned from its handling") nor "was told to" (an instruction).
    phrases: ['has learned', 'have learned', 'has learnt', 'has been told that', 'was told that', 'has been told by', 'was told by'],
    examples: ['The startup is cutting a third of its staff, Forbes has learned.'],
  },
  anonymousNouns: {
    id: 'en-anonymous-noun',
    phrases: [
      'sources', 'source', 'insiders', 'insider', 'officials', 'employees', 'staffers', 'analysts',
      // People by what they do, nobody named ("Fans claim", "Dataminers say", "Several riders believe").
      'fans', 'dataminers', 'data miners', 'riders', 'customers', 'shoppers', 'viewers', 'commuters',
      'passengers', 'farmers', 'villagers', 'witnesses', 'onlookers', 'spectators',
      'teammates', 'rivals', 'scouts', 'modders', 'testers',
      'observers', 'executives', 'investors', 'experts', 'critics', 'rumors', 'rumours', 'leakers', 'leaker',
      'tipster', 'tipsters', 'whistleblower', 'aides', 'advisers', 'advisors', 'diplomats', 'bankers',
      'traders', 'workers', 'residents', 'students', 'parents', 'patients', 'nurses', 'teachers', 'doctors', 'defenders', 'supporters', 'opponents', 'hawks', 'protesters', 'pundits', 'locals', 'local people', 'many people', 'proponents', 'skeptics', 'sceptics', 'advocates', 'venture capitalists', 'one venture capitalist', 'a venture capitalist', 'one aide', 'an aide', 'one council aide', 'a council aide', 'people who have seen', 'people who saw', 'people who have read', 'people who were briefed', 'a person who has seen', 'someone who has seen', 'those who have seen', 'one investor', 'one analyst', 'one banker', 'one lawyer', 'one engineer', 'one employee', 'one source', 'campaigners', 'activists', 'economists', 'commentators', 'press reports', 'leaks', 'leak',
      // Everyday nouns are sources only with a determiner or a number: "two people", "the person", not "people".
      'a person', 'one person', 'the person', 'another person', 'a second person', 'two people',
      'three people', 'four people', 'five people', 'six people', 'several people', 'multiple people',
      'some people', 'these people', 'those people', 'the people', 'people familiar', 'people close',
      'people with', 'people who', 'people briefed', 'people involved', 'people at', 'people in', 'people inside', 'people around', 'persons', 'someone', 'one of them',
      'one of these', 'one of those', 'others familiar', 'several employees', 'several workers',
      'some employees', 'people in the know', 'a banker', 'an investor', 'some in the industry', 'many in the industry', 'some at', 'many at', 'others at', 'others in the industry', 'some in', 'many in', 'an analyst', 'a lawyer', 'an insider', 'a diplomat', 'an adviser', 'an advisor', 'a supplier', 'chatter', 'many of them', 'some of them', 'several of them', 'most of them', 'many of those', 'some of those',
    ],
    examples: [
      'Chip industry sources said the measure achieved its goal.',
      'Industry observers believe the move mainly reflects worries over tariffs.',
    ],
  },
  anonymousUnlessNamed: {
    id: 'en-anonymous-unless-named',
    phrases: ['media', 'reports', 'report', 'press', 'outlets', 'documents', 'filings', 'accounts', 'information', 'data', 'reporting'],
    examples: ['Local media reported that the plant would close.', 'Reports suggest TSMC has told its toolmakers to wait.'],
  },
  affiliatedExperts: ['analysts', 'analyst', 'researchers', 'scientists', 'experts', 'economists', 'engineers', 'strategists', 'officials', 'executives', 'spokespeople'],
  headBreakers: [
    'who', 'which', 'that', 'by', 'to', 'speaking', 'quoted', 'cited', 'interviewed', 'contacted',
    'reached', 'told', 'whom', 'whose', 'published',
    // "A city analysis released last month estimated that": a participle after a document's head describes it.
    'released', 'issued', 'commissioned', 'conducted', 'compiled', 'filed', 'submitted', 'presented',
    // "..., said Huang during a keynote before thousands of developers": where, not who.
    'during', 'before',
  ],
  anonymousPhrases: {
    id: 'en-anonymous-phrase',
    phrases: [
      // "people who have seen it": a relative that says the speakers are unnamed witnesses of a document.
      'who have seen', 'who has seen', 'who saw', 'who have read', 'who were briefed', 'who was briefed',
      'familiar with', 'unidentified', 'with knowledge of', 'knowledgeable about', 'close to the matter',
      'close to the company', 'close to the situation', 'close to the talks', 'close to the deal',
      'briefed on', 'declined to be identified', 'declined to be named',
      'asked not to be named', 'asked not to be identified', 'not authorized to', 'not authorised to',
      'condition of anonymity', 'unnamed', 'anonymous', 'who requested anonymity', 'internal documents',
      'leaked documents', 'leaked', 'internal memo', 'internal email', 'people in the know',
      'speaking on background', 'former employees', 'current and former', 'in the room',
      'who were not authorized', 'a senior official', 'an official', 'one official', 'a senior executive',
      'an executive', 'one executive', 'an employee', 'a former employee', 'a current employee', 'a staffer',
      'an insider', 'a manager', 'an engineer', 'a diplomat', 'an aide', 'a senior', 'a source',
      'asked not to be', 'requested anonymity', 'without being named',
      // Leaks: "a draft seen by Reuters", "documents obtained by the Post" (the outlet is only the conduit).
      'seen by', 'obtained by', 'viewed by',
      // "One former researcher said": a single unnamed person, counted rather than named.
      'a former', 'one former', 'one current', 'one senior', 'one person', 'one source', 'one employee',
      'one engineer', 'one researcher', 'one manager', 'one insider', 'one diplomat', 'one aide',
    ],
    examples: [
      'A person with knowledge of the matter told Bloomberg News the team was nervous.',
      'The deal is worth $250 million, said a person familiar with the matter.',
    ],
  },
  sourceNouns: {
    id: 'en-source-noun',
    phrases: [
      'report', 'study', 'article', 'filing', 'filings', 'statement', 'survey', 'paper', 'memo', 'letter',
      'post', 'blog post', 'analysis', 'research', 'poll', 'data', 'figures', 'complaint', 'lawsuit',
      'ruling', 'press release', 'announcement', 'website', 'newspaper', 'outlet', 'publication',
      'newsletter', 'column', 'story', 'document', 'company', 'firm', 'group', 'startup', 'start-up',
      'maker', 'chipmaker', 'giant', 'agency', 'government', 'ministry', 'department', 'regulator',
      'court', 'police', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'ceo',
      'chief executive', 'founder', 'co-founder', 'president', 'minister', 'administration', 'commission',
      'authors', 'researchers', 'team', 'organization', 'organisation', 'lab', 'university', 'author', 'official', 'executive', 'chairman', 'chair', 'director', 'analyst', 'reporter',
      'journalist', 'editor', 'board', 'bank', 'retailer', 'manufacturer', 'carrier', 'developer',
      'insurer', 'airline', 'union', 'council', 'parliament', 'senator', 'governor', 'mayor',
      'prosecutors', 'judge', 'coach', 'manager', 'authorities', 'investigators', 'spokespeople', 'brand', 'platform', 'service', 'operator',
    ],
    examples: [
      'Investors in the deal included Nvidia, Intel and IBM, the company said.',
      'The report says the model was trained on public data.',
    ],
  },
  definiteDeterminers: ['the', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'these', 'those'],
  pronouns: ['he', 'she', 'they', 'it'],
  nonSourceSubjects: [
    'which', 'this', 'that', 'what', 'i', 'we', 'you', 'me', 'us', 'one', 'nobody', 'no one', 'nobody seriously', 'no one seriously', 'everyone', 'it all',
    'all of this', 'all this', 'history', 'time', 'common sense', 'experience', 'term', 'word', 'phrase', 'label', 'its name', 'the name', 'name',
  ],
  capitalisedNonNames: [
    'gp', 'gps',
    'the', 'a', 'an', 'in', 'on', 'at', 'as', 'by', 'for', 'from', 'with', 'without', 'after', 'before',
    'but', 'and', 'or', 'yet', 'so', 'still', 'also', 'while', 'whereas', 'although', 'though', 'when',
    'since', 'until', 'if', 'however', 'meanwhile', 'early', 'initial', 'earlier', 'later', 'last', 'next', 'this', 'that',
    'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'we', 'i', 'you', 'he', 'she',
    'they', 'it', 'there', 'here', 'now', 'today', 'yesterday', 'tomorrow', 'according', 'per', 'citing',
    'some', 'many', 'most', 'several', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
    'nine', 'ten', 'both', 'each', 'every', 'all', 'no', 'not', 'to', 'of', 'even', 'just', 'only',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
    'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'ai', 'us', 'u.s.', 'uk', 'eu', 'american', 'chinese', 'european', 'french', 'german',
    'british', 'korean', 'south', 'north', 'japanese', 'taiwanese', 'indian', 'israeli', 'russian',
    'western', 'silicon', 'valley', 'ceo', 'cto', 'cfo', 'coo', 'mep', 'chief', 'executive',
    'officer', 'senior', 'former', 'industry', 'market', 'chip', 'tech', 'notably', 'instead', 'then',
    'first', 'second', 'finally', 'overall', 'indeed', 'again', 'already', 'once', 'other', 'another',
    'such', 'what', 'which', 'who', 'where', 'why', 'how', 'because', 'despite', 'during', 'over',
    'under', 'about', 'into', 'through', 'among', 'between', 'against', 'than', 'like', 'unlike',
    'making', 'writing', 'speaking', 'asked', 'ask', 'tell', 'say', 'imagine', 'consider', 'take', 'look', 'try', 'people', 'sources', 'investors', 'analysts', 'experts',
    'officials', 'reports', 'rumors', 'insiders', 'employees', 'executives', 'engineers', 'critics',
    'researchers', 'scientists', 'developers', 'users', 'customers', 'media', 'press', 'internal',
    'unnamed', 'anonymous', 'multiple', 'few', 'new', 'latest', 'recent', 'local', 'global',
  ],
  nameConnectors: ['of', 'de', 'du', 'des', 'and', '&', 'for', 'the', 'on', 'van', 'von', 'der', 'la', 'le'],
  nounMarkers: [
    'the', 'a', 'an', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'new', 'media', 'press', 'recent',
    'earlier', 'latest', 'such', 'many', 'several', 'unconfirmed', 'multiple', 'conflicting', 'news',
    'of', 'your', 'my', 'widely', 'initial', 'early', 'quarterly', 'annual', 'financial', 'as',
  ],
  passiveAuxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "wasn't", 'widely'],
  clauseMarkers: [
    'that', 'would', 'will', 'is', 'are', 'was', 'were', 'has', 'had', 'have', 'could', 'can', 'may',
    'might', 'must', 'should', 'plans', 'intends', 'aims', 'expects', 'wants', 'needs', 'remains',
    "isn't", "won't", "wouldn't", "hasn't", 'does', 'did', 'do', 'cannot', 'shall',
  ],
  objectMarkers: [
    'to', 'which', 'who', 'for', 'with', 'of', 'in', 'on', 'at', 'from', 'by', 'and', 'as', 'its', 'plans',
    'a', 'an', 'new', 'details', 'results', 'earnings', 'revenue', 'the',
  ],
  eventObjectNouns: [
    'profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'sales', 'earnings', 'results', 'income',
    'growth', 'decline', 'increase', 'rise', 'drop', 'deficit', 'surplus', 'margin', 'margins', 'turnover',
    'product', 'products', 'model', 'models', 'chip', 'chips', 'version', 'feature', 'features', 'update',
    'partnership', 'acquisition', 'tour', 'date', 'dates', 'lineup', 'range', 'service', 'app', 'plans', 'plan', 'quarterly', 'annual', 'fund', 'investment', 'layoffs', 'deal',
  ],
  fillers: [
    'has', 'have', 'had', 'also', 'previously', 'earlier', 'recently', 'again', 'reportedly', 'first',
    'later', 'today', 'yesterday', 'then', 'now', 'once', 'already', 'further', 'just', 'publicly',
    'privately', 'separately', 'initially', 'repeatedly', 'openly', 'flatly', 'firmly', 'originally', 'exclusively', 'subsequently', 'similarly', 'likewise', 'on', 'in', 'monday',
    'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'week',
    'month', 'year', 'morning', 'evening', 'night', 'afternoon', 'would', 'will', 'did', 'does', 'do',
    'however', 'meanwhile', 'for its part', 'for his part', 'for her part', 'for their part', 'in turn',
  ],
  notNameStarts: ['a', 'any', 'every', 'each', 'in', 'at', 'on', 'after', 'before', 'for', 'by', 'from', 'with', 'since', 'according', 'per', 'despite', 'like', 'as'],
  // English reporting verbs with a plain object are handled by `clauseVerbs`; none is listed here.
  eventAnnouncingVerbs: [],
  groupQuantifiers: ['many', 'several', 'numerous', 'some'],
  nounQuantifiers: ['several', 'many', 'some', 'all', 'most', 'few', 'both', 'various', 'numerous', 'multiple', 'two', 'three', 'four', 'five', 'ten', 'dozens', 'hundreds'],
  negationAdverbs: ['yet', 'publicly', 'officially', 'formally', 'explicitly', 'immediately', 'previously', 'ever', 'directly', 'specifically'],
  nounVerbForms: ['dispute', 'disputes', 'forecasts', 'forecast', 'reports', 'claims', 'claim', 'notes', 'estimates', 'states', 'says', 'projects', 'shares', 'posts', 'promises', 'vows', 'hints'],
  anonymityMarkers: [
    'on condition of anonymity', 'on the condition of anonymity', 'requested anonymity', 'requesting anonymity',
    'asked not to be named', 'asked not to be identified', 'declined to be named', 'declined to be identified',
    'speaking anonymously', 'on background',
  ],
  // (An official statement speaks for its issuer as a study for its authors: "according to a company statement".)
  researchNouns: ['study', 'survey', 'paper', 'poll', 'review', 'meta-analysis', 'audit', 'trial', 'analysis', 'assessment', 'lawsuit', 'complaint', 'statement', 'press release', 'news release'],
  findingNouns: ['research', 'report'],
  researchGroups: ['researchers', 'scientists'],
  // French only: English has no "selon" to read as "depending on", no "a annoncé son intention".
  statementNouns: [],
  dependingOnNouns: [],
  variationVerbs: [],
};
