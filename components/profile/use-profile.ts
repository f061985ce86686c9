"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getProfileViewAction, type MutationResult } from "@/app/profile/actions";
import type { ActionResult, AppErrorJson } from "@/lib/errors";
import type { ProfileView } from "@/lib/profile/view";

export const PROFILE_KEY = ["profile"] as const;

/** A refused server action, carrying its stable code and the message written for the user. */
export class ActionFailure extends Error {
  readonly code: string;
  readonly fieldErrors?: Record<string, string[]>;
  constructor(error: AppErrorJson) {
    super(error.message);
    this.code = error.code;
    this.fieldErrors = error.fieldErrors;
  }
}

export function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new ActionFailure(result.error);
  return result.data;
}

/** Turns anything a mutation threw into a sentence for the user (a network failure has no code). */
export function errorMessage(error: unknown): string {
  if (error instanceof ActionFailure) return error.message;
  return "The server could not be reached. Nothing was changed; check your connection and try again.";
}

/** The page's state: seeded by the server render, refreshed when the tab regains focus (another tab wrote). */
export function useProfileView(initial: ProfileView): ProfileView {
  const { data } = useQuery({
    queryKey: PROFILE_KEY,
    queryFn: async () => unwrap(await getProfileViewAction()),
    initialData: initial,
  });
  return data;
}

type Options<V> = {
  action: (input: V) => Promise<ActionResult<MutationResult>>;
  /** The state to show at once, before the server answers. */
  optimistic?: (view: ProfileView, input: V) => ProfileView;
  /** Undo just this change on failure (other changes in flight keep their optimistic state). */
  rollback?: (view: ProfileView, input: V, before: ProfileView) => ProfileView;
};

/**
 * A Profile Maker mutation: optimistic update, rollback on refusal, and the server's new state applied on
 * success. Server actions run one at a time, so when several are in flight only the last one's state is
 * applied (it includes every earlier change); a failure refetches the truth.
 */
export function useProfileMutation<V>({ action, optimistic, rollback }: Options<V>) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: PROFILE_KEY,
    mutationFn: async (input: V) => unwrap(await action(input)),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: PROFILE_KEY });
      const before = client.getQueryData<ProfileView>(PROFILE_KEY);
      if (before && optimistic) client.setQueryData(PROFILE_KEY, optimistic(before, input));
      return { before };
    },
    onError: (_error, input, context) => {
      const current = client.getQueryData<ProfileView>(PROFILE_KEY);
      if (current && context?.before && optimistic) {
        client.setQueryData(PROFILE_KEY, rollback ? rollback(current, input, context.before) : context.before);
      }
      void client.invalidateQueries({ queryKey: PROFILE_KEY });
    },
    onSuccess: (result) => {
      if (client.isMutating({ mutationKey: PROFILE_KEY }) === 1) client.setQueryData(PROFILE_KEY, result.view);
    },
  });
}
