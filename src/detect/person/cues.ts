// Words around a name that tell the person detector what it is looking at (all folded).

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
