/**
 * One-word listing names that are also ordinary words, first names, surnames or places in
 * English, French, Spanish or German ("Target", "Box", "Dover", "Dave"). A company known only
 * from a listing with such a name is matched only with its legal form ("Southern Company"),
 * so prose is not flooded with false companies. Curated companies are not affected: they
 * carry their own hints. Hand-picked from the one-word names the listings produce; add to it
 * when `npm run companies` lets a new common word through.
 */
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

export const COMMON_WORDS: ReadonlySet<string> = new Set([
  // English words
  ...words(`Aware Ball Bancorp Bandwidth Banner Block Box Buckle Bullish Cactus Capital Capstone
  Carnival Catalyst Citizens Community Compass Crane Customers Deluxe Diodes Eagle Eastern
  Elastic Escalade Exponent First Flex Fluent Fox Freedom Gap Glacier Gravity Grail Griffon
  Harmonic Home Honest Hope Horizon Immersion Innovate Interface Intrusion Joint Landmark
  Lineage Marathon Mechanics Merchants Meridian Merlin Mosaic News Nova Opera Origin Orion
  Pathfinder People Peoples Perfect Pioneer Polaris Pool Popular Progressive Quantum Reliance
  Republic Root Sabre Sea Seer Shell Snail Snap Southern Spire Stem Stride Strive Target Team
  Toast Troops United Universal Vantage Vertex Visa Waters Whirlpool Strategy Unity Genesis
  Premier Select Global Live Ready Summit Trinity Frontier Liberty Pinnacle Alliance Apex
  Atlas Beacon Energy Future Guardian Heritage Independence Insight Legacy Matrix Momentum
  National Nexus Oasis Omega Pacific Atlantic Paramount Phoenix Prime Prospect Regal Sterling
  Titan Triumph Unique Vision Zenith Hartford Equity Realty Apartment Healthcare Health Bank
  Financial Insurance Holdings Group Technologies Solutions Systems Industries Partners
  International Dollar Tree Express Best Buy Discovery Match Chase Sprint Dish Square Slack
  Stripe Wise Lucid Caterpillar Valve Cohere Ledger Church Cooper Expand Host Regency Regions
  Tapestry`),
  // Listing names checked by hand after a run of `npm run companies`
  ...words(`Software Rational Investor Hexagon Prudential Elisa Sistema Alten Elis Signify Basler Ozon
  Kingfisher Pearson Persimmon Coherent Amplitude Agora Happen Clarus Cognizant Linde Xylem
  Patrizia Antofagasta Galapagos Dreamland Plexus Vroom Lemonade Reformation Penumbra Owlet
  Maximus Nerdy Tidewater Tennant Acuity Chewy Donaldson Huntsman Knowles Seaboard Tanger
  Westlake Alight Fluor Kingsway Rubrik Samsara Argan Asana Ashland Bumble Canaan Cadiz
  Calumet Crocs Frontdoor Gauzy Gogo Grandstand Hyperfine Morningstar Materialise Ondas Ouster
  Powerlaw Scholastic Schrodinger Telos Admiral Everest Norma Sage Hello Wendel Hess Nocera Cohen Inter Zebra Tyler Align`),
  // French, Spanish and German words
  ...words(`Azul Gaia Largo Toro Vale Mango Nuevo Grupo Banco Total Orange Avenir Atout Zoom Amazon
  Allianz Puma Arm Alphabet Continental Metro Union Merck`),
  // Names of people, and places
  ...words(`Brady Cato Dana Dave Dole Dover Ennis Fermi Graham Hanover Harrow Hawkins Kemper Kirby Lear
  Lindsay Marcus Marsh Moog Nakamoto Olin Parsons Princeton Regis Rogers Sierra Sinclair
  Stepan Vince Winchester Woodward Leslie's Carter's Alexander's Campbell's Reed's Dow Nasdaq
  Solana Tron Bonk Fortis Parke Monro Brunswick Cleveland Hudson Columbia Victoria Atlanta
  Boston Denver Dallas Houston Chicago Paris Berlin Madrid London America Europe Asia Georgia
  Jordan Santander Sabadell Washington Franklin Lincoln Jefferson Madison Wendy Ralph Henry
  Campbell Morgan Stanley Goldman Wells Fargo Schwab Edison Tyson Lowe Ross`),
]);
