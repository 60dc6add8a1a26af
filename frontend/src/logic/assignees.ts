// Who a task is assigned to: `assignees`, person entity ids (several, in turn order when
// the task rotates). A task assigned the older way names one HA user
// (`assigned_user_id`): it reads as that user's person. Everything that reads or writes
// an assignment goes through here.

import type { Task } from "../types";

export interface HouseholdUser {
  user_id: string;
  name: string;
}

export interface HouseholdPerson {
  entity_id: string;
  name: string;
  user_id?: string | null;
}

/** What `haven/users` answers. */
export interface Household {
  users: HouseholdUser[];
  persons: HouseholdPerson[];
}

export interface Choice {
  id: string;
  name: string;
}

export interface Assignment {
  /** Several people per task, or one. */
  multiple: boolean;
  /** The ids a task is assigned to. */
  of(task: Task): string[];
  /** Whom a task can be assigned to, by name (never by id). */
  choices(household: Household): Choice[];
  /** The action fields that assign a task to these ids (none clears it). */
  fields(ids: string[]): Record<string, unknown>;
}

const byName = (a: Choice, b: Choice): number => a.name.localeCompare(b.name);

/** `assigned_user_id`: one HA user. */
export const USERS: Assignment = {
  multiple: false,
  of: (task) => (task.assigned_user_id ? [task.assigned_user_id] : []),
  choices: (h) => h.users.filter((u) => u.name).map((u) => ({ id: u.user_id, name: u.name })).sort(byName),
  fields: (ids) => ({ assigned_user_id: ids[0] ?? null }),
};

/** `assignees`: person entity ids (an older user assignment: that user's id). */
export const PERSONS: Assignment = {
  multiple: true,
  of: (task) => (task.assignees?.length ? task.assignees : USERS.of(task)),
  choices: (h) => h.persons.map((p) => ({ id: p.entity_id, name: p.name || p.entity_id })).sort(byName),
  fields: (ids) => ({ assignees: ids }),
};

export const ASSIGNMENT: Assignment = PERSONS;

/** A task's persons: its assignees, or the persons of the user it was assigned to. */
export function personsOf(task: Task, household: Household | undefined): string[] {
  if (task.assignees?.length) {
    return task.assignees;
  }
  const user = task.assigned_user_id;
  return user ? (household?.persons ?? []).filter((p) => p.user_id === user).map((p) => p.entity_id) : [];
}

/** Whether two lists hold the same ids (in any order). */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** A name for an assignee id: from the household, else the fallback (never the id). */
export function assigneeName(id: string, household: Household | undefined, fallback: (id: string) => string): string {
  const user = household?.users.find((u) => u.user_id === id);
  if (user?.name) {
    return user.name;
  }
  const person = household?.persons.find((p) => p.entity_id === id);
  if (person?.name) {
    return person.name;
  }
  return fallback(id);
}

/** Every distinct assignee of the tasks, for the assignee filter (empty when nobody is). */
export function assigneesOf(tasks: Iterable<Task>, assignment: Assignment = ASSIGNMENT): string[] {
  const all = new Set<string>();
  for (const t of tasks) {
    for (const a of assignment.of(t)) {
      all.add(a);
    }
  }
  return [...all].sort();
}
