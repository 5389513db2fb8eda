import { app, Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import type { NavigateEvent } from '../../shared/domain/navigation';
import type { TrayAction, TrayModel } from '../desktop/tray-model';

/** What the menu's entries do: its actions, and opening the window on a screen (an incident's page). */
export type TrayHandlers = Record<TrayAction, () => void> & { navigate(target: NavigateEvent): void };

export interface AppTray {
  /** Redraws tooltip, menu and badge from the current state (incidents changed, language changed...). */
  refresh(): void;
  destroy(): void;
}

/**
 * The tray (menu bar on macOS) icon: tooltip with the count of incidents that want attention, the
 * menu (those incidents by name, each opening its page, then the app's actions), and the count on
 * the dock / launcher badge where the system has one. What it shows comes from `model()`.
 */
export function createAppTray(iconPath: string, model: () => TrayModel, actions: TrayHandlers): AppTray {
  const image = nativeImage.createFromPath(iconPath);
  // On macOS a template image follows the light or dark menu bar by itself.
  if (process.platform === 'darwin') image.setTemplateImage(true);
  const tray = new Tray(image);
  // Windows and Linux users expect a click on the icon to open the window; macOS opens the menu.
  if (process.platform !== 'darwin') tray.on('click', () => actions.open());

  const refresh = () => {
    const current = model();
    tray.setToolTip(current.tooltip);
    const template: MenuItemConstructorOptions[] = current.items.map((item): MenuItemConstructorOptions => {
      if (item.kind === 'separator') return { type: 'separator' };
      if (item.kind === 'link') return { label: item.label, click: () => actions.navigate(item.target) };
      return { label: item.label, click: () => actions[item.action]() };
    });
    tray.setContextMenu(Menu.buildFromTemplate(template));
    // Returns false where badges are not supported (most Linux desktops): nothing else to do there.
    app.setBadgeCount(current.badgeCount);
  };
  refresh();
  return { refresh, destroy: () => tray.destroy() };
}
