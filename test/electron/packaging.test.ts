/**
 * The installers cannot be built without network (electron-builder downloads Electron and its
 * tools), so the packaging configuration is checked here instead: by electron-builder's own
 * schema, and for what the planners rely on (Windows installers, the .pctopo association,
 * the icons, nothing but the bundles shipped, fuses that keep the binary from running as Node).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/designs.ts';

const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = builderRequire('builder-util/out/DebugLogger.js');

let config: any;
beforeAll(async () => {
  config = await getConfig(projectRoot, 'electron-builder.yml', null);
});

const targets = (platform: 'win' | 'linux' | 'mac') => config[platform].target.map((t: any) => t.target);

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and matches the appId the main process registers on Windows', () => {
    expect(config.productName).toBe('Persistent Chat Topology Designer');
    const main = readFileSync(join(projectRoot, 'electron', 'main.ts'), 'utf8');
    expect(main).toContain(`const APP_ID = '${config.appId}';`);
  });

  it('builds Windows nsis and portable, Linux AppImage and deb, and a macOS dmg', () => {
    expect(targets('win')).toEqual(['nsis', 'portable']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(targets('mac')).toEqual(['dmg']);
  });

  it('associates .pctopo files with the designer as their editor', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'pctopo', role: 'Editor', mimeType: 'application/x-pctopo+json' }),
    ]);
  });

  it('uses icons that exist in assets/icons', () => {
    expect(existsSync(join(projectRoot, config.win.icon))).toBe(true);
    expect(existsSync(join(projectRoot, config.mac.icon))).toBe(true);
    expect(existsSync(join(projectRoot, config.linux.icon, '256x256.png'))).toBe(true);
  });

  it('ships the bundles, the renderer and the window icon, and no node_modules', () => {
    const patterns = config.files.flatMap((f: string | { filter: string[] }) =>
      typeof f === 'string' ? [f] : f.filter,
    );
    expect(patterns).toEqual(
      expect.arrayContaining([
        'dist/electron/*.cjs',
        'dist-web/**',
        'assets/icons/icon.png',
        '!**/node_modules/**',
      ]),
    );
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('flips the fuses that would let the packaged binary run as plain Node or load other code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
  });

  it('keeps recovery drafts when the program is uninstalled', () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });
});

describe('the icons', () => {
  const png = (file: string) => {
    const b = readFileSync(join(projectRoot, 'assets', 'icons', file));
    expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  };

  it('are square PNGs of every size the Linux icon theme uses', () => {
    expect(png('icon.png')).toEqual({ width: 1024, height: 1024 });
    for (const n of [16, 24, 32, 48, 64, 128, 256, 512])
      expect(png(`png/${n}x${n}.png`)).toEqual({ width: n, height: n });
  });

  it('include a Windows .ico up to 256 px and a macOS .icns up to 1024 px', () => {
    const ico = readFileSync(join(projectRoot, 'assets', 'icons', 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const icns = readFileSync(join(projectRoot, 'assets', 'icons', 'icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(['ic07', 'ic08', 'ic09', 'ic10'].every((t) => icns.includes(Buffer.from(t)))).toBe(true);
  });
});
