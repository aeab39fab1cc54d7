/**
 * The preload of the designer window. It runs sandboxed (no Node), so it is bundled into one
 * CommonJS file that requires nothing but `electron`, and it exposes exactly one object,
 * `window.pchatDesigner`, through the context bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createDesignerBridge } from './preload/bridge.ts';

contextBridge.exposeInMainWorld(
  'pchatDesigner',
  createDesignerBridge(ipcRenderer, () => document.activeElement),
);
