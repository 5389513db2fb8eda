import { app, Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayModel } from '../desktop/tray-model';

export interface AppTray {
  /** Redraws tooltip, menu and badge from the current state (alerts changed, language changed...). */
  refresh(): void;
  destroy(): void;
}

/**
 * The tray (menu bar on macOS) icon: tooltip with the active alert count, the menu, and the count
 * on the dock / launcher badge where the system has one. What it shows comes from `model()`.
 */
export function createAppTray(iconPath: string, model: () => TrayModel, actions: Record<TrayAction, () => void>): AppTray {
  const image = nativeImage.createFromPath(iconPath);
  // On macOS a template image follows the light or dark menu bar by itself.
  if (process.platform === 'darwin') image.setTemplateImage(true);
  const tray = new Tray(image);
  // Windows and Linux users expect a click on the icon to open the window; macOS opens the menu.
  if (process.platform !== 'darwin') tray.on('click', () => actions.open());

  const refresh = () => {
    const current = model();
    tray.setToolTip(current.tooltip);
    const template: MenuItemConstructorOptions[] = current.items.map((item) =>
      item.kind === 'separator' ? { type: 'separator' } : { label: item.label, click: () => actions[item.action]() },
    );
    tray.setContextMenu(Menu.buildFromTemplate(template));
    // Returns false where badges are not supported (most Linux desktops): nothing else to do there.
    app.setBadgeCount(current.badgeCount);
  };
  refresh();
  return { refresh, destroy: () => tray.destroy() };
}
