import { endpoint } from '../endpoint';
import { DIRECTOR } from '../access';
import { empty } from '../fields';
import { updateSettingsInput, type Settings } from '../../settings/schemas';
import {
  printableCheckInput,
  setSupplementaryFontInput,
  type FontSettings,
  type PrintableCheck,
} from '../../fonts/schemas';

/** The centre's settings: read by every user, changed by the director. */
export const settingsContract = {
  get: endpoint<Settings>()(empty, 'user'),
  update: endpoint<Settings>()(updateSettingsInput, DIRECTOR),
} as const;

/** The print fonts: the body font, Windows' SimSun-ExtB, the supplementary font the director adds. */
export const fontsContract = {
  get: endpoint<FontSettings>()(empty, DIRECTOR),
  /** Adds or replaces the supplementary font (copied into the archive folder). */
  setSupplementary: endpoint<FontSettings>()(setSupplementaryFontInput, DIRECTOR),
  removeSupplementary: endpoint<FontSettings>()(empty, DIRECTOR),
  /** Which characters of a name no configured font can print (the warning at data entry). */
  check: endpoint<PrintableCheck>()(printableCheckInput, 'user'),
} as const;
