// What the add-weapon action answers: the values as typed (rendered back), errors by field, the outcome.
export type WeaponFormValues = { name: string; category: string; weaponClass: string; aliases: string };

export type WeaponFormState = {
  values: WeaponFormValues;
  errors: Partial<Record<keyof WeaponFormValues, string>>;
  /** Why nothing was added, for the summary; null when there is nothing to say. */
  message: string | null;
  /** The name of the weapon just added. */
  added: string | null;
};
