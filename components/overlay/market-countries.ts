/** Countries the core pack profiles, offered when the agent corrects the detected country. */
export const MARKET_COUNTRIES =
  'US CA MX BR GB DE FR IT ES NL SE PL BE IE TR AE SA EG ZA IN SG AU JP RU UA KZ BY IL KR CL CO PE AR UY PT CZ SK HU RO GR BG LT LV EE FI DK NO AT CH NZ MY TH VN ID PH'.split(' ');
