import type { Api, InputOf } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { ID_NUMBER } from './ledger';

export interface FootagePoints {
  east: number;
  north: number;
  old: number;
}

/**
 * Two camera points in service and one retired, made by the director through
 * the cameras API (issue 12 §1) as the 点位与设备 page makes them.
 */
export async function addFootagePoints(api: Pick<Api, 'cameras'>): Promise<FootagePoints> {
  const save = async (code: string, name: string, location: string) =>
    must(await api.cameras.savePoint({ code, name, location, kind: 'dome' })).id;
  const east = await save('SP-001', '东门', '锦绣花园东门');
  const north = await save('SP-002', '北门停车场', '锦绣花园北门');
  const old = await save('SP-009', '旧岗亭', '锦绣花园西侧（已拆除）');
  must(await api.cameras.retirePoint({ id: old, retiredOn: '2026-11-01' }));
  return { east, north, old };
}

const must = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

/** A police officer's request for two cameras' evening hours. */
export const footageRequest = (
  points: FootagePoints,
  overrides: Partial<InputOf<'footage', 'request'>> = {},
): InputOf<'footage', 'request'> => ({
  requester: '赵警官',
  unit: '城关派出所',
  idNumber: ID_NUMBER,
  letter: '城关派调〔2026〕15号',
  pointIds: [points.east, points.north],
  rangeFrom: '2026-11-23T20:00',
  rangeTo: '2026-11-23T22:00',
  purpose: '调查一起电动车被盗案',
  ...overrides,
});
