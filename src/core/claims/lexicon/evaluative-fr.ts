/**
 * French evaluative lexicon: adjectives (masculine singular; feminine and plural endings are matched by
 * ../evaluative-stance.ts), degree words and set phrases with which a writer judges.
 * Plain data, checked by tests/unit/claims-evaluative.test.ts.
 */
import type { EvaluativeLexicon } from './evaluative-types';

export const FR_EVALUATIVE: EvaluativeLexicon = {
  lang: 'fr',
  adjectives: [
    {
      id: 'fr-eval-bon',
      words: [
        'raffiné', 'nuancé', 'poignant', 'obsédant', 'grisant', 'exaltant', 'déchirant', 'jubilatoire', 'désopilant', 'truculent',
        'somptueux', 'singulier', 'impérial', 'envoûtant', 'inspiré', 'éblouissant', 'irréprochable', 'percutant', 'trépidant', 'virtuose', 'inspirant', 'exemplaire', 'subtil',
        'chaleureux', 'attentif', 'solide', 'mérité', 'flatteur', 'flatteuse', 'cohérent', 'équitable',
        'bon', 'excellent', 'superbe', 'magnifique', 'formidable', 'génial', 'merveilleux', 'fantastique',
        'extraordinaire', 'exceptionnel', 'remarquable', 'impressionnant', 'brillant', 'splendide', 'sublime',
        'parfait', 'admirable', 'réussi', 'convaincant', 'séduisant', 'charmant', 'délicieux', 'drôle',
        'hilarant', 'touchant', 'émouvant', 'bouleversant', 'captivant', 'passionnant', 'prenant', 'haletant',
        'efficace', 'agréable', 'plaisant', 'joli', 'beau', 'élégant', 'soigné', 'intelligent', 'malin',
        'astucieux', 'judicieux', 'pertinent', 'utile', 'pratique', 'précieux', 'indispensable',
        'essentiel', 'crucial', 'intéressant', 'fascinant', 'enthousiasmant', 'réjouissant',
        'rassurant', 'encourageant', 'prometteur', 'bienvenu', 'salutaire', 'généreux', 'savoureux', 'jouissif',
        'stimulant', 'époustouflant', 'culte', 'incontournable', 'inoubliable', 'mémorable', 'épatant', 'bluffant', 'saisissant', 'lumineux', 'honorable', 'spectaculaire', 'frappant', 'glaçant', 'sidérant', 'magistral', 'limpide', 'lucide', 'ingénieux', 'avisé', 'habile',
      ],
      examples: [
        'Le film est drôle et touchant, porté par une interprète lumineuse.',
        'Cette série est vraiment réussie.',
        'La mise en scène reste élégante.',
      ],
    },
    {
      id: 'fr-eval-mauvais',
      words: [
        'péremptoire', 'trompeur', 'malhonnête', 'négligent', 'criard', 'convenu', 'éculé', 'rebattu', 'boursouflé', 'surcoté', 'interminable', 'longuet', 'assommant', 'étouffant', 'suffocant', 'étriqué',
        'maigre', 'insipide', 'indigeste', 'criant', 'désuet', 'inégal', 'inabouti', 'pataud', 'pesant', 'prévisible', 'soporifique', 'superficiel', 'irresponsable', 'faiblard', 'famélique', 'chiche', 'mitigé', 'ahurissant', 'injustifiable', 'indéfendable', 'inopportun', 'intenable', 'insoutenable',
        'bâclé', 'exagéré', 'immérité', 'inéquitable',
        'mauvais', 'médiocre', 'décevant', 'raté', 'nul', 'affligeant', 'lamentable', 'pitoyable', 'navrant',
        'consternant', 'désolant', 'déplorable', 'regrettable', 'honteux', 'scandaleux', 'inadmissible',
        'inacceptable', 'absurde', 'ridicule', 'grotesque', 'stupide', 'idiot', 'bête', 'naïf', 'maladroit',
        'bancal', 'brouillon', 'confus', 'incompréhensible', 'ennuyeux', 'fastidieux', 'lassant', 'pénible',
        'agaçant', 'irritant', 'frustrant', 'insupportable', 'poussif', 'laborieux', 'fade', 'plat',
        'creux', 'vain', 'inutile', 'superflu', 'inquiétant', 'alarmant', 'préoccupant', 'troublant',
        'dangereux', 'nocif', 'catastrophique', 'désastreux', 'calamiteux', 'triste', 'sinistre', 'laid',
        'moche', 'hideux', 'cher', 'onéreux', 'lent', 'poussiéreux', 'daté', 'dépassé', 'vieillot', 'étrange',
        'bizarre', 'curieux', 'douteux', 'discutable', 'contestable', 'fâcheux', 'injuste', 'abusif',
        'excessif', 'démesuré', 'insensé', 'fou', 'aberrant', 'indigne', 'minable', 'piètre', 'timide', 'tiède', 'coûteux', 'dérisoire', 'faramineux', 'exorbitant', 'irréaliste', 'illusoire', 'hasardeux', 'périlleux', 'opportuniste', 'contre-productif', 'stérile', 'délirant', 'indécent',
        'méconnaissable', 'imprécis', 'cruel', 'incohérent', 'inepte', 'accablant', 'désespérant', 'timoré', 'frileux', 'déroutant', 'déconcertant', 'cinglant', 'risible', 'pathétique', 'imprudent', 'téméraire', 'fumeux', 'nébuleux', 'improbable', 'gadget',
      ],
      examples: [
        'Le scénario est poussif et les dialogues franchement plats.',
        'Cette décision est profondément injuste.',
        'Le résultat reste décevant.',
      ],
    },
    {
      id: 'fr-eval-caractere',
      words: [
        'évident', 'flagrant',
        'audacieux', 'ambitieux', 'courageux', 'osé', 'risqué', 'culotté', 'prétentieux', 'arrogant',
        'cynique', 'hypocrite', 'militant', 'partisan', 'historique', 'révolutionnaire',
        'inédit', 'inévitable', 'surprenant', 'étonnant', 'stupéfiant', 'choquant', 'facile', 
        'difficile', 'compliqué', 'ardu', 'impossible', 'fragile', 'flou', 'incertain',
        'vertigineux', 'colossal', 'énorme', 'fabuleux', 'généreux', 'têtu', 'considérable', 'terne',
      ],
      examples: ['Le pari est audacieux mais risqué.', 'Le chantier semble particulièrement ardu.'],
    },
  ],
  intensifiers: [
    'très', 'si', 'tellement', 'vraiment', 'franchement', 'vachement', 'super', 'hyper', 'extrêmement',
    'terriblement', 'incroyablement', 'particulièrement', 'profondément', 'parfaitement', 'totalement',
    'complètement', 'absolument', 'carrément', 'plutôt', 'assez', 'fort', 'bien', 'trop', 'plus', 'moins',
    'aussi', 'follement', 'joliment', 'remarquablement', 'étonnamment', 'diablement', 'rudement',
    'singulièrement', 'furieusement', 'résolument', 'foncièrement', 'un peu',
  ],
  evaluativeDegrees: [
    'étonnamment', 'remarquablement', 'incroyablement', 'terriblement', 'affreusement', 'horriblement',
    'merveilleusement', 'admirablement', 'joliment', 'délicieusement', 'cruellement', 'désespérément',
    'furieusement', 'follement', 'diablement', 'formidablement', 'magnifiquement', 'lamentablement',
    'inutilement', 'excessivement', 'exagérément', 'dangereusement', 'étrangement', 'curieusement',
    'singulièrement', 'redoutablement', 'scandaleusement', 'tristement', 'heureusement',
  ],
  predicateAdverbs: [
    'profondément', 'foncièrement', 'résolument', 'clairement', 'évidemment', 'indéniablement',
    'incontestablement', 'véritablement', 'vraiment', 'franchement', 'définitivement', 'décidément',
    'carrément', 'tout simplement', 'simplement', 'surtout', 'avant tout',
  ],
  copulas: [
    'est', 'sont', 'était', 'étaient', 'fut', 'furent', 'sera', 'seront', 'reste', 'restent', 'restait',
    'demeure', 'demeurent', 'semble', 'semblent', 'paraît', 'parait', 'paraissent', "s'avère", "s'avèrent",
    'se révèle', 'se révèlent', 'devient', 'deviennent', 'redevient', 'redeviennent', "c'est", "c'était", 'a été', 'ont été', 'se montre',
    'se montrent', "s'annonce", "s'annoncent", "s'annonçait", "s'annonçaient",
  ],
  copulaBridges: [
    'ne', "n'", 'pas', 'jamais', 'guère', 'toujours', 'encore', 'aussi', 'également', 'donc', 'alors',
    'tout', 'ici', 'là', 'bel', 'et', 'bien', 'souvent', 'parfois', 'déjà', 'désormais', 'pourtant', 'cependant', 'toutefois', 'néanmoins', 'enfin',
  ],
  excess: ['trop'],
  excessStops: [],
  phrases: [
    {
      id: 'fr-stance-adverb',
      phrases: [
        'malheureusement', 'heureusement', 'hélas', 'franchement', 'honnêtement', 'sincèrement', 'bref',
        'en bref', 'en somme', 'au final', 'finalement,', 'bien sûr', 'évidemment', 'à vrai dire', 'certes',
        'reconnaissons', 'avouons', 'curieusement', 'bizarrement', 'étrangement', 'ironie du sort',
        'comble de l’ironie', "comble de l'ironie", 'par chance', 'fort heureusement', 'tant mieux', 'tant pis',
        // Not "sans surprise": in reporting it is a conventional connective ("Les députés ont, sans surprise, adopté").
        'à juste titre', 'à tort', 'forcément', 'décidément', 'tout compte fait',
        'en définitive', 'à mon goût', 'à nos yeux', 'à mes yeux',
      ],
      examples: ['Bref, une série à voir absolument.', 'Malheureusement, la suite ne tient pas ses promesses.'],
    },
    {
      id: 'fr-eval-nom',
      phrases: [
        'dommage', 'quel dommage', "c'est dommage", 'un régal', 'un bijou', 'un chef-d’œuvre',
        // « une œuvre d'une rare justesse », « est d'une grande simplicité » : la qualité pesée par l'auteur.
        "d'une rare", "d'un rare", "d'une extrême", "d'une folle", "d'une incroyable", "d'une remarquable",
        "est d'une grande", "est d'une belle", "est d'un grand", 'moments forts', "l'un des moments forts", 'ne suffira pas', 'ne suffiront pas',
        'un pas en arrière', 'un retour en arrière', 'une régression', 'un pas dans la bonne direction', 'un pas en avant',
        "un chef-d'œuvre", "un chef-d'oeuvre", 'une pépite', 'une merveille', 'une réussite', 'un ratage',
        'un fiasco', 'un naufrage', 'une catastrophe', 'une honte', 'un scandale', 'une aberration',
        'une absurdité', 'une hérésie', 'un gâchis', 'une gabegie', 'un plaisir', 'un bonheur', 'une déception',
        'une bonne idée', 'une mauvaise idée', 'une fausse bonne idée', 'un atout', 'quel atout', 'et quel', 'et quelle', 'le principal atout', 'le point fort', 'le point faible', 'le gros point',
        'le bémol', 'un bémol', 'seul bémol', 'petit bémol', 'le hic', 'un must', 'incontournable',
        'à voir absolument', 'à ne pas manquer', 'à éviter', 'à fuir', 'coup de cœur', 'coup de coeur',
        'coup de gueule', 'poudre aux yeux', 'un vrai', 'une vraie', 'de qualité',
        'pas terrible', 'pas génial', 'pas fameux', 'sans intérêt', 'digne de', 'dignes de', 'indigne de', 'indignes de',
        // L'impatience de l'auteur : « tardent toujours à », « doit enfin obtenir ».
        'tarde toujours', 'tardent toujours', 'tarde encore', 'tardent encore', 'doit enfin', 'doivent enfin', 'devra enfin', 'devront enfin',
      ],
      examples: [
        'Le principal atout (et quel atout) de cette série réside dans son interprète principal.',
        'Dommage que la fin soit bâclée.',
      ],
    },
    {
      // Adjectifs qui ne peuvent être qu'un verdict : ils jugent où qu'ils soient, épithètes comme attributs
      // (« deux décisions contestables », « un projet mal ficelé »), sous toutes leurs formes.
      id: 'fr-verdict-epithete',
      phrases: [
        'contestable', 'contestables', 'discutable', 'discutables', 'scandaleux', 'scandaleuse', 'scandaleuses',
        'honteux', 'honteuse', 'honteuses', 'inadmissible', 'inadmissibles', 'lamentable', 'lamentables',
        'déplorable', 'déplorables', 'aberrant', 'aberrante', 'aberrants', 'aberrantes', 'grotesque', 'grotesques',
        'pitoyable', 'pitoyables', 'navrant', 'navrante', 'navrants', 'navrantes', 'affligeant', 'affligeante',
        'affligeants', 'affligeantes', 'mal ficelé', 'mal ficelée', 'mal ficelés', 'mal ficelées', 'malvenu',
        'malvenue', 'malvenus', 'malvenues', 'mal inspiré', 'mal inspirée', 'mal inspirés', 'mal inspirées',
        // La certitude de l'auteur : « un succès indéniable ».
        'indéniable', 'indéniables', 'incontestable', 'incontestables', 'agaçant', 'agaçante', 'agaçants', 'agaçantes',
        // L'argument de l'auteur : « ne change rien au fait que », « à la merci de ».
        'ne change rien au fait', 'ne changent rien au fait', 'à la merci de', 'tout le problème', 'précisément le problème',
      ],
      examples: ['Le match a basculé sur deux décisions contestables.', 'Le texte reste mal ficelé.'],
    },
    {
      id: 'fr-conseil',
      phrases: [
        'il faut', 'il ne faut pas', 'il faudra', 'mieux vaut', 'il vaut mieux', 'vaut mieux', 'a tout intérêt à', 'ont tout intérêt à', 'avez tout intérêt à', 'avons tout intérêt à', 'on regrettera',
        'on regrette', 'on aurait aimé', "on aurait préféré", 'on peut regretter', 'on ne peut que',
        'on ne saurait', 'ne manquez pas', 'à découvrir', 'courez', 'foncez', 'fuyez', 'évitez',
        'laissez-vous', 'vous ne serez pas déçu', 'vous ne le regretterez pas', 'vous allez adorer',
        'vous devriez', 'on adore', "on aime", "on n'aime pas", 'on a aimé', 'on a adoré', 'on retiendra',
        'on saluera', 'on salue', 'on se réjouit', 'on se demande', 'valoir le détour', 'vaut le coup', 'vaut le détour', 'mérite le détour',
        // « Autant s'y préparer maintenant » : le conseil de l'auteur.
        "autant s'y préparer", "autant s'y faire", 'autant le savoir', 'autant le dire',
        // Le conseil de l'auteur au lecteur : « nous vous conseillerions d'attendre », « ont intérêt à », « sans hésiter ».
        'nous vous conseillons', 'nous vous conseillerions', 'nous conseillons', 'sans hésiter', 'ont intérêt à', 'a intérêt à',
        'auraient intérêt à', 'aurait intérêt à', 'peut rendre service', 'peuvent rendre service',
        // Le scepticisme de l'auteur : « On nous promet depuis trois ans ... et l'on attend toujours ».
        'on nous vend', 'on nous promet', 'on nous répète', 'on attend toujours', "l'on attend toujours",
        // Le mérite pesé par l'auteur : « mérite amplement ce titre ».
        'mérite amplement', 'méritent amplement', 'mérite largement', 'méritent largement', 'mérite pleinement',
        'a amplement mérité', 'ont amplement mérité', 'a largement mérité', 'ont largement mérité', 'méritait bien', 'mérite bien', 'méritaient bien',
        'à couper le souffle',
        'sublime', 'subliment',
      ],
      examples: [
        'Mieux vaut attendre la prochaine version.',
        'On regrettera seulement une fin un peu expédiée.',
        'Il faut voir ce documentaire au moins une fois.',
      ],
    },
    {
      id: 'fr-premiere-personne',
      phrases: [
        "j'ai adoré", "j'ai aimé", "je n'ai pas aimé", "j'ai détesté", "j'ai trouvé", 'je trouve', "j'avoue",
        'je regrette', 'je me demande', 'je ne pense pas', 'je ne crois pas', 'je suis déçu', 'je suis ravi',
        'nous avons aimé', 'nous avons adoré', 'nous avons été', 'nous regrettons', 'mon avis', 'notre avis',
        'mon coup de cœur', 'mon coup de coeur', 'à mon humble avis', 'je parie', 'je suis prêt à parier', 'je suis prête à parier',
        'on peut en douter', "permettez-moi d'en douter",
      ],
      examples: ["J'ai adoré la bande originale.", 'Je ne pense pas que ce soit une bonne affaire.'],
    },
    {
      id: 'fr-cadrage',
      // Tournures impersonnelles par lesquelles l'auteur pèse ce qui suit ("il est tentant de", "reste que").
      phrases: [
        'il est tentant de', 'on peut dire que', "il n'est pas exagéré", 'il faut bien admettre', 'ce qui frappe',
        'la bonne nouvelle', 'la mauvaise nouvelle', 'le vrai problème', 'le vrai sujet', 'reste que',
        'toujours est-il que', 'il est frappant', "n'en reste pas moins", "n'en demeure pas moins", 'c’est dire si',
        "c'est dire si", 'il était grand temps', 'le moins que l’on puisse dire', "le moins que l'on puisse dire",
        'pour le dire simplement', 'à vrai dire', 'on ne peut pas dire que', 'loin d’être', "loin d'être",
      ],
      examples: [
        'Il est tentant de voir dans ce mémo un recul de la recherche ouverte.',
        'Reste que les anciens téléphones recevront aussi la fonction.',
      ],
    },
    {
      id: 'fr-comparatif',
      phrases: [
        'le meilleur', 'la meilleure', 'les meilleurs', 'les meilleures', 'le pire', 'la pire',
        'les pires', 'mieux que', 'pire que', 'meilleur que', 'meilleure que', 'plus que jamais',
        'comme jamais', 'plus beau', 'plus belle', 'le plus beau', 'la plus belle',
        // « l'un des meilleurs restaurants de la capitale » : le rang donné par l'auteur.
        "l'un des meilleurs", "l'une des meilleures", 'un des meilleurs', 'une des meilleures', 'parmi les meilleurs',
        'parmi les meilleures', "l'un des pires", "l'une des pires", 'un des pires', 'une des pires', 'parmi les pires',
      ],
      examples: ["C'est de loin le meilleur épisode de la saison."],
    },
  ],
  neutralUses: [
    'bien sûr que', 'délai est dépassé', 'délais sont dépassés', 'seuil est dépassé', 'seuils sont dépassés', 'plafond est dépassé', 'budget est dépassé', 'quota est dépassé', 'date est dépassée', 'objectif est dépassé', 'bon nombre', 'à bon compte', 'bon de commande', 'bons du trésor', 'juste avant',
    'juste après', 'tout juste', 'au juste', 'simple majorité', 'majorité simple', 'plus ou moins',
    // « Une pépite française de l'IA » : le mot de la presse économique pour une jeune pousse, pas un verdict.
    'pépite française', 'pépites françaises', 'pépite tricolore', 'pépites tricolores', 'pépite de la french tech', 'pépites de la french tech',
    // Noms de prix : « le prix du meilleur film ».
    'meilleur film', 'meilleur acteur', 'meilleure actrice', 'meilleur réalisateur', 'meilleure réalisatrice', 'meilleur scénario', 'meilleur espoir', 'meilleur second rôle', 'meilleur album', 'meilleur documentaire',
    'de plus', 'de plus en plus', 'non plus', 'plus de', 'moins de', 'au moins', 'du moins', 'bien que',
    'si bien que', 'ou bien', 'eh bien', 'bien entendu', 'en effet', 'important de', 'importante de',
    'quel que', 'quelle que', 'quels que', 'quelles que', 'quel est', 'quelle est', 'quels sont',
    'quelles sont', 'la politique', 'politique de', 'politique monétaire', 'politiques publiques',
    'homme politique', 'femme politique', 'parti politique', 'vie politique',
  ],
};
