/**
 * Amazon Seller Central hosts and marketplace ids (SP-API marketplace ids, public).
 * The country is what the marketplace sells to; messaging never shows the buyer's country.
 */
export interface AmazonMarketplace {
  host: string;
  country: string;
  marketplaceId: string;
}

export const AMAZON_MARKETPLACES: AmazonMarketplace[] = [
  { host: 'sellercentral.amazon.com', country: 'US', marketplaceId: 'ATVPDKIKX0DER' },
  { host: 'sellercentral.amazon.ca', country: 'CA', marketplaceId: 'A2EUQ1WTGCTBG2' },
  { host: 'sellercentral.amazon.com.mx', country: 'MX', marketplaceId: 'A1AM78C64UM0Y8' },
  { host: 'sellercentral.amazon.com.br', country: 'BR', marketplaceId: 'A2Q3Y263D00KWC' },
  { host: 'sellercentral.amazon.co.uk', country: 'GB', marketplaceId: 'A1F83G8C2ARO7P' },
  { host: 'sellercentral.amazon.de', country: 'DE', marketplaceId: 'A1PA6795UKMFR9' },
  { host: 'sellercentral.amazon.fr', country: 'FR', marketplaceId: 'A13V1IB3VIYZZH' },
  { host: 'sellercentral.amazon.it', country: 'IT', marketplaceId: 'APJ6JRA9NG5V4' },
  { host: 'sellercentral.amazon.es', country: 'ES', marketplaceId: 'A1RKKUPIHCS9HS' },
  { host: 'sellercentral.amazon.nl', country: 'NL', marketplaceId: 'A1805IZSGTT6HS' },
  { host: 'sellercentral.amazon.se', country: 'SE', marketplaceId: 'A2NODRKZP88ZB9' },
  { host: 'sellercentral.amazon.pl', country: 'PL', marketplaceId: 'A1C3SOZRARQ6R3' },
  { host: 'sellercentral.amazon.com.be', country: 'BE', marketplaceId: 'AMEN7PMS3EDWL' },
  { host: 'sellercentral.amazon.ie', country: 'IE', marketplaceId: 'A28R8C7NBKEWEA' },
  { host: 'sellercentral.amazon.com.tr', country: 'TR', marketplaceId: 'A33AVAJ2PDY3EV' },
  { host: 'sellercentral.amazon.ae', country: 'AE', marketplaceId: 'A2VIGQ35RCS4UG' },
  { host: 'sellercentral.amazon.sa', country: 'SA', marketplaceId: 'A17E79C6D8DWNP' },
  { host: 'sellercentral.amazon.eg', country: 'EG', marketplaceId: 'ARBP9OOSHTCHU' },
  { host: 'sellercentral.amazon.co.za', country: 'ZA', marketplaceId: 'AE08WJ6YKNBMC' },
  { host: 'sellercentral.amazon.in', country: 'IN', marketplaceId: 'A21TJRUUN4KGV' },
  { host: 'sellercentral.amazon.sg', country: 'SG', marketplaceId: 'A19VAU5U5O7RUS' },
  { host: 'sellercentral.amazon.com.au', country: 'AU', marketplaceId: 'A39IBJ37TRP1C6' },
  { host: 'sellercentral.amazon.co.jp', country: 'JP', marketplaceId: 'A1VC38T7YXB528' },
];

/** Unified hosts serve several marketplaces; the marketplaceID in the URL decides the country. */
export const AMAZON_UNIFIED_HOSTS = ['sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com'];

export const AMAZON_HOSTS = [...AMAZON_MARKETPLACES.map((m) => m.host), ...AMAZON_UNIFIED_HOSTS];

const byId = new Map(AMAZON_MARKETPLACES.map((m) => [m.marketplaceId, m]));
const byHost = new Map(AMAZON_MARKETPLACES.map((m) => [m.host, m]));
const UNIFIED_DEFAULT: Record<string, string> = {
  'sellercentral-europe.amazon.com': 'GB',
  'sellercentral-japan.amazon.com': 'JP',
};

export interface AmazonMarketplaceGuess {
  country: string;
  source: 'marketplaceId' | 'host' | 'unified-host';
}

/** marketplaceID beats the host: a seller on sellercentral-europe switches marketplaces by id. */
export function amazonMarketplaceCountry(host: string, marketplaceId?: string | null): AmazonMarketplaceGuess | null {
  const fromId = marketplaceId ? byId.get(marketplaceId) : undefined;
  if (fromId) return { country: fromId.country, source: 'marketplaceId' };
  const fromHost = byHost.get(host);
  if (fromHost) return { country: fromHost.country, source: 'host' };
  const unified = UNIFIED_DEFAULT[host];
  return unified ? { country: unified, source: 'unified-host' } : null;
}
