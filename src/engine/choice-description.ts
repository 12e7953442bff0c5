// System.Management.Automation.Host.ChoiceDescription, the menu entries of $Host.UI.PromptForChoice. A
// module of its own with no engine imports at load time: the type tables (types.ts, constructors.ts)
// name it while they load.

import { toPSString, unwrap } from './convert.js';
import { PSObject } from './values.js';

export const CHOICE_DESCRIPTION = 'System.Management.Automation.Host.ChoiceDescription';

/** System.Management.Automation.Host.ChoiceDescription: a menu entry, `&` marking its hot key. */
export class ChoiceDescription extends PSObject {
  constructor(label: string, helpMessage = '') {
    super(CHOICE_DESCRIPTION, { Label: label, HelpMessage: helpMessage }, undefined, CHOICE_DESCRIPTION);
  }
  get label(): string {
    return toPSString(this.get('Label'));
  }
  get helpMessage(): string {
    return toPSString(this.get('HelpMessage') ?? '');
  }
}

/** `[ChoiceDescription]'&Yes'`: a string becomes the label (the one-argument constructor). */
export function toChoiceDescription(value: unknown): ChoiceDescription {
  const v = unwrap(value);
  if (v instanceof ChoiceDescription) return v;
  return new ChoiceDescription(toPSString(v));
}

