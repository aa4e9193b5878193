/**
 * English evaluative lexicon: adjectives, degree words and set phrases with which a writer judges.
 * Plain data, checked by tests/unit/claims-evaluative.test.ts; the reading is in ../evaluative-stance.ts.
 */
import type { EvaluativeLexicon } from './evaluative-types';

export const EN_EVALUATIVE: EvaluativeLexicon = {
  lang: 'en',
  adjectives: [
    {
      id: 'en-eval-good',
      words: [
        'heartening',
        'good', 'great', 'excellent', 'superb', 'outstanding', 'wonderful', 'fantastic', 'terrific', 'fabulous',
        'marvelous', 'marvellous', 'amazing', 'awesome', 'brilliant', 'stellar', 'splendid', 'impressive',
        'remarkable', 'exceptional', 'extraordinary', 'phenomenal', 'incredible', 'perfect', 'flawless',
        'admirable', 'commendable', 'decent', 'nice', 'lovely', 'pleasant', 'enjoyable',
        'delightful', 'charming', 'sweet', 'funny', 'hilarious', 'witty', 'clever', 'smart', 'wise', 'sensible',
        'thoughtful', 'insightful', 'compelling', 'captivating', 'gripping', 'engaging', 'riveting', 'moving',
        'touching', 'powerful', 'vibrant', 'refreshing', 'inspiring', 'exciting', 'thrilling', 'fun',
        'cool', 'neat', 'handy', 'useful', 'helpful', 'valuable', 'worthwhile', 'welcome', 'promising',
        'encouraging', 'reassuring', 'beautiful', 'gorgeous', 'stunning', 'elegant', 'sleek', 'polished',
        'lovable', 'likable', 'likeable', 'adorable', 'satisfying', 'rewarding', 'intuitive', 'seamless',
        'effortless', 'snappy', 'speedy', 'reliable', 'sturdy', 'generous', 'honest', 'wholesome',
        'masterful', 'memorable', 'noteworthy', 'worthy', 'interesting', 'fascinating', 'comfortable', 'striking', 'staggering', 'eye-watering', 'breathtaking', 'dizzying', 'mind-boggling', 'astounding', 'spectacular', 'lush', 'heady', 'costly', 'pricey', 'shrewd', 'canny', 'laudable', 'praiseworthy', 'prudent', 'deserved', 'fortunate', 'lucky',
        'intriguing', 'essential', 'crucial', 'vital', 'invaluable', 'indispensable', 'important',
        'unclear', 'uncertain', 'doubtful',
        // A review's verdicts on screens, sound and speed ("The display is bright and sharp").
        'bright', 'sharp', 'crisp', 'vivid', 'responsive', 'roomy', 'solid', 'natural-looking',
      ],
      examples: [
        'The Big Sick is funny and sweet while not backing away from serious illness.',
        'The new build system is really fast and the docs are excellent.',
        'It was a very thoughtful gesture from the team.',
      ],
    },
    {
      id: 'en-eval-bad',
      words: [
        'exaggerated', 'incoherent', 'harsh', 'lenient',
        'bad', 'poor', 'terrible', 'awful', 'horrible', 'dreadful', 'atrocious', 'abysmal', 'appalling',
        'lousy', 'crappy', 'mediocre', 'lackluster', 'lacklustre', 'underwhelming', 'disappointing', 'bland',
        'sobering', 'dismaying', 'disheartening', 'galling', 'damning', 'woeful', 'bewildering', 'toothless', 'feeble', 'ham-fisted', 'cruel',
        'dull', 'boring', 'tedious', 'tiresome', 'clunky', 'sluggish', 'buggy', 'flimsy', 'laggy', 'tinny', 'cramped',
        'ugly', 'hideous', 'messy', 'sloppy', 'careless', 'lazy', 'confusing', 'convoluted',
        'frustrating', 'annoying', 'irritating', 'infuriating', 'maddening', 'painful', 'unbearable',
        'intolerable', 'unacceptable', 'inexcusable', 'embarrassing', 'shameful', 'disgraceful', 'pathetic',
        'laughable', 'ridiculous', 'absurd', 'silly', 'stupid', 'dumb', 'foolish', 'idiotic', 'naive',
        'misguided', 'wrongheaded', 'wrong', 'reckless', 'irresponsible', 'dangerous', 'harmful', 'toxic',
        'troubling', 'worrying', 'worrisome', 'alarming', 'disturbing', 'concerning', 'scary', 'creepy',
        'sad', 'tragic', 'heartbreaking', 'depressing', 'bleak', 'grim', 'dire', 'disastrous', 'catastrophic',
        'pointless', 'useless', 'worthless', 'futile', 'unnecessary', 'overpriced', 'overrated', 'overhyped',
        'bloated', 'half-baked', 'rushed', 'uninspired', 'derivative', 'formulaic', 'predictable', 'cynical',
        'dishonest', 'misleading', 'shortsighted', 'short-sighted', 'questionable', 'dubious', 'unconvincing',
        'weird', 'strange', 'odd', 'bizarre', 'baffling', 'puzzling', 'unfair', 'unjust', 'outrageous',
        'insane', 'crazy', 'hopeless', 'inadequate', 'subpar', 'inferior', 'problematic', 'awkward', 'uncomfortable', 'frothy', 'glaring', 'dismal', 'clumsy', 'heavy-handed', 'ill-conceived', 'ill-advised', 'well-intentioned', 'misplaced', 'overblown', 'unrealistic', 'hollow', 'vague', 'opaque', 'precarious', 'untenable', 'unworkable', 'unsustainable', 'deplorable', 'regrettable', 'lamentable', 'unfortunate', 'unwise', 'imprudent', 'cheesy', 'corny', 'trite', 'stale', 'brazen', 'blatant', 'shameless', 'cavalier', 'overwrought', 'overzealous', 'unjustified', 'undeserved', 'unhealthy', 'unpopular', 'paltry', 'meager', 'meagre',
      ],
      examples: [
        'Banning encryption is a terrible idea and deeply misguided.',
        'The ending feels rushed and the dialogue is painfully bland.',
        'Honestly the whole process was so frustrating.',
      ],
    },
    {
      id: 'en-eval-character',
      words: [
        'obvious', 'self-evident',
        'brave', 'bold', 'courageous', 'audacious', 'ambitious', 'daring', 'arrogant', 'smug', 'pretentious',
        'condescending', 'tone-deaf', 'hypocritical', 'greedy', 'selfish', 'petty', 'vain', 'timid', 'tepid',
        'lukewarm', 'divisive', 'controversial', 'flamboyant', 'charismatic', 'inspired', 'visionary',
        'genius', 'talented', 'gifted', 'skilled', 'competent', 'incompetent', 'clueless', 'savvy',
        'partisan', 'biased', 'ironic', 'iconic', 'legendary', 'overdue',
        'long-overdue', 'premature', 'inevitable', 'unsurprising', 'surprising', 'astonishing', 'shocking',
        'mind-blowing', 'jaw-dropping', 'revolutionary', 'groundbreaking', 'game-changing', 'historic',
        'unprecedented', 'easy', 'simple', 'hard', 'difficult', 'tough', 'tricky', 'complicated', 'risky',
        'impossible', 'doable', 'straightforward',
      ],
      examples: [
        'The decision is bold but tone-deaf.',
        'Setting it up was surprisingly straightforward.',
        'Their reply was incredibly condescending.',
      ],
    },
  ],
  intensifiers: [
    'very', 'so', 'really', 'less than', 'truly', 'genuinely', 'extremely', 'incredibly', 'remarkably', 'exceptionally',
    'awfully', 'terribly', 'hugely', 'wildly', 'insanely', 'ridiculously', 'absurdly', 'painfully', 'deeply',
    'utterly', 'totally', 'absolutely', 'completely', 'entirely', 'thoroughly', 'downright', 'quite',
    'pretty', 'rather', 'fairly', 'super', 'especially', 'particularly', 'surprisingly', 'refreshingly',
    'impressively', 'disappointingly', 'frustratingly', 'delightfully', 'beautifully', 'wonderfully',
    'strikingly', 'stunningly', 'shockingly', 'unbelievably', 'amazingly', 'most', 'least', 'less',
    'more', 'how', 'too', 'far', 'much', 'way', 'equally', 'almost', 'oddly', 'strangely', 'endlessly',
  ],
  evaluativeDegrees: [
    'surprisingly', 'remarkably', 'strikingly', 'refreshingly', 'impressively', 'disappointingly',
    'frustratingly', 'maddeningly', 'annoyingly', 'painfully', 'ridiculously', 'absurdly', 'laughably',
    'shockingly', 'stunningly', 'astonishingly', 'unbelievably', 'amazingly', 'wonderfully', 'delightfully',
    'beautifully', 'woefully', 'sorely', 'hopelessly', 'embarrassingly', 'alarmingly', 'worryingly',
    'suspiciously', 'admirably', 'commendably', 'mercifully', 'blissfully', 'insanely', 'outrageously',
    'needlessly', 'unnecessarily', 'excessively', 'overly', 'unduly', 'dangerously', 'depressingly',
  ],
  predicateAdverbs: [
    'deeply', 'truly', 'genuinely', 'utterly', 'fundamentally', 'plainly', 'profoundly', 'undeniably', 'unquestionably',
    'clearly', 'obviously', 'definitely', 'certainly', 'absolutely', 'inherently', 'hopelessly', 'woefully', 'sorely', 'badly', 'desperately', 'arguably',
  ],
  copulas: [
    'is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'seems', 'seem', 'seemed',
    'looks', 'look', 'looked', 'feels', 'feel', 'felt', 'sounds', 'sound', 'sounded', 'remains', 'remain',
    'remained', 'proves', 'proved', 'becomes', 'became', 'gets', 'got', 'stays', 'stayed', 'find', 'found',
  ],
  copulaBridges: [
    'not', "n't", 'never', 'also', 'still', 'both', 'all', 'always', 'often', 'usually', 'sometimes',
    'now', 'ever', 'just', 'only', 'actually', 'already', 'at', 'times', 'and', 'so', 'mostly', 'largely',
    'generally', 'frankly', 'honestly', 'admittedly', 'it', 'them', 'this', 'that', 'even',
  ],
  excess: ['too'],
  excessStops: [
    'and', 'or', 'but', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'with', 'is', 'are', 'was', 'were',
    'has', 'have', 'had', 'will', 'would', 'can', 'could', 'as', 'if', 'when', 'i', 'we', 'you', 'they',
    'he', 'she', 'it', 'this', 'that', 'there', 'who', 'which', 'from', 'by', 'of', 'so', 'then',
  ],
  phrases: [
    {
      id: 'en-stance-adverb',
      phrases: [
        'sadly', 'luckily', 'unfortunately', 'fortunately', 'thankfully', 'mercifully', 'regrettably',
        'happily', 'alas', 'admittedly', 'frankly', 'honestly', 'ironically', 'interestingly', 'curiously',
        'oddly enough', 'strangely enough', 'funnily enough', 'amusingly', 'tellingly', 'worryingly',
        'disappointingly', 'predictably', 'inevitably', 'rightly', 'wrongly', 'wisely', 'foolishly',
        'to my surprise', 'to be honest', 'to be frank', 'truth be told', 'for better or worse',
        'for better or for worse', 'of course', 'needless to say', 'in short,', 'in a nutshell', 'all in all',
        'simply put', 'put simply', 'in fairness', 'to its credit', 'to their credit', 'to his credit',
        'to her credit', 'mind you', 'let’s face it', "let's face it", 'let’s be honest', "let's be honest",
      ],
      examples: ['Sadly, the sequel never lived up to the original.', 'Luckily the battery lasts all day.'],
    },
    {
      id: 'en-writer-hedge',
      // The writer's own doubt; a hedge on a company's plan is caught first as a rumor (hedges.ts).
      phrases: ['perhaps', 'maybe', 'conceivably', 'in all likelihood', 'for all we know', 'if anything'],
      examples: ['Perhaps the strangest part of the story is the timing.', 'The answer, maybe, lies in the old archive.'],
    },
    {
      id: 'en-writer-framing',
      // Impersonal frames in which the writer weighs what follows ("it is tempting to", "the good news").
      phrases: [
        'it is tempting to', "it's tempting to", 'it is fair to say', "it's fair to say", 'it is no exaggeration',
        "it's no exaggeration", 'hard to overstate', 'easy to see why', 'easy to understand why', 'easy to forget',
        'it would be naive', 'it would be a mistake', 'it would be wrong', 'it is striking', "it's striking",
        'it is telling', "it's telling", 'it is remarkable', "it's remarkable", 'what is clear is', "what's clear is",
        'what matters is', 'the point is', 'the real story', 'the real problem', 'the good news', 'the bad news',
        'the irony is', 'the upshot', "there's a strong case", 'there is a strong case', "there's a case to be made", 'there is a case to be made', 'the real bottleneck', 'the real constraint', 'the bigger risk', 'the biggest risk', 'the weak point', 'the weak spot', 'for all its', 'for all the talk', 'to put it mildly', 'to say the least',
      ],
      examples: [
        'It is tempting to read the memo as a retreat from open research.',
        'The good news is that the older phones get the feature too.',
      ],
    },
    {
      id: 'en-eval-noun',
      phrases: [
        'a shame', 'a pity', 'a crying shame', 'a must-have', 'must-have', 'a must-see', 'must-see',
        'must-read', 'must-watch', 'a must', 'a gem', 'a hidden gem', 'a masterpiece', 'a joy', 'a treat',
        'a delight', 'a pleasure', 'a letdown', 'a let-down', 'a mess', 'a disaster', 'a nightmare',
        'a … nightmare', 'an eyesore', 'a headache', 'a pain', 'a joke', 'a travesty', 'a scandal', 'a farce', 'a fiasco', 'a gimmick',
        'a terrible idea', 'a bad idea', 'a good idea', 'a great idea', 'a smart move', 'a bold move',
        'a mistake', 'a huge mistake', 'a missed opportunity', 'a step backwards', 'a breath of fresh air',
        'a win-win', 'a no-brainer', 'a godsend', 'a lifesaver', 'a red flag', 'a slap in the face',
        'a waste of', 'waste of time', 'waste of money', 'money well spent', 'bang for your buck',
        'bang for the buck', 'the real deal', 'the icing on the cake', 'the cherry on top', 'a tightrope',
        'without a safety net', 'a recipe for disaster', 'a double-edged sword', 'a mixed bag', 'hit and miss',
        'a far cry', 'second to none', 'top-notch', 'top notch', 'world-class', 'state-of-the-art',
        'best-in-class', 'first-rate', 'second-rate', 'third-rate', 'subpar', 'over the top',
      ],
      examples: [
        'It would be a shame to miss this exhibition.',
        'This blender is a must-have for any small kitchen.',
        'Avoiding version control means you are walking a tightrope without a safety net.',
      ],
    },
    {
      // Adjectives whose only reading is a verdict, so they judge wherever they stand, before a noun as
      // well as after "is" ("a questionable call", "a badly drafted law"). Plain quality words ("good",
      // "expensive") are not here: before a noun they often describe rather than judge.
      id: 'en-verdict-epithet',
      phrases: [
        'questionable', 'shameful', 'disgraceful', 'absurd', 'ridiculous', 'laughable', 'lamentable', 'deplorable',
        'misguided', 'wrongheaded', 'wrong-headed', 'half-baked', 'ham-fisted', 'inexcusable', 'indefensible',
        'preposterous', 'badly drafted', 'poorly drafted', 'badly designed', 'poorly designed', 'badly written',
        'poorly written', 'badly managed', 'poorly managed', 'ill-judged', 'undeniable', 'indisputable', 'unquestionable',
        // The writer's argument: "Those contracts do not change the fact that ...", "at the mercy of its suppliers".
        'does not change the fact', 'do not change the fact', "doesn't change the fact", "don't change the fact",
        'at the mercy of', 'exactly the problem', 'precisely the problem', "that's the problem", 'that is the problem',
      ],
      examples: ['But the answer to a badly drafted law is to fix the drafting.', 'It was a questionable call by the referee.'],
    },
    {
      id: 'en-worth',
      phrases: [
        'worth it', 'worth the', 'worth a', 'worth every', 'worth your', 'worth checking', 'worth reading',
        'worth watching', 'worth seeing', 'worth trying', 'worth visiting', 'worth noting', 'worth mentioning',
        'worth considering', 'worth remembering', 'worth buying', 'not worth', 'well worth', 'worthwhile',
        'deserves', 'deserve', 'deserved', 'overdue', 'overrated', 'underrated', 'underappreciated',
        // A reviewer's pick among rivals: "this is the one to try".
        'is the one to try', 'is the one to buy', 'is the one to get', 'is the one to beat', 'are the ones to beat',
      ],
      examples: ['The museum is well worth a visit.', 'It is worth noting that the older model still sells.'],
    },
    {
      id: 'en-second-person-advice',
      phrases: [
        'you should', "you shouldn't", 'you should not', 'you ought to', "you'll want to", 'you will want to',
        "you won't regret", 'you will not regret', "you'll love", 'you will love', "you'll never", "you can't go wrong",
        'you cannot go wrong', "you can't beat", 'you can not beat', "you'd be", 'you would be', "you'd better",
        'you had better', 'do yourself a favor', 'do yourself a favour', "don't miss", 'do not miss',
        "don't bother", 'do not bother', "don't waste", 'do not waste', "don't be fooled", 'trust me',
        'believe me', 'take my word', 'make no mistake', 'be warned', 'give it a try', 'give it a go',
        'go see it', 'go see', 'check it out', 'skip it', 'steer clear', 'stay away from', 'avoid it',
        'you only have yourself to blame', 'yourself to blame', "you're walking", 'you are walking',
        'you may find', 'you might find', 'you may want', 'you might want', 'you may wish', 'you might wish',
        'if you ask me', 'you have to admit', "you've got to", 'you gotta', 'you need to', 'you have to', 'you must', 'make sure you', 'be sure to', "don't forget to", 'could use some', 'could use a', 'could do with', 'would be better', 'would be simpler', 'would be easier', 'would be nicer', 'would be wiser', 'would be preferable', 'would be cleaner', 'would have been better', 'would have been nice',
      ],
      examples: [
        'You should definitely read the book before seeing the film.',
        "Don't bother with the extended edition.",
        'You only have yourself to blame for both of them.',
      ],
    },
    {
      id: 'en-first-person-mind',
      phrases: [
        "i don't think", 'i do not think', "i can't believe", 'i cannot believe', "i can't imagine",
        "i can't help", "i can't wait", 'i wonder', 'i was surprised', 'i was impressed', 'i was disappointed',
        'i have been happy', "i've been happy", 'i was happy', 'i am happy', 'i am impressed', "i'm impressed",
        'i am disappointed', "i'm disappointed", 'i was pleased', 'i am pleased', "i'm pleased",
        // The writer's impression: "this summit feels more like an investment fair".
        'feels more like', 'feels less like', 'feels like a', 'feels like an', 'must finally',
        "i'm glad", 'i am glad', 'i was glad', "i'm happy", "i'm sorry", "i'm afraid", 'i am afraid', 'i fear',
        'i worry', "i'm worried", 'i am worried', 'i admire', 'i appreciate', 'i enjoyed', 'i loved',
        'i hated', 'i liked', 'i adore', 'i miss', 'i regret', 'i consider', 'i seriously consider',
        'i very seriously consider', 'i agree', 'i disagree', "i'm not convinced", 'i am not convinced',
        'i doubt', 'i suspect', 'i reckon', 'i bet', 'i imagine', 'i assume', 'i would rather', "i'd rather",
        'leaves me', 'left me', 'strikes me', 'struck me', 'it seems to me', 'for me', 'my favorite',
        'my favourite', 'my advice', 'my recommendation', 'my only complaint', 'my biggest complaint',
        'my gripe', 'we don’t realize', "we don't realize", 'we do not realize', "we don't realise",
        'we tend to', 'we all know', 'we all', 'we should', "let's not", 'let us not',
        "we can't", 'we cannot afford', 'we forget', 'we often forget', 'we love', 'we were impressed',
        "we're glad", "we're happy", 'our favorite', 'our favourite', 'infuriates me', 'annoys me', 'worries me', 'scares me', 'amazes me', 'bothers me', 'frustrates me', 'surprises me', 'baffles me', 'puzzles me', 'saddens me', 'delights me', 'excites me', 'terrifies me', 'i walked away', 'i am as', 'will tell you that', 'anyone who has ever',
      ],
      examples: [
        'I very seriously consider getting a Mac every single time.',
        "Most of the time we don't realize how much a few lines of code cost.",
        'His answer leaves me with the impression that he persuaded nobody.',
      ],
    },
    {
      id: 'en-rhetorical',
      phrases: [
        "what's not to like", 'what is not to like', 'who could blame', 'who can blame', "who wouldn't",
        'at best', 'at worst', 'why not', 'how about that', 'imagine that', 'so much for', 'so what', 'guess what',
        'no wonder', 'small wonder', 'little wonder', 'not bad', 'not too shabby', 'not great', 'not ideal',
        'not good', 'far from perfect', 'far from ideal', 'by far', 'hands down', 'bar none',
        'the best', 'the worst', 'better than', 'worse than', 'than ever', 'at its best', 'at its worst',
      ],
      examples: ["What's not to like about a free upgrade?", 'This is hands down the best pizza in town.'],
    },
  ],
  neutralUses: [
    // Computing power, measured, not praised: "the most powerful AI models", "a more powerful chip", "the most powerful game console".
    'powerful … model', 'powerful … models', 'powerful … chip', 'powerful … chips', 'powerful … system', 'powerful … systems',
    'powerful … computer', 'powerful … computers', 'powerful … supercomputer', 'powerful … supercomputers', 'powerful … processor',
    'powerful … processors', 'powerful … gpu', 'powerful … gpus', 'powerful … console', 'powerful … consoles', 'powerful … cluster',
    'powerful … accelerators', 'powerful … hardware',
    'statistically significant', 'as clearly', 'see clearly', 'seen clearly', 'clearly visible', 'clearly labeled', 'clearly labelled', 'clearly marked', 'clearly defined', 'clearly stated', "world's most valuable", 'world’s most valuable', 'most valuable company', 'most valuable companies', 'most valuable listed', 'most valuable chipmaker', 'most valuable startup', 'most valuable start-up', 'most valuable private', 'most valuable brand', 'most valuable player', 'significant figures', 'significant digits', 'best practice', 'best practices',
    'best effort', 'best-effort', 'a great deal', 'great britain', 'great lakes', 'great depression',
    'great wall', 'the great', 'fine print', 'fine-tune', 'fine-tuned', 'fine-tuning', 'fine tuning',
    'hard drive', 'hard disk', 'hard copy', 'hard-coded', 'hard coded', 'hard fork', 'hard link',
    'hard reset', 'easy access', 'pretty print', 'pretty-print', 'good faith', 'in good faith',
    'good morning', 'good night', 'well-known', 'as well', 'as well as', 'most of', 'most likely',
    'at least', 'at most', 'not least', 'more or less', 'still life', 'so far', 'so that', 'so as to',
    'even so', 'even if', 'even though', 'just as', 'just in', 'bad actor', 'bad actors', 'right to',
    'the right', 'right now', 'right away', 'human rights', 'fair use', 'fair value', 'solid state',
    'solid-state', 'smart contract', 'smart contracts', 'smart home', 'smart tv', 'smart card',
    'cool down', 'cooling', 'sweet spot', 'slow motion', 'slow-motion', 'the best of', 'best known',
    'best-known', 'perfect match', 'best-selling', 'best selling', 'better known', 'simple majority', 'simple interest',
    // Award names: "won the best director prize".
    'best director', 'best actor', 'best actress', 'best picture', 'best film', 'best supporting', 'best documentary', 'best album', 'best new artist', 'best song', 'best screenplay',
  ],
};
