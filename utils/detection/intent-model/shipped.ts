/** The model trained at build time from knowledge/training (weights.ts), created once per worker. */
import { createIntentModel, type IntentModel } from './model';
import { INTENT_MODEL } from './weights';

let model: IntentModel | null = null;

export function intentModel(): IntentModel {
  return (model ??= createIntentModel(INTENT_MODEL));
}
