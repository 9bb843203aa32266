import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The store listing in store/<locale>/: complete for every locale the extension ships (public/_locales), one
 * justification for each permission and host permission the built manifests ask for (and none for one they
 * do not), images of the sizes the stores take, each checked for tokens when it was taken
 * (scripts/demo/store.ts writes evidence.json beside them).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const STORE = path.join(ROOT, 'store');
const LOCALES_DIR = path.join(ROOT, 'public', '_locales');

interface Listing {
  name: string;
  shortDescription: string;
  description: string;
  singlePurpose: string;
  permissions: Record<string, string>;
  hostPermissions: Record<string, string>;
  optionalHostPermissions: Record<string, string>;
  screenshots: { file: string; caption: string }[];
  promoTile: string;
}

interface Evidence {
  images: {
    file: string;
    width: number;
    height: number;
    pages: string[];
    tokensChecked: string[];
    textChecked: number;
  }[];
}

const SCREENSHOT = { width: 1280, height: 800 };
const PROMO_TILE = { width: 440, height: 280 };
/** Store images are committed: keep them small. */
const MAX_IMAGE_BYTES = 400 * 1024;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const manifests = ['chrome-mv3', 'firefox-mv3'].map((build) =>
  JSON.parse(readFileSync(path.join(ROOT, '.output', build, 'manifest.json'), 'utf8')),
);
const asked = (key: string) => [...new Set(manifests.flatMap((manifest) => manifest[key] ?? []))].sort();

const shipped = existsSync(LOCALES_DIR) ? readdirSync(LOCALES_DIR).sort() : [];
const listed = readdirSync(STORE)
  .filter((entry) => statSync(path.join(STORE, entry)).isDirectory())
  .sort();

describe('the store listing', () => {
  it('has English, and every locale the extension ships', () => {
    expect(listed).toContain('en');
    for (const locale of shipped) expect(listed).toContain(locale);
  });
});

describe.each(listed)('store/%s/listing.json', (locale) => {
  const dir = path.join(STORE, locale);
  const listing = JSON.parse(readFileSync(path.join(dir, 'listing.json'), 'utf8')) as Listing;

  it('has the texts the stores ask for, within their limits', () => {
    expect(listing.name).toBe('Okta Link Assistant');
    expect(listing.shortDescription.length).toBeGreaterThan(40);
    expect(listing.shortDescription.length).toBeLessThanOrEqual(132); // Chrome's summary
    expect(listing.description.length).toBeGreaterThan(400);
    expect(listing.description.length).toBeLessThanOrEqual(16_000);
    expect(listing.singlePurpose.length).toBeGreaterThan(40);
    expect(listing.singlePurpose.length).toBeLessThanOrEqual(1000);
  });

  it.each([
    ['permissions', 'permissions'],
    ['host_permissions', 'hostPermissions'],
    ['optional_host_permissions', 'optionalHostPermissions'],
  ] as const)('justifies each of the manifests’ %s, and nothing they do not ask for', (key, field) => {
    const justified = listing[field];
    expect(Object.keys(justified).sort()).toEqual(asked(key));
    for (const [permission, why] of Object.entries(justified)) {
      expect(why.length, permission).toBeGreaterThan(40);
    }
  });

  it('has screenshots at 1280×800 and a 440×280 promo tile, small', () => {
    expect(listing.screenshots.length).toBeGreaterThanOrEqual(3);
    expect(listing.screenshots.length).toBeLessThanOrEqual(5); // Chrome takes at most five
    const images = [
      ...listing.screenshots.map((shot) => [shot.file, SCREENSHOT] as const),
      [listing.promoTile, PROMO_TILE] as const,
    ];
    for (const [file, size] of images) {
      const absolute = path.join(dir, file);
      expect(pngSize(absolute), file).toEqual(size);
      expect(statSync(absolute).size, file).toBeLessThanOrEqual(MAX_IMAGE_BYTES);
    }
    for (const shot of listing.screenshots) expect(shot.caption.length, shot.file).toBeGreaterThan(10);
  });

  it('shows no token whole in any image: each was checked against every token known when it was taken', () => {
    const files = [...listing.screenshots.map((shot) => shot.file), listing.promoTile];
    const checkedWithTokens: string[] = [];
    for (const file of files) {
      // Beside the images (a locale may show another locale's images: its evidence is there).
      const absolute = path.join(dir, file);
      const evidence = JSON.parse(
        readFileSync(path.join(path.dirname(absolute), 'evidence.json'), 'utf8'),
      ) as Evidence;
      const record = evidence.images.find((image) => image.file === path.basename(file));
      expect(record, `${file} in evidence.json`).toBeDefined();
      expect(record?.textChecked, file).toBeGreaterThan(0);
      for (const shown of record?.tokensChecked ?? []) expect(shown).toMatch(/^.{4}….{4}$/);
      expect(pngSize(absolute)).toEqual({ width: record?.width, height: record?.height });
      if (record?.tokensChecked.length) checkedWithTokens.push(file);
    }
    // At least one image was taken while a token existed (the hub form the extension filled).
    expect(checkedWithTokens).not.toEqual([]);
  });
});
