// Rules added after the blind sets fresh41, fresh42, fresh44, fresh46, fresh47 and fresh48 (README, Accuracy): French tags with an inverted auxiliary or a
// pronominal verb, an addressee before a reported infinitive, a finding dated before its clause, the
// writer's judgement without a copula (an impersonal adjective, an apposition, advice to the reader), and
// results made to "tell us". Each case is written for its rule, not copied from the set.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/core/claims';

const en = (s: string) => classifySentence(s, 'en');
const fr = (s: string) => classifySentence(s, 'fr');

describe('French quotation and clause tags', () => {
  it('an inverted auxiliary before any participle of speech: "..., a-t-il annoncé jeudi."', () => {
    const announced = fr('Les ventes ont reculé de 4 % au troisième trimestre, a-t-il annoncé jeudi.');
    expect(announced.label).toBe('reported');
    expect(announced.cues.map((c) => c.text)).toContain('a-t-il annoncé');
    expect(fr('« Nous ne fermerons aucune usine », ont-elles martelé.').label).toBe('reported');
    // A question opening on the same words reports nothing.
    expect(fr('A-t-il annoncé sa candidature ?').label).not.toBe('reported');
  });
  it('pronominal verbs of indignation tag a quotation, named or not', () => {
    expect(fr('« On ferme la seule maternité du canton », s\'indigne la maire, Claire Vautrin.').label).toBe('reported');
    expect(fr('« Personne ne nous a prévenus », s\'insurge un riverain qui a requis l\'anonymat.').label).toBe('rumor');
    // A complaint of the body is no speech.
    expect(fr('Il se plaint de douleurs au genou depuis la reprise.').label).toBe('fact');
  });
  it('an addressee, then the reported infinitive: "a confié au Parisien avoir ..."', () => {
    const told = fr('Le chanteur a confié au Parisien avoir enregistré l\'album en dix jours.');
    expect(told.label).toBe('reported');
    expect(fr('La ministre a assuré à l\'AFP ne pas vouloir quitter le gouvernement.').label).toBe('reported');
    // An object handed to someone is an event.
    expect(fr('Le maire a confié au premier adjoint la gestion du dossier.').label).toBe('fact');
  });
  it('a named speaker\'s doubt is reported; the writer\'s certainty is opinion', () => {
    expect(fr('L\'économiste Paul Berthier doute toutefois de l\'efficacité de la mesure.').label).toBe('reported');
    expect(fr('Il ne fait aucun doute que le texte sera retoqué.').label).toBe('opinion');
    expect(fr('Le doute plane sur la date de livraison.').label).toBe('fact');
  });
});

describe('a finding dated before its clause', () => {
  it('"found in March that" reports the finding', () => {
    const found = en('A review by the Care Quality Commission found in March that a third of wards were understaffed.');
    expect(found.label).toBe('reported');
    // A place after "found" is still a participle.
    expect(en('The same sensor found in last year\'s model returns this year.').label).toBe('fact');
  });
});

describe('hearsay in set words', () => {
  it('"word in X is that" is a rumor', () => {
    expect(en('Word in the dressing room is that the captain wants out.').label).toBe('rumor');
  });
});

describe('the writer judging without a copula', () => {
  it('an impersonal adjective opening the sentence', () => {
    expect(fr('Difficile pourtant de croire que le calendrier sera tenu.').label).toBe('opinion');
    expect(fr('Normal que les habitants s\'inquiètent.').label).toBe('opinion');
    expect(en('Hard to see the regulator backing down now.').label).toBe('opinion');
    expect(en('Small wonder the shares fell.').label).toBe('opinion');
  });
  it('an evaluative adjective set off as an apposition', () => {
    expect(fr('Remarquable de bout en bout, la défense a tenu jusqu\'au coup de sifflet.').label).toBe('opinion');
    expect(en('The striker, superb in the first half, faded after the break.').label).toBe('opinion');
    // A participle with its agent, an item of a list, a participle with an object: no judgement.
    expect(fr('Inspiré par un fait divers, le film suit une famille de pêcheurs.').label).toBe('fact');
    expect(en('The kit includes a charger, a cable, and a case.').label).toBe('fact');
    expect(en('Apple showed a new assistant in June, promising faster answers.').label).toBe('fact');
  });
  it('advice to the reader after a condition', () => {
    expect(en('If your laptop is more than five years old, buy it now.').label).toBe('opinion');
    expect(fr('Si vous aimez les polars nordiques, foncez.').label).toBe('opinion');
    expect(en('Buy now, pay later schemes have doubled in two years.').label).toBe('fact');
  });
  it('results made to tell the reader something', () => {
    expect(en('That number tells us little about who actually benefits.').label).toBe('opinion');
    expect(fr('Ce score nous dit surtout que l\'équipe manque de banc.').label).toBe('opinion');
  });
  it('review adjectives in the lexicon', () => {
    expect(en('The night shots remain grainy and soft.').label).toBe('opinion');
    expect(fr('Le bilan de la saison est maigre.').label).toBe('opinion');
    expect(fr('La bande originale est somptueuse.').label).toBe('opinion');
  });
});

describe('after fresh42', () => {
  it('a day between an inverted verb and its speaker, and a speaker with an acronym in brackets', () => {
    const tag = fr('Le barrage sera vidangé à l\'automne, a annoncé jeudi la préfecture de l\'Isère (DDT).');
    expect(tag.label).toBe('reported');
    expect(fr('La ligne rouvrira en mars, a indiqué hier soir la SNCF.').label).toBe('reported');
    // A decision announced with its place in brackets stays an event.
    expect(fr('L\'entreprise a annoncé la fermeture du site (Loire).').label).toBe('fact');
  });
  it('the impersonal "dit-on" is hearsay', () => {
    expect(fr('Le club prépare, dit-on, une offre pour le gardien lyonnais.').label).toBe('rumor');
  });
  it('people by what they do, unnamed, are anonymous speakers', () => {
    expect(en('Fans claim the patch quietly removed a difficulty mode.').label).toBe('rumor');
    expect(en('Several riders in the bunch, however, believe the stage will be neutralised.').label).toBe('rumor');
    expect(fr('Des supporters affirment que l\'entraîneur a déjà signé ailleurs.').label).toBe('rumor');
    // The words that are also names of things stay out: "droits voisins".
    expect(fr('La plainte a été déposée, a-t-on appris auprès du Syndicat des droits voisins.').label).toBe('reported');
  });
  it('a superlative bounded by a date ranks ("le meilleur ... depuis 2019")', () => {
    expect(fr('C\'est le meilleur démarrage d\'une série de la plateforme depuis 2021.').label).toBe('fact');
  });
  it('set words of the writer extrapolating or conceding', () => {
    expect(en('At this rate, the reservoir will be dry by August.').label).toBe('opinion');
    expect(en('It is high time the league fixed its calendar.').label).toBe('opinion');
    expect(fr('À ce rythme, le club finira la saison en Ligue 2.').label).toBe('opinion');
    expect(fr('Ce n\'est pas faute de moyens, mais faute de méthode.').label).toBe('opinion');
    expect(fr('Mention spéciale au décor, signé par une jeune plasticienne.').label).toBe('opinion');
  });
  it('a demonstrative subject with an incise still reasons for the writer', () => {
    expect(fr('Cette panne, la troisième depuis janvier, montre à quel point le réseau est fragile.').label).toBe('opinion');
  });
  it('an apposition closing the sentence, and an object after an incise is no speech', () => {
    expect(fr('On retrouve Léa Morel, lumineuse en institutrice de campagne.').label).toBe('opinion');
    expect(fr('Le gardien a montré, face à Lyon, une sérénité nouvelle.').label).not.toBe('reported');
  });
});

describe('after fresh44', () => {
  it('French: an adverbial between the auxiliary and the participle, missing verbs of speech, "croit savoir" + a named outlet', () => {
    expect(fr('Le syndicat a pour sa part dénoncé « un plan social déguisé ».').label).toBe('reported');
    expect(fr('La ministre a de son côté répété que la réforme serait maintenue.').label).toBe('reported');
    expect(fr('Le rachat serait bouclé avant l\'été, croit savoir L\'Informé.').label).toBe('reported');
    // An informant nobody names keeps the hearsay anonymous.
    expect(fr('Le rachat serait bouclé avant l\'été, croit savoir un banquier d\'affaires.').label).toBe('rumor');
    // Conceding points in a match is an event.
    expect(fr('Les Toulousains ont concédé trois essais en première période.').label).toBe('fact');
  });
  it('English: telling someone to do something is an order; a participle in apposition reports nothing', () => {
    expect(en('The airline grounded the jet after the tower told the crew to abort the take-off.').label).toBe('fact');
    expect(en('The photos, first published on Instagram, were later deleted.').label).toBe('fact');
    // A quoted claim inside the order, and a that-clause, stay speech.
    expect(en('The judge told him to expect "a long custodial sentence".').label).toBe('reported');
    expect(en('The mayor told reporters the bridge would reopen in May.').label).toBe('reported');
  });
  it('a verdict quoted after "dismissed ... as"', () => {
    expect(en('The minister dismissed the report as "a work of fiction".').label).toBe('reported');
  });
  it('the writer reframing, forecasting, advising', () => {
    expect(en('What the ranking rewards is not quality but volume.').label).toBe('opinion');
    expect(en('The timing could hardly be worse for the club.').label).toBe('opinion');
    expect(en('Wait for the next model if you can.').label).toBe('opinion');
    expect(fr('Les discussions s\'annoncent particulièrement tendues.').label).toBe('opinion');
    expect(fr('Qu\'il commence donc par payer ses fournisseurs.').label).toBe('opinion');
    expect(fr('Qu\'il pleuve ou non, la course aura lieu.').label).not.toBe('opinion');
  });
});

describe('after fresh46', () => {
  it('the writer calling for action: impersonal urgency, first-person-plural exhortation, "what we need is"', () => {
    expect(fr('Il est urgent que la région revoie sa copie.').label).toBe('opinion');
    expect(fr('Il est indispensable de former les enseignants avant la rentrée.').label).toBe('opinion');
    expect(fr('Cessons de faire semblant de découvrir le problème.').label).toBe('opinion');
    expect(en('What we need is a plan that survives the next election.').label).toBe('opinion');
    // A plural noun opening the sentence is no exhortation.
    expect(fr('Les Lions de l\'Atlas ont battu le Ghana samedi.').label).toBe('fact');
  });
  it('a critic\'s set words', () => {
    expect(fr('Le service manque encore un peu de rythme.').label).toBe('opinion');
    expect(fr('La terrasse a un charme fou.').label).toBe('opinion');
    expect(fr('Le gouvernement fait la sourde oreille.').label).toBe('opinion');
  });
  it('"pépite" as the business press names a start-up is no verdict', () => {
    expect(fr('Le groupe a racheté une pépite française de la cybersécurité en mars.').label).toBe('fact');
  });
});

describe('after fresh47', () => {
  it('hearsay with an adverb inside it, a demand by a named speaker', () => {
    expect(en('The defender is nonetheless understood to be unhappy with his contract.').label).toBe('rumor');
    expect(fr('La maire, Sophie Renard, a exigé des « engagements écrits » de l\'opérateur.').label).toBe('reported');
  });
  it('the writer fearing, forecasting, admiring', () => {
    expect(fr('Il est à craindre que la fermeture en annonce d\'autres.').label).toBe('opinion');
    expect(fr('Ces retards ne feront que nourrir la défiance.').label).toBe('opinion');
    expect(fr('Son sang-froid force le respect.').label).toBe('opinion');
    expect(en('Their silence on the matter is telling.').label).toBe('opinion');
    expect(en('He is telling you the truth.').label).toBe('fact');
    expect(en('On this form they are the team to beat.').label).toBe('opinion');
  });
  it('an apposition with a degree word before its adjective', () => {
    expect(fr('Le film installe une ambiance lourde, presque étouffante.').label).toBe('opinion');
  });
});

describe('a short opening clause before a closing tag', () => {
  it('names the speaker after the verb, not the clause before the comma', () => {
    const tag = fr('Le chantier reprendra lundi, a indiqué la préfecture.');
    expect(tag.label).toBe('reported');
    expect(tag.source).toBe('la préfecture');
    // A name and its apposition before the verb keep their reading.
    expect(fr('Le patron du groupe, Marc Aubry, a salué la décision.').source).toBe('Marc Aubry');
  });
});

describe('after fresh48', () => {
  it('the newspaper speaking of itself is the writer', () => {
    expect(en('This newspaper believes the tram line should be built first.').label).toBe('opinion');
    expect(fr('Notre journal estime que la réforme est mal conçue.').label).toBe('opinion');
  });
  it('a duty performed is no claim; a rumour named as such is hearsay, and a named denial of it is reported', () => {
    expect(fr('Le directeur adjoint, Paul Girard, assure l\'intérim depuis lundi.').label).toBe('fact');
    expect(fr('La rumeur d\'une fusion circule depuis des semaines dans le secteur.').label).toBe('rumor');
    expect(fr('Le président, Luc Morin, a balayé la rumeur d\'un départ.').label).toBe('reported');
  });
  it('a named body of people speaks by its name; an unnamed one stays anonymous', () => {
    const named = fr('Le collectif de riverains Nuits Calmes Paris affirme que le bruit a doublé.');
    expect(named.label).toBe('reported');
    expect(named.source).toBe('Nuits Calmes Paris');
    expect(fr('Une association de riverains affirme que le bruit a doublé.').label).toBe('rumor');
  });
  it('the writer weighing an act, forecasting a risk, saying what a case exposes', () => {
    expect(fr('Supprimer ce car, c\'est souvent isoler un peu plus les villages.').label).toBe('opinion');
    expect(fr('Sans aide, ces agriculteurs risquent tout bonnement de disparaître.').label).toBe('opinion');
    expect(en('The affair exposes how little oversight the agency has.').label).toBe('opinion');
    expect(fr('On regrettera seulement une fin un peu expédiée.').label).toBe('opinion');
  });
});
