// Deterministic generator of mixed French administrative text for the benchmark.

/** Small, seeded PRNG (mulberry32): the same text on every run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Le conseil municipal s’est réuni le 12 mars en séance publique sous la présidence de Madame la Maire.',
  'La commission d’appel d’offres a examiné les trois offres reçues pour le lot n° 2 du marché de travaux.',
  'Conformément à l’article R. 2123-1 du code de la commande publique, la procédure adaptée a été retenue.',
  'Le montant total des travaux s’élève à 1 250 000 € HT, soit 1 500 000 € TTC, pour une durée de 18 mois.',
  'Les services techniques ont constaté des désordres sur la voirie de la rue Haute et du chemin des Écoliers.',
  'Vous trouverez ci-joint le compte rendu de la réunion ainsi que le planning prévisionnel mis à jour.',
  'La direction des systèmes d’information rappelle que les mots de passe doivent être changés tous les 90 jours.',
  'Le rapport annuel du délégataire présente les indicateurs de performance du service public de l’eau.',
  'Merci de bien vouloir transmettre les pièces justificatives avant le 30 juin 2025, délai de rigueur.',
  'Les habitants du quartier ont signalé un stationnement gênant devant l’école maternelle.',
  'The project board reviewed the handover plan and agreed on the next milestones for the migration.',
  'Please find attached the minutes of the steering committee and the updated risk register.',
  'La version 4.2.1 du logiciel corrige plusieurs anomalies signalées par les utilisateurs en mars.',
  'Une enveloppe de 45 000 euros est réservée au fonds de soutien aux associations sportives.',
  'Le dossier de consultation des entreprises est disponible sur le profil d’acheteur de la collectivité.',
];

const VALUES = [
  'Contact : jeanne.martin@ville-exemple.fr, tél. 06 39 98 12 34.',
  'Virement sur FR76 3000 6000 0112 3456 7890 189 (BIC BNPAFRPP).',
  'N° SS : 2 84 05 88 321 025 32, née le 12/03/1984.',
  'Société Bâtiments du Lez, SIRET 732 829 320 00074, TVA FR44732829320.',
  'Rendez-vous avec M. Karim Benali, 12 bis rue des Lilas, 34000 Montpellier.',
  'Serveur interne http://srv-ged02/partage et hôte 10.12.0.5.',
  'Marché n° 2023-AO-045, avis BOAMP 24-123456.',
  'Cordialement,\nSophie Leroy\nChargée de mission',
  'token = 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',
  'Carte 4111 1111 1111 1111 exp. 12/27.',
  'Véhicule immatriculé AB-123-CD stationné devant le n° 4.',
];

/** About `bytes` of UTF-8 text: paragraphs of prose with one sensitive value every ~`every` sentences. */
export function generateText(bytes, { seed = 42, every = 4 } = {}) {
  const r = rng(seed);
  const parts = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const s = (++i % every === 0 ? VALUES[Math.floor(r() * VALUES.length)] : SENTENCES[Math.floor(r() * SENTENCES.length)]);
    const piece = s + (r() < 0.2 ? '\n\n' : ' ');
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}

/** A ~500-character snippet such as an agent pastes. */
export const SNIPPET = (
  'Bonjour, pouvez-vous reformuler ce message pour le service ? « Madame Josiane Girard, née le 26/10/1971, '
  + 'demeurant 204 ter rue de l’Étang, 34830 Clapiers, demande le remboursement sur FR76 3000 6000 0112 3456 7890 189. '
  + 'Elle est joignable au 06 39 98 12 34 ou à josiane.girard@exemple-mail.fr. Son NIR : 2 84 05 88 321 025 32. '
  + 'Merci de traiter la demande avant la fin du mois. » Cordialement, le service des affaires générales.'
);
