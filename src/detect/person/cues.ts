// Words around a name that tell the person detector what it is looking at (all folded).
import { foldWord } from './lexicon.js';
import { isApostrophe } from '../text.js';

/** Civilités and titles, written before a name and kept OUTSIDE its span (a trailing '.' is optional). */
export const TITLES = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'maitre', 'dr', 'docteur', 'pr', 'professeur',
  'mgr', 'monseigneur', 'monsieur', 'madame', 'mademoiselle', 'messieurs', 'mesdames',
  'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'prof', 'councillor', 'councilor',
]);

/** Particles allowed inside a name when written in lower case between two capitalised words. */
export const LOWER_PARTICLES = new Set([
  'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'do', 'dos', 'das', 'del',
  'della', 'ben', 'bin', 'ibn', 'el', 'al', 'ter', 'ten', 'y', 'e', 'af', 'zu',
]);

/** Capitalised particles that start or sit inside a surname (Le Minh, DU MESNIL, Van Damme). */
export const CAP_PARTICLES = new Set([
  'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'del',
  'della', 'ben', 'bin', 'ibn', 'el', 'al', 'ter', 'ten', 'mac', 'mc', 'ould', 'abou', 'abu', 'ait',
]);

/** Words that open a greeting: a lone first name after them is a person (« Bonjour Karim, »). */
export const GREETINGS = new Set([
  'bonjour', 'bonsoir', 'salut', 'coucou', 'hello', 'hi', 'hey', 'dear', 'cher', 'chere', 'merci',
  'thanks', 'thank', 'bravo', 'allo', 'ciao', 'felicitations', 'congratulations', 'welcome', 'bienvenue',
]);

/**
 * Street and place types: a name right after them (optionally after `du`, `de la`, a rank such as
 * `Général`) names a street or a building, not a person (« rue Jean Jaurès », « lycée Jean Moulin »).
 */
const PLACE_TYPES = [
  'rue', 'ruelle', 'avenue', 'av', 'ave', 'bd', 'boulevard', 'bvd', 'blvd', 'place', 'pl', 'allee', 'allees', 'impasse', 'imp',
  'quai', 'cours', 'chemin', 'ch', 'chem', 'route', 'rte', 'square', 'sq', 'esplanade', 'montee', 'traverse',
  'passage', 'parc', 'jardin', 'jardins', 'gare', 'pont', 'port', 'promenade', 'rond-point', 'sentier',
  'villa', 'hameau', 'lotissement', 'residence', 'cite', 'parvis', 'mail', 'voie', 'faubourg', 'fg',
  'lycee', 'college', 'ecole', 'scolaire', 'hopital', 'clinique', 'stade', 'salle', 'gymnase', 'piscine',
  'mediatheque', 'bibliotheque', 'musee', 'theatre', 'centre', 'fondation', 'institut', 'universite',
  'aeroport', 'station', 'arret', 'maison', 'espace', 'complexe', 'halle', 'foyer', 'ehpad', 'creche',
  'campus', 'amphitheatre', 'amphi', 'auditorium', 'galerie', 'quartier', 'loi', 'prix', 'caserne',
  'street', 'st', 'road', 'rd', 'lane', 'drive', 'school', 'hospital', 'stadium', 'bridge', 'hall',
  'building', 'house', 'park', 'airport', 'institute', 'university',
];
const RANKS = [
  'general', 'marechal', 'president', 'docteur', 'professeur', 'abbe', 'commandant', 'colonel',
  'capitaine', 'lieutenant', 'sergent', 'amiral', 'pasteur', 'pere', 'saint', 'sainte', 'freres',
  'soeurs', 'cardinal', 'chanoine', 'recteur', 'marechal-des-logis', 'dr', 'pr', 'maitre',
];
const PLACE_SET = new Set(PLACE_TYPES);
const RANK_SET = new Set(RANKS);
const CLAUSE_END = /(?:[;:,!?\n()«»"]|[a-z]{4,}\. )(?!.*(?:[;:,!?\n()«»"]|[a-z]{4,}\. ))/s;
const ARTICLES = new Set(['du', 'des', 'de', 'la', 'le', 'les', "l'", "d'", 'of', 'the']);

/**
 * True when the folded text just before a candidate ends with a street or place type, optionally
 * followed by articles and a rank (« rue », « avenue du Général », « lycée »). A word walk, not a
 * regex: a large alternation costs milliseconds to compile, paid by every short `redact`.
 */
export function endsWithPlaceType(folded: string): boolean {
  // Only the clause the candidate is in: « Hope Street. Grace Hopper » is not a street name. A dot
  // after a short word is an abbreviation (« av. », « bd. », « St. ») and does not end the clause.
  const cut = CLAUSE_END.exec(folded);
  const clause = cut ? folded.slice(cut.index + cut[0].length) : folded;
  const words = clause.replace(/'/g, "' ").split(/[^a-z0-9'-]+/).filter((w) => w !== '');
  let i = words.length - 1;
  let ranks = 0;
  for (; i >= 0; i--) {
    const w = words[i] as string;
    if (ARTICLES.has(w)) continue;
    if (RANK_SET.has(w) && ranks === 0) { ranks++; continue; }
    return PLACE_SET.has(w);
  }
  return false;
}

/**
 * Folded form (foldWord) of each Latin-1 code unit, or -1 when it folds to more than one unit
 * (ß, æ, œ is not Latin-1). Folding is per character in Latin-1, so a text made of these folds
 * like its characters one by one. Built on first use.
 */
let LATIN1_FOLD: Int32Array | undefined;
function latin1Fold(): Int32Array {
  if (LATIN1_FOLD) return LATIN1_FOLD;
  const t = new Int32Array(0x100);
  for (let c = 0; c < 0x100; c++) {
    const f = foldWord(String.fromCharCode(c));
    t[c] = f.length === 1 ? f.charCodeAt(0) : -1;
  }
  LATIN1_FOLD = t;
  return t;
}

/** Characters of CLAUSE_END's first alternative: ; : , ! ? newline ( ) « » " */
const isClauseChar = (c: number): boolean => c === 59 || c === 58 || c === 44 || c === 33 || c === 63 || c === 10 || c === 40 || c === 41 || c === 0xab || c === 0xbb || c === 34;
/** Characters of the words endsWithPlaceType splits out: a-z 0-9 ' - */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * endsWithPlaceType(foldWord(text.slice(from, to))), without folding or splitting the window: a
 * walk backwards from `to` that reads only the last few words. It is asked for every chain of
 * capitalised words judged (thousands per MB of dense text), and CLAUSE_END's lookahead made the
 * regex way cost microseconds each. Same answer by construction: the clause starts after the last
 * clause end (a CLAUSE_END character, or ". " after four letters), words are runs of [a-z0-9-]
 * with an optional trailing apostrophe, and the same article / rank / place test decides. A window
 * with a character outside Latin-1, or one that folds to two letters, takes the exact slow path.
 */
export function placeTypeBefore(text: string, from: number, to: number): boolean {
  const fold = latin1Fold();
  /** Folded code unit at k, or -1 when the fast path cannot tell. */
  const f = (k: number): number => {
    const c = text.charCodeAt(k);
    return c < 0x100 ? fold[c] as number : isApostrophe(c) ? 39 : -1;
  };
  const slow = (): boolean => endsWithPlaceType(foldWord(text.slice(from, to)));
  let i = to;
  let ranks = 0;
  for (;;) {
    // Separators before the word; a clause end there means no word of the clause is left.
    while (i > from) {
      const c = f(i - 1);
      if (c < 0) return slow();
      if (isWordChar(c)) break;
      if (isClauseChar(c)) return false;
      if (c === 32 && i - 6 >= from && f(i - 2) === 46) {
        const l1 = f(i - 3); const l2 = f(i - 4); const l3 = f(i - 5); const l4 = f(i - 6);
        if (l1 < 0 || l2 < 0 || l3 < 0 || l4 < 0) return slow();
        if (isAsciiLower(l1) && isAsciiLower(l2) && isAsciiLower(l3) && isAsciiLower(l4)) return false;
      }
      i--;
    }
    if (i === from) return false;
    // The word [j, i): letters, digits and hyphens, and an apostrophe only at its end (« l' »).
    let j = i;
    if (f(j - 1) === 39) j--;
    while (j > from) {
      const c = f(j - 1);
      if (c < 0) return slow();
      if (c === 39 || !isWordChar(c)) break;
      j--;
    }
    // Most words are already folded (lower-case ASCII): a slice, not a string built per character.
    let folded = true;
    for (let k = j; k < i && folded; k++) folded = f(k) === text.charCodeAt(k);
    let w = folded ? text.slice(j, i) : '';
    if (!folded) for (let k = j; k < i; k++) w += String.fromCharCode(f(k));
    i = j;
    if (ARTICLES.has(w)) continue;
    if (RANK_SET.has(w) && ranks === 0) { ranks++; continue; }
    return PLACE_SET.has(w);
  }
}

/**
 * Labels after which a person's name is expected (« Référent : », « Name: », « signé par »): a
 * name after them needs less evidence. Tested on the folded (ASCII) text of the line before a
 * candidate, hence ASCII classes and no `u` flag (cheaper to compile).
 * Nouns need a following ':' (or '-', '>'); phrases ending in a preposition do not.
 */
const NOUN_LABELS = [
  'referent', 'referente', 'contact', 'nom', 'name', 'demandeur', 'demandeuse', 'titulaire', 'eleve', 'parent',
  'gestionnaire', 'present', 'presents', 'presentes', 'absent', 'absents', 'excuse', 'excuses', 'redacteur',
  'redactrice', 'signataire', 'interlocuteur', 'interlocutrice', 'responsable', 'agent', 'agente',
  'beneficiaire', 'hebergeant', 'hebergeante', 'accueillie', 'accueilli', 'patient', 'patiente', 'usager',
  'locataire', 'proprietaire', 'temoin', 'victime', 'auteur', 'autrice', 'attendees', 'participants',
  'destinataire', 'expediteur', 'from', 'to', 'de', 'a', 'cc', 'emergency contact', 'lead', 'developer',
  'owner', 'officer', 'candidat', 'candidate', 'consultant', 'chef de projet', 'assignee', 'reporter',
  'author', 'employe', 'employee', 'salarie', 'salariee', 'stagiaire', 'intervenant', 'intervenante',
  'formateur', 'formatrice', 'medecin', 'infirmier', 'infirmiere', 'astreinte', 'semaine \\d+', 'client',
  'cliente', 'requerant', 'requerante', 'conjoint', 'conjointe', 'enfant', 'mere', 'pere', 'tuteur',
];
const PHRASE_LABELS = [
  'representee par', 'represente par', 'representes par', 'signe par', 'signee par', 'au nom de',
  'pour le compte de', 'de la part de', "je m'appelle", 'je suis', 'my name is', 'maintained by',
  'number of', 'cv of', 'assigned to', 'approved by', 'reviewed by', 'valide par', 'approuve par',
  'prepared by', 'prepare par', 'titulaire', 'conducteur', 'conductrice', 'avec', 'with', 'par', 'by',
  'pour', 'for', 'joindre', 'contacter', 'aupres de', 'confirm that',
];
const alts = (xs: string[]): string => xs.map((l) => l.replace(/ /g, '\\s+')).join('|');
export const LABEL_BEFORE = new RegExp(
  String.raw`(?:^|[^a-z])(?:(?:${alts(NOUN_LABELS)})(?:\s*\([^)]*\))?\s*[:>=-]|(?:${alts(PHRASE_LABELS)}))\s*$`);

/** Closing formulas of a letter or an e-mail: the name on the next line(s) is its signatory. */
export const CLOSING_BEFORE = /(?:cordialement|bien a vous|bien a toi|salutations|sincerement|amities|bonne journee|bonne soiree|a bientot|best|regards|sincerely|thanks|thank you|cheers|merci|bises|respectueusement|yours)[ \t]*[,.!]?[ \t]*(?:\r?\n[ \t]*){1,3}$/;

/**
 * Words that make a run of capitalised words an organisation (« Atelier Urbain du Littoral »,
 * « Atlas Procurement Partners »): a chain linked to one of them is not a person.
 */
export const ORG_WORDS = new Set([
  'atelier', 'ateliers', 'partners', 'partner', 'partenaires', 'procurement', 'associates', 'associes',
  'holding', 'holdings', 'industries', 'industrie', 'international', 'global', 'energies', 'energie',
  'energy', 'solaires', 'solaire', 'consulting', 'consultants', 'conseils', 'group', 'groupe', 'services',
  'systems', 'solutions', 'technologies', 'technology', 'tech', 'software', 'data', 'digital',
  'numerique', 'labs', 'lab', 'studio', 'studios', 'agency', 'societe', 'compagnie', 'company',
  'corporation', 'corp', 'inc', 'ltd', 'llc', 'llp', 'plc', 'gmbh', 'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sci', 'scop',
  'gie', 'foundation', 'trust', 'fund', 'capital', 'invest', 'immobilier', 'immobiliere', 'habitat',
  'logement', 'transports', 'transport', 'environnement', 'ingenierie', 'engineering', 'construction',
  'constructions', 'batiment', 'travaux', 'btp', 'renovation', 'nettoyage', 'securite', 'formation',
  'medical', 'sante', 'pharma', 'pharmacie', 'assurances', 'assurance', 'mutuelle', 'club', 'federation',
  'cooperative', 'entreprise', 'entreprises', 'etablissements', 'ets', 'freres', 'fils', 'cie', 'associes',
  'avocats', 'notaires', 'architectes', 'expertise', 'audit', 'informatique', 'reseaux', 'telecom',
  'communication', 'editions', 'media', 'medias', 'presse', 'distribution', 'logistique', 'automobiles',
  'garage', 'boulangerie', 'restaurant', 'hotel', 'camping', 'traiteur', 'paysages', 'jardins', 'plomberie',
  'electricite', 'menuiserie', 'maconnerie', 'peinture', 'toiture', 'charpente', 'couverture',
]);

/** Labels after which a capitalised run names a company, not a person (« Entreprise : … »). */
export const ORG_LABEL_BEFORE = /(?:^|[^a-z])(?:entreprise|societe|raison sociale|fournisseur|prestataire|delegataire|autorite delegante|company|supplier|vendor|contractor|mandataire|cotraitant|sous-traitant|editeur|operateur|employeur|employer|organisme|etablissement|association|collectivite|acheteur|pouvoir adjudicateur|client)\s*[:=-]\s*$/;
