/** The viewer as the page knows it (`viewer { role managerId }`). */
export interface ViewerRights {
  role: string;
  managerId: string | null;
}

/**
 * Whether the viewer may ask for the introduction along a path whose first person is `fromId`, by the service's own
 * rule (requestIntroduction: an admin any path, a manager only from themselves, an analyst none). Only what the page
 * offers: the service decides again and refuses the rest (FORBIDDEN).
 */
export function mayAskForIntroduction(viewer: ViewerRights, fromId: string | undefined): boolean {
  if (viewer.role === 'ADMIN') return true;
  return viewer.role === 'MANAGER' && !!viewer.managerId && fromId === viewer.managerId;
}
