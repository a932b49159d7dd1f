// The bundled default register (outlets.json beside this file; its fields are described in README.md, "Outlet register").
import data from './outlets.json' with { type: 'json' };
import type { OutletRegister } from './types.ts';

export const DEFAULT_REGISTER: OutletRegister = { outlets: (data as OutletRegister).outlets };
