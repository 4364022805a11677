/**
 * How an officer and a desk are named to people (issue 9.9): "Nguyễn Thị Lan — Bàn 2", never a
 * login id or a desk id when the name is known. Names come from the office directory kept on the
 * laptop (ADR 13); a desk's name from its slot.
 */
import { slotOfDeskId } from './desk-setup';
import type { Workspace } from './workspace';

/** The desk's name ("Bàn 2"), or its id when it is no desk of this office. */
export function deskLabel(ws: Workspace, deskId: string): string {
	const slot = slotOfDeskId(ws.setup.officeId, deskId);
	return slot === null ? deskId : `Bàn ${slot}`;
}

/** "Nguyễn Thị Lan — Bàn 2"; the login id only for an officer this laptop has never heard of. */
export function officerLabel(ws: Workspace, userName: string, deskId: string): string {
	return `${ws.officerNames.get(userName) ?? userName} — ${deskLabel(ws, deskId)}`;
}
