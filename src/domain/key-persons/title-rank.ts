/**
 * How senior a job title reads, in [0, 1]. Japanese titles (the ones partner companies use) and common English
 * ones; the highest match wins, so "営業部長" ranks as 部長 and "取締役営業本部長" as 取締役. A title we do not
 * recognise ranks like staff; no title at all ranks a little below.
 */
const RANKS: readonly (readonly [RegExp, number, string])[] = [
  [/代表取締役|社長|会長|\bceo\b|\bcoo\b|\bcfo\b|\bcto\b|president|chief .*officer|founder|創業者|代表/i, 1.0, 'top executive'],
  [/取締役|役員|執行役員|常務|専務|\bvp\b|vice president|managing director|board/i, 0.9, 'executive'],
  [/本部長|事業部長|統括|general manager|head of/i, 0.8, 'division head'],
  [/部長(?!代理|補佐)|director/i, 0.7, 'department head'],
  [/次長|部長代理|部長補佐|室長|支店長|所長|センター長|deputy/i, 0.6, 'deputy head'],
  [/課長(?!代理|補佐)|グループ長|マネージャ|マネジャ|manager/i, 0.5, 'section manager'],
  [/係長|課長代理|課長補佐|チーフ|chief|supervisor/i, 0.4, 'team chief'],
  [/主任|リーダー|lead|senior|シニア/i, 0.3, 'team lead'],
];

export const STAFF_RANK = 0.2;
export const NO_TITLE_RANK = 0.15;

export interface TitleRank {
  rank: number;
  /** The level the title was read as (for reasons), null when not recognised. */
  level: string | null;
}

export function titleRank(title: string | null | undefined): TitleRank {
  if (!title || !title.trim()) return { rank: NO_TITLE_RANK, level: null };
  const t = title.normalize('NFKC');
  for (const [re, rank, level] of RANKS) if (re.test(t)) return { rank, level };
  return { rank: STAFF_RANK, level: null };
}
