import { screen, type BrowserWindow, type WebContents } from 'electron';
import type { NavigateEvent } from '../../shared/domain/navigation';
import { appIndexUrl } from '../desktop/app-origin';
import { placementFor, type WindowStateFile } from '../desktop/window-state';
import type { EventSink } from '../ports';
import { preloadPath } from './paths';
import { createSecureWindow, windowSize } from './window-options';

export interface AppWindowDeps {
  mainDir: string;
  /** The dev server's URL in development (never in a packaged app). */
  devServerUrl: string | undefined;
  windowState: WindowStateFile;
  events: EventSink;
}

export interface AppWindow {
  current(): BrowserWindow | null;
  /**
   * Brings the window forward, whatever state it is in (hidden, minimized, closed), and opens the
   * given screen. A new window is told where to go only once its page has loaded: before that,
   * no listener would hear it.
   */
  show(target?: NavigateEvent): void;
  isOurContents(contents: WebContents): boolean;
}

export function createAppWindow(deps: AppWindowDeps): AppWindow {
  let window: BrowserWindow | null = null;

  const create = (): BrowserWindow => {
    const placement = placementFor(
      deps.windowState.load(),
      screen.getAllDisplays().map((display) => display.workArea),
      { width: windowSize.width, height: windowSize.height },
      { width: windowSize.minWidth, height: windowSize.minHeight },
    );
    const created = createSecureWindow(preloadPath(deps.mainDir), placement);
    if (placement.maximized) created.maximize();
    created.once('ready-to-show', () => created.show());
    created.on('close', () => {
      deps.windowState.save({ bounds: created.getNormalBounds(), maximized: created.isMaximized() });
    });
    created.on('closed', () => {
      if (window === created) window = null;
    });
    void created.loadURL(deps.devServerUrl ?? appIndexUrl);
    return created;
  };

  return {
    current: () => (window && !window.isDestroyed() ? window : null),
    show(target) {
      if (!window || window.isDestroyed()) {
        window = create();
        if (target) window.webContents.once('did-finish-load', () => deps.events.emit('app:navigate', target));
        return;
      }
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      if (target) deps.events.emit('app:navigate', target);
    },
    isOurContents: (contents) => window !== null && !window.isDestroyed() && window.webContents === contents,
  };
}
