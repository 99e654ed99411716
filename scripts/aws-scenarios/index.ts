// Every scenario area the recorder knows, in recording order.
import { cliArea } from './cli';
import { configureInteractiveArea } from './configure-interactive';
import type { ScenarioArea } from './types';

export const areas: ScenarioArea[] = [cliArea, configureInteractiveArea];
