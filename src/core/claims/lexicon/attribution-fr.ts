/**
 * French attribution frames: the words that name who stands behind a sentence (reporting verbs,
 * "selon", sources named or anonymous). Part of the French claim lexicon (fr.ts), split out to
 * keep each file readable. Plain data, validated by tests/unit/claims-lexicon.test.ts.
 */
import type { ClaimLexicon } from './types';

/** The `attribution` part of FR_LEXICON. */
export const FR_ATTRIBUTION: ClaimLexicon['attribution'] = {
  prepositions: {
    id: 'fr-selon',
    phrases: [
      'selon', "d'après", "si l'on en croit", 'si on en croit', 'à en croire', 'aux dires de',
      "de l'aveu de", 'citant', 'cité par', 'citée par', 'cités par', 'relayé par', 'relayée par',
      'rapporté par', 'rapportée par', 'rapportés par', 'révélé par', 'révélée par', 'confirmé par',
      'confirmée par', 'comme le rapporte', 'comme le révèle', 'comme le précise', "comme l'indique",
      "comme l'explique", "comme l'a révélé", "comme l'a rapporté", "comme l'a indiqué",
      "comme l'a annoncé", "comme l'affirme", 'comme le souligne', 'comme le note', 'de source',
      // "comme l'a montré une étude de Météo-France": a study's finding, told as such.
      "comme l'a montré", "comme l'ont montré", 'comme le montre', 'comme le montrent', "comme l'a souligné", "comme l'a expliqué",
      'pour reprendre les mots de', 'dixit', 'aux yeux de', "aux yeux d'", 'aux yeux du', 'aux yeux des',
    ],
    examples: [
      'Selon Reuters, la HBM3E de Samsung fait encore l’objet de tests.',
      'NVIDIA aurait revu ses objectifs, d’après TrendForce.',
      'Si l’on en croit le Financial Times, le fondeur aurait mis 60 milliards sur la table.',
    ],
  },
  speechVerbs: {
    id: 'fr-speech-verb',
    phrases: [
      // "a présenté l'expérimentation comme « un outil ... »": a verdict quoted from its speaker.
      'présenté … comme «', 'présente … comme «',
      // "Le gouvernement présente l'expérimentation comme une avancée": its characterisation, told of it.
      'présente … comme une', 'présente … comme un', 'présentent … comme une', 'présentent … comme un', 'a présenté … comme une', 'a présenté … comme un',
      // "Karim Benali a reproché au maire d'avoir ...".
      'reproché à', 'reproché au', 'reproché aux',
      // A stance told of someone: "Les États-Unis ont exprimé des réserves sur le financement".
      'exprimé des réserves', 'exprimé des doutes', 'exprimé des inquiétudes', 'exprimé son inquiétude', 'exprimé leur inquiétude',
      'exprime des réserves', 'expriment des réserves', 'exprime des doutes', 'expriment des doutes', 'qualifié … de «', 'qualifie … de «',
      // "a défendu mardi sur France Inter un outil « utile dans l'immense majorité des cas »": a verdict quoted from its speaker.
      'a défendu … «', 'ont défendu … «', 'défend … «', 'défendent … «',
      // "Le fabricant annonce jusqu'à 40 heures d'autonomie": a maker's figure, its claim (an announced product stays an event).
      "annonce jusqu'à", "annoncent jusqu'à", "promet jusqu'à", "promettent jusqu'à", "revendique jusqu'à", "revendiquent jusqu'à",
      // "La CNIL soulève notamment que ...": a point raised by a named body.
      'soulève notamment que', 'relève notamment que',
      'confirme', 'confirment', 'confirmé', 'déclare', 'déclarent', 'déclaré', 'indique', 'indiquent', 'indiqué', 'affirme', 'affirment',
      'affirmé', 'estime', 'estiment', 'estimé', 'explique', 'expliquent', 'expliqué', 'précise',
      'précisent', 'précisé', 'rapporte', 'rapportent', 'rapporté', 'raconte', 'racontent', 'raconté',
      'révèle', 'révèlent', 'révélé', 'dément', 'démentent', 'démenti', 'assure', 'assurent', 'assuré',
      'souligne', 'soulignent', 'souligné', 'reconnaît', 'reconnait',
      'reconnaissent', 'reconnu', 'admet', 'admettent', 'admis', 'juge', 'jugent',
      'considère', 'considèrent', 'considéré', 'revendique', 'revendiquent', 'revendiqué', 'salue',
      'saluent', 'salué', 'fait part', 'a fait part', 'laissé entendre', 'laisse entendre', 'prévient',
      'préviennent', 'averti', 'avertit', 'insiste', 'insisté', 'martèle', 'martelé', 'résume', 'résumé',
      'commente', 'commenté', 'a témoigné', 'ont témoigné', 'a-t-il témoigné', 'a-t-elle témoigné', 'témoigne-t-il', 'témoigne-t-elle', 'a annoncé son intention', 'annonce son intention', 'ont annoncé leur intention', 'annoncent leur intention',
      'invoque', 'invoquent', 'invoqué', 'espère', 'espèrent', 'suggère', 'suggèrent', 'suggéré', 'évoque', 'évoquent', 'évoqué', 'fait état', 'font état',
      'faisant état', 'constate', 'constatent', 'constaté', 'conclut', 'concluent', 'concluait', 'concluaient', 'montre que',
      'montrent que', 'a montré que', 'nuance', 'nuancé', 'tempère', 'tempéré', 'se félicite', "s'est félicité",
      "s'est félicitée", "s'est montré", "s'est montrée", "s'est dit", "s'est dite", 'se dit',
      "s'attend", "s'attendent", 'recommande', 'recommandent', 'recommandé', 'prédit', 'prédisent',
      'a conclu que', 'ont conclu que', 'conclut que', 'concluent que', 'relève toutefois que', 'relèvent toutefois que', 'souligne toutefois que', 'note toutefois que', 'relevait', 'relevaient', 'promet', 'promis', 'dénonce', 'dénoncé', 'critique', 'regrette', 'regretté', 'déplore', 'déploré',
      'a dit', 'avait dit', 'ont dit', 'a-t-il dit', 'a-t-elle dit', 'dit-il', 'dit-elle', 'selon lui',
      'selon elle', 'ont déclaré', 'a déclaré', 'a-t-il déclaré', 'a-t-elle déclaré', 'a-t-il ajouté',
      'a-t-elle ajouté', 'a-t-il précisé', 'a-t-elle précisé', 'a-t-il expliqué', 'a-t-elle expliqué',
      'a-t-il indiqué', 'a-t-elle indiqué', 'a-t-il assuré', 'a-t-elle assuré', 'écrit-il', 'écrit-elle',
      'explique-t-il', 'explique-t-elle', 'précise-t-il', 'précise-t-elle', 'ajoute-t-il', 'ajoute-t-elle',
      'estime-t-il', 'estime-t-elle', 'assure-t-il', 'assure-t-elle', 'indique-t-il', 'indique-t-elle',
      'souligne-t-il', 'souligne-t-elle', 'confie-t-il', 'confie-t-elle', 'poursuit-il', 'poursuit-elle', 'note', 'notent', 'a noté', 'maintient', 'maintiennent', 'a maintenu', 'se souvient', 'se rappelle', 'la disent', 'le disent', 'les disent', 'évoquait', 'évoquaient', 'ironisait', 'ironisaient', 'accusé', 'promettent', 'doutent',
      // "..., croit savoir La Lettre": the named outlet vouches for what it heard (an unnamed informant stays anonymous).
      'croit savoir', 'croient savoir', 'a exigé', 'ont exigé', 'exige que', "exige qu'", 'exigent que',
      // Common verbs of speech that were missing: "a répété que", "avance que", "a concédé", "a juré".
      // ("ont concédé quatre pénalités" is a match's event: conceding speaks only with its clause.)
      'répète', 'répètent', 'répété', 'avance que', 'avancent que', 'a avancé', 'argue', 'arguent', 'argumente', 'concède que', "concède qu'",
      'concèdent que', 'a concédé que', "a concédé qu'", 'jure', 'jurent', 'juré', 'objecte', 'objectent', 'objecté', 'tonne', 'tonné', 'doute de', 'doute que', "doute qu'", 'doute toutefois', 'doute cependant', 'doute pourtant', 'doute aussi', 'doute également', 'doute fort', 'doutait de', 'doutait que', "doutait qu'", 'doutent de', 'recense', 'a recensé', 'ont recensé', 'dénombre', 'a dénombré', 'comptabilise', 'a comptabilisé', 'conseille', 'conseillent', 'a conseillé', 'parle de', 'parlent de', 'a parlé de', 'appelle à', 'appellent à', 'a appelé', 'ont appelé', 'confient', 'témoigne', 'témoignent', 'analyse', 'observe', 'observent', 'justifie', 'justifient', 'a justifié', 'soupçonne', 'soupçonnent', 'redoute', 'redoutent', 'tablait', 'tablaient', 'met en avant', 'mettent en avant', 'a mis en avant', "s'interroge", "s'interrogent", 'se demande', 'se demandent', 'glisse-t-on', 'confie-t-on', 'souffle-t-on', 'indique-t-on', 'assure-t-on', 'explique-t-on', 'précise-t-on', 'affirme-t-on', 'estime-t-on', 'reconnaît-on', 'admet-on', 'réaffirme', 'réaffirment', 'réaffirmé', 'a réaffirmé', 'réitère', 'réitéré', 'a réitéré', 'réfute', 'réfutent', 'réfuté', 'a réfuté', 'rejette les accusations', 'a rejeté les accusations', 'jugé', 'accuse', 'accusent', 'dénoncent', 'reproche', 'reprochent', 'y voit', 'y voient', 'voit dans', 'voient dans', 'écarte', 'écartent', 'a écarté', 'balaie', 'a balayé … critiques', 'a balayé … accusations', 'a balayé … hypothèse', 'a balayé … rumeurs', 'a balayé … rumeur', 'a balayé … arguments', 'a balayé … objections', 'a balayé … reproches', "a balayé d'un revers", 'ont balayé … critiques', 'ont balayé … accusations', 'soulève que', 'soulèvent que', 'relève que', 'relèvent que', 'demandent', 'réclame', 'réclament', 'exhorte', 'exhortent', 'plaide', 'plaident', 'plaidé', 'a plaidé', 'ont plaidé', 'épingle', 'épinglent', 'épinglé', 'chiffre à', 'chiffrent à', 'a chiffré', 'ironisé', 'raillé', 'fustigé', 'taclé', 'asséné', 'alerté', 'prévenu', 'mis en garde', 'met en garde', 'fait valoir', 'font valoir', 'fait savoir', 'table sur', 'tablent sur', 'conteste', 'contestent', 'contesté', 'nie', 'nient', 'a nié', 'qualifie', 'qualifient', 'qualifié', 'alerte', 'alertent', "s'inquiète", "s'inquiètent", "s'insurge", "s'insurgent", "s'indigne", "s'indignent", "s'agace", "s'agacent", "s'emporte", "s'alarme", "s'alarment", "s'étonne", "s'étonnent", 'se désole', 'se désolent', "s'offusque", "s'offusquent", 'se plaint', 'se plaignent', 'se lamente', "s'exclame", "s'enthousiasme", "s'insurgeait", "s'indignait", "s'étonnait", 'craint', 'craignent', 'affirmait', 'affirmaient', 'déclarait', 'déclaraient', 'expliquait', 'expliquaient', 'estimait', 'estimaient', 'assurait', 'assuraient', 'indiquait', 'indiquaient', 'racontait', 'racontaient', 'disait', 'disaient', 'glisse', 'souffle', 'raille', 'raillent', 'fustige', 'fustigent', 'tacle', 'grince', 'lâche', 'ironise', 'assène', 'anticipe', 'anticipent', 'laissent entendre', 'décrit', 'décrivent', 'décrivait', 'décrivaient', 'évalue', 'évaluent', 'jugeait', 'jugeaient', 'soulignait', 'soulignaient', 'reconnaissait', 'reconnaissaient', 'dénonçait', 'dénonçaient',
    ],
    examples: [
      'Bloomberg rapporte que les testeurs ont jugé l’assistant lent.',
      '« Nos clients se ruent sur la puissance de calcul », indique Jensen Huang.',
      'Le chiffre d’affaires a progressé de 154 %, a déclaré le patron de l’entreprise.',
    ],
  },
  clauseVerbs: {
    id: 'fr-clause-verb',
    phrases: [
      'annonce', 'annoncent', 'annoncé', 'rappelle', 'rappellent', 'rappelé', 'montré', 'détaille', 'détaillé', 'tranche', 'tranché', 'réagi', 'réagit', 'dit', 'disent',
      'publie', 'publié', 'prévoit', 'prévoient', 'table', 'tablent',
      'signale', 'signalé', 'communique', 'communiqué', 'explique', 'prétend', 'prétendent', 'soutient',
      'soutiennent', 'a soutenu', 'ont soutenu', 'avait soutenu', 'écrit', 'écrivent', 'ajoute', 'ajoutent', 'ajouté', 'souhaite', 'confie', 'confié', 'pense', 'pensent', 'croit', 'croient', 'espère', 'espèrent',
      // Answers ("La Commission a répondu qu'il n'y aurait pas de pause", "», rétorque le ministre");
      // "répond à la demande" is an action: a clause or an inverted tag is needed.
      'répond', 'répondent', 'répondu', 'rétorque', 'rétorquent', 'rétorqué', 'réplique', 'répliquent', 'répliqué',
      // Satisfaction voiced ("», se réjouit la neurologue"), as "se félicite".
      'se réjouit', 'se réjouissent', 'réjoui', 'réjouie',
    ],
    examples: [
      'TSMC a annoncé avoir lancé sa production en série de puces A16.',
      'Le groupe a annoncé que la sortie était repoussée.',
    ],
  },
  learnedVerbs: {
    id: 'fr-a-appris',
    phrases: [
      'a appris', 'ont appris', 'apprend', 'a pu apprendre',
      'selon nos informations', "d'après nos informations", 'selon nos sources', "d'après nos sources",
      'nous a-t-on confié', 'a-t-on appris',
    ],
    examples: ['Le patron quitte la direction générale de l’éditeur, a appris Forbes.'],
  },
  anonymousNouns: {
    id: 'fr-anonymous-noun',
    phrases: [
      'personnes', 'personne', 'sources', 'source', 'proches', 'proche', 'initiés', 'employés', 'salariés',
      'supporters', 'joueurs', 'joueuses', 'coureurs', 'spectateurs', 'clients', 'passagers', 'agriculteurs', 'militants', 'coéquipiers', 'dataminers', 'testeurs',
      'anciens employés', 'responsables', 'cadres', 'dirigeants', 'analystes', 'observateurs', 'experts',
      'spécialistes', 'investisseurs', 'travailleurs', 'ouvriers', 'habitants', 'internautes', 'élèves', 'étudiants', 'parents', 'patients', 'soignants', 'enseignants', 'usagers', 'riverains', 'juristes', 'juriste', 'ingénieurs', 'chercheurs', 'développeurs', 'utilisateurs',
      'témoins', 'connaisseurs', 'rumeurs', 'rumeur', 'bruits de couloir', 'fuites', 'fuite',
      'on', "quelqu'un", 'certains', 'plusieurs', 'beaucoup', 'collaborateurs', 'interlocuteurs', 'négociateurs', 'diplomates', 'conseillers',
      'fournisseurs', 'partenaires', 'sous-traitants', 'banquiers', 'avocats', 'membres', 'élus', 'connaisseur', 'observateur', 'initié', 'employé', 'salarié', 'négociateur', 'diplomate', 'conseiller', 'banquier', 'investisseur', 'bruits', 'les bruits',
    ],
    examples: [
      'Cinq personnes familières avec le sujet ont laissé entendre que son départ était lié à l’agacement.',
      'Les élus ont trouvé un terrain d’entente, ont déclaré les sources.',
    ],
  },
  anonymousUnlessNamed: {
    id: 'fr-anonymous-unless-named',
    phrases: ['médias', 'média', 'informations', 'information', 'presse', 'documents', 'journaux', 'rapports', 'articles'],
    examples: ['Selon des médias locaux, le site fermerait en juin.', 'Des informations recueillies auprès des fournisseurs indiquent un retard.'],
  },
  affiliatedExperts: ['analystes', 'analyste', 'chercheurs', 'chercheuses', 'experts', 'économistes', 'ingénieurs', 'spécialistes', 'responsables', 'dirigeants', 'cadres'],
  headBreakers: [
    'qui', 'que', "qu'", 'dont', 'par', 'auprès', 'interrogé', 'interrogée', 'interrogés', 'interrogées',
    'consulté', 'consultée', 'consultés', 'consultées', 'cité', 'citée', 'cités', 'citées', 'contacté',
    'contactés', 'joint', 'joints', 'sollicité', 'sollicités', 'recueillies', 'recueillis', 'réputé', 'réputée', 'réputés', 'connu', 'connue', 'remise', 'remis', 'remises', 'adressée', 'adressé', 'transmise', 'transmis',
    // "a lancé son patron Jensen Huang devant plusieurs milliers de développeurs": where, not who.
    'devant', 'lors', 'pendant', 'durant',
  ],
  anonymousPhrases: {
    id: 'fr-anonymous-phrase',
    phrases: [
      'familières avec', 'familiers avec', 'familière avec', 'familier avec', 'proche du dossier',
      'proches du dossier', 'proche de la direction', 'proches de la direction', 'proches du groupe',
      "proches de l'entreprise", 'au fait du dossier', 'au fait des', 'au courant', 'bien informé',
      'bien informées', 'bien informés', 'sous couvert d’anonymat', "sous couvert d'anonymat",
      "sous le couvert de l'anonymat", "ayant requis l'anonymat", 'anonymes', 'anonyme',
      // Fuites : « un document de travail consulté par Les Echos » (le journal n'est que le canal).
      'consulté par', 'consultée par', 'consultés par', 'consultées par', "que s'est procuré", "que s'est procurée", "que s'est procurés", "que se sont procuré",
      'documents internes', 'document interne', 'note interne', 'courriel interne', 'mail interne',
      'non identifiées', 'non identifiés', 'qui ont souhaité rester anonymes', "n'ont pas voulu être nommées",
      'dans la confidence', 'mises dans la confidence', 'de source proche', 'de sources proches',
      'selon des sources', "d'après des sources", 'selon plusieurs sources', 'selon une source',
      'selon les rumeurs', 'selon la rumeur', "d'après les rumeurs", 'des sources', 'une source',
      'anciens salariés', 'anciens employés', 'requis l’anonymat', "requis l'anonymat", 'ayant fuité', 'qui ont fuité', 'fuité', 'fuités',
      "gardé l'anonymat", 'garder l’anonymat', "garder l'anonymat", 'un cadre', 'un responsable', 'un dirigeant',
      'un salarié', 'un employé', 'un ancien', 'une ancienne', 'un proche', 'une proche', 'un haut fonctionnaire',
      'un diplomate', 'un conseiller', 'un initié', 'un membre', "l'une d'elles", "l'un d'eux", "l'une d'entre elles", "l'un d'entre eux", "l'entourage", "dans l'entourage", 'entourage', 'qui circulent', 'informations qui circulent', 'bruits qui circulent', 'un ingénieur', 'une ingénieure', 'un analyste', 'une analyste', 'un chercheur', 'une chercheuse', 'un expert', 'un observateur', 'un connaisseur', 'un négociateur', 'un banquier', 'un investisseur', 'un développeur', 'une salariée', 'une employée', 'un haut responsable', 'un cadre dirigeant', 'un habitué', ],
    examples: [
      'Selon des documents internes consultés par le journal, la branche a accusé un déficit.',
      'De source proche du dossier, le rachat serait bouclé la semaine prochaine.',
    ],
  },
  sourceNouns: {
    id: 'fr-source-noun',
    phrases: [
      'rapport', 'étude', 'article', 'document', 'communiqué', 'enquête', 'journal', 'quotidien',
      'hebdomadaire', 'magazine', 'site', 'média', 'note', 'lettre', 'publication', 'plainte', 'sondage',
      'analyse', 'bilan', 'dossier', 'texte', 'avis', 'décision', 'entreprise', 'société', 'groupe',
      'firme', 'start-up', 'startup', 'jeune pousse', 'géant', 'fabricant', 'constructeur',
      'gouvernement', 'ministère', 'autorité', 'régulateur', 'tribunal', 'cour', 'police', 'gendarmerie',
      'parquet', 'porte-parole', 'patron', 'patronne', 'pdg', 'dirigeant', 'dirigeante', 'fondateur',
      'fondatrice', 'cofondateur', 'ministre', 'président', 'présidente', 'direction', 'commission',
      'agence', 'institut', 'organisation', 'laboratoire', 'université', 'équipe', 'auteurs', 'auteur',
      'rédacteurs', 'rédaction', 'journaliste', 'responsable', 'directeur', 'directrice', 'analyste',
      'chercheur', 'chercheuse', 'banque', 'cabinet', 'fondeur', 'éditeur', 'opérateur', 'plateforme',
      'syndicat', 'conseil', 'parlement', 'sénateur', 'député', 'maire', 'préfecture', 'mairie',
      'entraîneur', 'entraîneuse', 'enquêteurs', 'enquêteur', 'commissaire', 'procureur', 'procureure',
      'avocat', 'avocate', 'juge', 'secrétaire', 'sélectionneur', 'préfet', 'association', 'fédération', 'collectif', 'ong', 'chronique', 'bulletin', 'newsletter', 'billet', 'tribune', 'interview', 'entretien',
    ],
    examples: [
      'Le rapport indique que ce nouveau modèle est construit par une équipe formée cette année.',
      'Ces processeurs s’apparentent à ceux des MacBook, précise le rapport.',
    ],
  },
  definiteDeterminers: [
    'le', 'la', "l'", 'les', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'du', 'au',
  ],
  pronouns: ['il', 'elle', 'ils', 'elles', 'lui', 'eux', 'celui-ci', 'celle-ci', 'ce dernier', 'cette dernière'],
  nonSourceSubjects: [
    'ce qui', 'cela', 'ça', 'ceci', 'qui', 'tout', 'tout cela', 'tout ceci', 'je', 'j', 'nous', 'on', 'moi',
    'rien', 'personne', "l'histoire", "l'expérience", 'le bon sens', 'tout indique', 'tout porte',
  ],
  capitalisedNonNames: [
    // Determiners of negation and quantity open sentences but never names ("Aucune mesure ne pourra").
    'aucun', 'aucune', 'nul', 'nulle', 'faut-il', 'faut', 'autant', 'reste', 'mieux vaut', 'peut-être',
    // Impersonal judgements open sentences too ("Normal que les habitants s'inquiètent").
    'normal', 'logique', 'difficile', 'impossible', 'inutile', 'dommage', 'curieux', 'étonnant', 'compréhensible', 'regrettable',
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'en', 'à', 'dans', 'sur',
    'sous', 'par', 'pour', 'avec', 'sans', 'selon', 'après', 'avant', 'depuis', 'pendant', 'lors',
    'mais', 'et', 'ou', 'or', 'donc', 'car', 'ni', 'puis', 'ainsi', 'alors', 'aussi', 'pourtant',
    'toutefois', 'cependant', 'néanmoins', 'enfin', 'bref', 'ce', 'cet', 'cette', 'ces', 'son', 'sa',
    'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'il', 'elle', 'ils', 'elles', 'on', 'nous',
    'vous', 'je', "j'", 'qui', 'que', 'quand', 'si', 'comme', 'lorsque', 'puisque', 'quelques',
    'plusieurs', 'certains', 'certaines', 'tous', 'toutes', 'chaque', 'deux', 'trois', 'quatre', 'cinq',
    'six', 'sept', 'huit', 'neuf', 'dix', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi',
    'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
    'octobre', 'novembre', 'décembre', 'ia', 'ai', 'pdg', 'ue', 'usa', 'côté', 'début', 'fin',
    'dès', 'désormais', 'déjà', 'encore', 'rappelons', 'précisons', 'notons', 'soulignons', 'voilà',
    'voici', 'concrètement', 'autrement', 'par ailleurs', 'outre', 'quant', 'mieux', 'surtout',
    'premier', 'première', 'dernier', 'dernière', 'nouveau', 'nouvelle', 'ancien', 'ancienne',
    'personnes', 'sources', 'analystes', 'experts', 'rumeurs', 'médias', 'proches',
  ],
  nameConnectors: ['de', 'du', 'des', 'la', 'le', "d'", 'of', 'the', 'and', '&', 'et'],
  nounMarkers: [
    'le', 'la', 'les', 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'sa', 'son', 'ses', 'leur', 'leurs',
    "l'", 'l', 'du', 'au', 'aux', 'de', "d'", 'd', 'notre', 'votre', 'nos', 'vos', 'mon', 'ma', 'mes',
  ],
  passiveAuxiliaries: ['été', 'est', 'sont', 'était', 'étaient', 'être', 'soit', 'sera', 'seront', 'fut'],
  clauseMarkers: [
    'que', "qu'", 'avoir', 'être', 'vouloir', 'pouvoir', 'devoir', 'compter', 'souhaiter', 'envisager',
    'prévoir', 'travailler', 'préparer', 'viser', 'espérer', 'chercher', 'disposer', 'atteindre',
  ],
  objectMarkers: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'sa', 'son', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces',
    'l', "l'", 'de', 'à', 'au', 'aux', 'pour', 'avec', 'dans', 'sur', 'en', 'par',
  ],
  eventObjectNouns: [
    'bénéfice', 'bénéfices', 'perte', 'pertes', 'chiffre', 'résultats', 'hausse', 'baisse', 'croissance',
    'recul', 'déficit', 'excédent', 'marge', 'marges', 'ventes', 'date', 'dates', 'produit', 'produits',
    'modèle', 'modèles', 'puce', 'puces', 'version', 'fonction', 'fonctions', 'partenariat', 'rachat',
    'acquisition', 'tournée', 'construction', 'lancement', 'sortie', 'mise',
  ],
  fillers: [
    'a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aussi', 'également', 'encore', 'déjà', 'ensuite',
    'alors', 'enfin', 'par ailleurs', 'en outre', 'pour sa part', 'de son côté', 'en revanche', 'en effet',
    'de plus', 'quant à lui', 'quant à elle', 'pour leur part', 'de leur côté', 'lundi', 'mardi',
    'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", 'récemment',
    'publiquement', 'officiellement', 'clairement', 'ouvertement', 'sans détour', 'fermement', 'ne', "n'",
    'pas', 'plus', 'bien', 'lui-même', 'elle-même', 'eux-mêmes', 'ce', 'cette', 'semaine', 'matin',
    'soir', 'dernier', 'dernière', 'toutefois', 'pourtant', 'cependant', 'même', 'y',
  ],
  notNameStarts: ['à', 'a', 'au', 'aux', 'en', 'dans', 'chez', 'selon', 'pour', 'par', 'sur', 'après', 'avant', 'depuis', 'outre'],
  eventAnnouncingVerbs: ['annonc*', 'dévoil*', 'présent*', 'officialis*', 'a maintenu', 'maintenu', 'relevé', 'abaissé'],
  // French counted groups ("Plusieurs juristes doutent") are read by the anonymous phrases.
  groupQuantifiers: [],
  // French verbs and nouns differ in form ("rapporte" / "rapports"), and the French negation opens before
  // the verb ("n'a pas encore confirmé", read by attribution.ts): none of these three lists is needed.
  nounQuantifiers: [],
  negationAdverbs: [],
  nounVerbForms: [],
  anonymityMarkers: [
    "sous couvert d'anonymat", "sous le couvert de l'anonymat", "ayant requis l'anonymat", "qui a requis l'anonymat",
    "qui a souhaité rester anonyme", 'qui souhaite rester anonyme', "s'exprimant anonymement", 'anonymement',
  ],
  researchNouns: ['étude', 'enquête', 'sondage', 'méta-analyse', 'revue', 'analyse', 'plainte'],
  findingNouns: ['rapport'],
  // French names them with a determiner ("les chercheurs", read as a pointer already).
  researchGroups: [],
  statementNouns: ['intention', 'volonté', 'souhait', 'désir', 'refus', 'opposition', 'soutien'],
  dependingOnNouns: [
    'cas', 'besoin', 'besoins', 'arrivages', 'circonstances', 'saison', 'saisons', 'humeur',
    'niveau', 'niveaux', 'taille', 'âge', 'type', 'nature', 'degré', 'catégorie', 'gravité', 'ampleur', 'durée', 'usage', 'usages',
    // Conformity, not a source: "étanche selon la norme IPX8", "calculé selon la méthode de l'Insee".
    'norme', 'normes', 'standard', 'standards', 'protocole', 'procédure', 'méthode', 'barème',
  ],
  variationVerbs: ['vari*', 'chang*', 'dépend*', 'diffèr*', 'différ*', 'évolu*', 'fluctu*', 'oscill*', 'modul*', "s'adapt*"],
};
