// What the panel offers to whom. The actions decide (custom_components/haven/permissions.py);
// the panel only leaves out the controls they would refuse.

import type { HassUser, PropertySummary } from "../types";

/** Whether the user may remove tasks and assets and dismiss captures (administrators only
 * while the property says so); undefined user or property: not offered. */
export function mayRemove(user: HassUser | undefined, summary: PropertySummary | undefined): boolean {
  if (!user || !summary) {
    return false;
  }
  return user.is_admin || summary.is_admin_required_for_removal === false;
}
