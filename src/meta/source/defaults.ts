// The bundled default register (data/outlets.json; its fields are described in README.md, "Outlet register").
import data from '../../../data/outlets.json' with { type: 'json' };
import type { OutletRegister } from './types.ts';

export const DEFAULT_REGISTER: OutletRegister = { outlets: (data as OutletRegister).outlets };
