// The person-names detector: shapes of names, places and roles that are not names, one placeholder
// per person, tables, lazy data, options.
import { describe, expect, it, vi } from 'vitest';
import { personNamesDetector } from '../../../src/detect/person/person-detector.js';
import { analyzeText } from '../../../src/engine/analyze.js';
import { scanText } from '../../../src/engine/scan.js';
import { redact } from '../../../src/redact/redact.js';
import { builtinRuleSet } from '../../../src/rules/builtin.js';
import type { RuleSpec } from '../../../src/types.js';

const set = builtinRuleSet();
const people = { rules: set.rules.filter((r) => r.type === 'PERSON'), prefilter: () => set.rules.filter((r) => r.type === 'PERSON') };
const persons = (text: string): string[] =>
  scanText(text, people).map((f) => text.slice(f.start, f.end));

describe('shapes of names (French)', () => {
  it.each([
    ['Représentée par : Madame Geneviève CHARPENTIER, présidente', ['Geneviève CHARPENTIER']],
    ['Hébergeant : Mme Josiane GIRARD, née le 26/10/1971', ['Josiane GIRARD']],
    ['Demandeur : Monsieur Jean de Sarret', ['Jean de Sarret']],
    ['Pour la collectivité : M. Karim de Montcalm-Gozon', ['Karim de Montcalm-Gozon']],
    ['Contact : Apolline d\'Arbaud', ["Apolline d'Arbaud"]],
    ['conducteur Yann PUECH-BERGER, rédacteur', ['Yann PUECH-BERGER']],
    ['Semaine 2 : Chloé DU MESNIL – 07 66 19 14 25', ['Chloé DU MESNIL']],
    ['titulaire Patrick Le Minh, compte', ['Patrick Le Minh']],
    ['GROS Sophie, NIR 257096634108097', ['GROS Sophie']],
    ['LE MINH Erwan, né le 1976-12-16', ['LE MINH Erwan']],
    ['Madame Delphine Barre-Dupuy, destinataire', ['Delphine Barre-Dupuy']],
    ['Le courrier de Maître Pierre-Alexandre Carré est arrivé.', ['Pierre-Alexandre Carré']],
    ['Rapport signé par J.-P. Martin et C. Dubois.', ['J.-P. Martin', 'C. Dubois']],
    ['Vu avec Claire D. ce matin.', ['Claire D.']],
    ['Bonjour Karim,\nVoici le dossier.', ['Karim']],
    ['Bien à vous,\n\nChloé Le Minh', ['Chloé Le Minh']],
    ['Mehdi : tu peux me redonner la clé ?', ['Mehdi']],
    ['[10:02] Karim > ok pour moi', ['Karim']],
    ['De : Paul Girard <paul.girard@ville.fr>', ['Paul Girard']],
    ['Le dossier de Mme Fatima Benali-Haddad est complet.', ['Fatima Benali-Haddad']],
    ['Entretien avec Mamadou Traoré et Aminata Diallo.', ['Mamadou Traoré', 'Aminata Diallo']],
    ['Participants : João Ferreira, Giulia Rossi, Yannick Le Gall', ['João Ferreira', 'Giulia Rossi', 'Yannick Le Gall']],
    ['Vu M. Nguyen Van Thanh hier.', ['Nguyen Van Thanh']],
    ['« Je m\'appelle Raphaël Jourdan et je loue un local »', ['Raphaël Jourdan']],
    ['Mme Marie MARTIN née DURAND, domiciliée à Sète', ['Marie MARTIN', 'DURAND']],
    ['Lundi, Pierre a vu le maire avec Karim.', ['Pierre', 'Karim']],
    ['tu as vu madame Benali ? et monsieur Dupont Jean', ['Benali', 'Dupont Jean']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('shapes of names (English)', () => {
  it.each([
    ['I confirm that Mr. James Thornton worked in our team.', ['James Thornton']],
    ['Hi Brigitte,\nAttached is the CV of Samuel MacLeod.', ['Brigitte', 'Samuel MacLeod']],
    ['Best,\nAndrew Brown, Crescent Data Systems Inc.', ['Andrew Brown']],
    ['Name: Olivia BLACKWOOD\nEmergency contact: Charlotte Anderson', ['Olivia BLACKWOOD', 'Charlotte Anderson']],
    ['[15:13] Joseph: prod is down again', ['Joseph']],
    ['Sent by Mrs Mary-Jane Watson to the board.', ['Mary-Jane Watson']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('not names', () => {
  it.each([
    'Madame la Maire a reçu Monsieur le Sous-Préfet et le Directeur Départemental des Territoires.',
    'La Place de l\'Hôtel de Ville sera réaménagée ; la Rue Haute restera ouverte.',
    'Le marché se tiendra sur l\'esplanade Charles-de-Gaulle et le cours Gambetta ; la navette partira de la gare Saint-Roch.',
    'Travaux rue Jean Jaurès, avenue du Général de Gaulle, place Marcel-Pagnol et allée Simone Veil.',
    'Les élèves du lycée Jean Moulin iront au stade Pierre de Coubertin puis à la salle Jean Vilar.',
    'Le parc informatique compte 420 postes Dell Latitude et 60 tablettes Samsung Galaxy Tab.',
    'La Métropole de Montpellier et le Conseil départemental de l\'Hérault ont signé.',
    'Réunion le Lundi 5 Avril à Montpellier, puis en Juin à Paris.',
    'Selon l\'article L. 2124-1 du Code de la commande publique et la loi n° 2023-973.',
    'Entreprise : Atelier Urbain du Littoral (SIREN 892 342 643)',
    'Imogen Watson is Head of Procurement at Atlas Procurement Partners.'.replace('Imogen Watson is ', ''),
    'RAPPORT ANNUEL DU DÉLÉGATAIRE – RELATIONS AVEC L\'AUTORITÉ DÉLÉGANTE',
    'Please send the quarterly report to the Finance Department by Friday.',
    'Les agents utilisent Thunderbird, Firefox et la suite Collabora Online.',
    'La loi dite Sapin 2 et la loi Jules Ferry s\'appliquent.',
    'Nous irons à Florence, Lourdes et Valence cet été ; le serveur Windows Server 2019 sera remplacé.',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('one person, one placeholder', () => {
  const placeholders = (text: string): string => redact(text, scanText(text, people)).text;

  it('full name, title + surname and surname alone share a placeholder', () => {
    expect(placeholders('Jean Dupont a appelé. M. Dupont rappellera ; Dupont est absent demain.'))
      .toBe('[PERSON_1] a appelé. M. [PERSON_1] rappellera ; [PERSON_1] est absent demain.');
  });

  it('two people sharing a surname stay two placeholders', () => {
    expect(placeholders('Présents : Timothée DU MESNIL et Françoise DU MESNIL.'))
      .toBe('Présents : [PERSON_1] et [PERSON_2].');
  });

  it('a later surname alone goes to the nearest person before it when two share it', () => {
    expect(placeholders('Marie Dupont et Paul Dupont. Paul Dupont part ; Dupont reviendra.'))
      .toBe('[PERSON_1] et [PERSON_2]. [PERSON_2] part ; [PERSON_2] reviendra.');
  });

  it('an initial and a surname go to the namesake with that initial', () => {
    // Not the nearest Dupont before it (Marie): the only one whose first name starts with J.
    expect(placeholders('Jean Dupont et Marie Dupont sont venus. Selon J. Dupont, non.'))
      .toBe('[PERSON_1] et [PERSON_2] sont venus. Selon [PERSON_1], non.');
  });

  it('surnames alone after a list of attendees keep their particle', () => {
    expect(placeholders('Present: Grace Wood, Estelle de Villeneuve-Bargemon\nde Villeneuve-Bargemon agreed.'))
      .toBe('Present: [PERSON_1], [PERSON_2]\n[PERSON_2] agreed.');
  });

  it('a first name alone goes to the only person with that first name', () => {
    expect(placeholders('Mehdi Vialla maintient le code.\nMehdi : ok')).toBe('[PERSON_1] maintient le code.\n[PERSON_1] : ok');
  });
});

describe('tables and fields', () => {
  it.each([
    ['nom;prenom;service\nDUPONT;Jean;RH\nMartin;Claire;DSI', ['DUPONT', 'Jean', 'Martin', 'Claire']],
    ['| Nom | Prénom |\n|---|---|\n| Benali | Karim |', ['Benali', 'Karim']],
    ['{"nom": "Durand", "prenom": "Léa", "service": "RH"}', ['Durand', 'Léa']],
    ['{"firstName": "Kevin", "last_name": "O\'Connor"}', ['Kevin', "O'Connor"]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('detector kind', () => {
  const spec = (options: Record<string, unknown>): RuleSpec => ({
    id: 'people.test', type: 'PERSON', title: { en: 't', fr: 't' }, severity: 'medium',
    detector: 'person-names', options, examples: { match: [], 'no-match': [] },
  });

  it.each([
    [{}, /options\.firstNames/],
    [{ firstNames: 'a.txt', colour: 'red' }, /options\.colour/],
    [{ firstNames: 3 }, /options\.firstNames/],
  ])('%j is refused', (options, message) => {
    expect(() => personNamesDetector(spec(options), { readData: () => '' })).toThrow(message);
  });

  it('reads its data files on the first scan only, never at compile time', () => {
    const readData = vi.fn((rel: string) => (rel === 'first.txt' ? 'jean\nmarie\n' : ''));
    const detect = personNamesDetector(spec({ firstNames: 'first.txt', surnames: 'last.txt' }), { readData });
    expect(readData).not.toHaveBeenCalled();
    const found = detect('Réunion avec Jean Dupont.');
    expect(found.map((c) => [c.start, c.end])).toEqual([[13, 24]]);
    detect('Marie Durand');
    expect(readData).toHaveBeenCalledTimes(2);
  });
});

describe('risk', () => {
  it('a couple of names without any other data is medium, not high', () => {
    const { risk } = analyzeText('Réunion avec Jean Dupont et Marie Martin ; Jean Dupont présentera le bilan.', set);
    expect(risk.level).toBe('medium');
  });

  it('a list of names alone stays medium however long (NAMES_ALONE_CAP)', () => {
    const text = 'Présents : Jean Dupont, Marie Martin, Karim Benali, Sophie Leroy, Hugo Marchal, Inès Girard.';
    expect(analyzeText(text, set).risk.level).toBe('medium');
  });

  it('a name with a phone number is higher than the name alone', () => {
    const alone = analyzeText('Contact : Jean Dupont', set).risk.score;
    const withPhone = analyzeText('Contact : Jean Dupont, 06 12 34 56 78', set).risk.score;
    expect(withPhone).toBeGreaterThan(alone);
  });
});

describe('robustness (property)', () => {
  const pieces = ['Jean', 'Dupont', 'DUPONT', 'M.', 'Mme', 'de', "d'", 'Le', 'J.-P.', 'C.', 'Bonjour', 'rue', 'Conseil',
    'Karim', ':', ',', '\n', '\r\n', ' ', '  ', 'nom;prenom', ';', '"nom": "', '[10:02]', '»', 'né', 'Œ', 'Saint-Roch', 'é'];
  it('never throws and returns sorted, non-overlapping spans inside the text', async () => {
    const fc = await import('fast-check');
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const text = parts.join(parts.length % 2 ? ' ' : '');
      const found = scanText(text, people);
      let last = 0;
      for (const f of found) {
        expect(f.start).toBeGreaterThanOrEqual(last);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        last = f.end;
      }
    }), { numRuns: 300 });
  });
});
