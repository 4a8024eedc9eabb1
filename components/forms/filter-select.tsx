import { SelectField } from "./field";

export type FilterOption = { value: string; label: string };

type Props = {
  id: string;
  name: string;
  label: string;
  /** The value in the query string now; "" (or undefined) selects the "any" option. */
  value: string | undefined;
  options: readonly FilterOption[];
  /** The option that filters nothing ("Any", "All sectors"), sent as an empty value; omit when a value is always chosen. */
  anyLabel?: string;
  hint?: string;
};

/**
 * One drop-down of a GET filter form: the list's filters travel in the query string, so filtering
 * works without JavaScript. The form's SelectField, with the "any" option first and the current value chosen.
 */
export function FilterSelect({ id, name, label, value, options, anyLabel, hint }: Props) {
  return <SelectField id={id} name={name} label={label} hint={hint} options={options} placeholder={anyLabel} defaultValue={value} />;
}
