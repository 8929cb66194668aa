/** Where a suggestion box (hòm thư góp ý) stands. */
export const BOX_LOCATION_KINDS = ['cultural-house', 'residential-group', 'one-stop-desk'] as const;
export type BoxLocationKind = (typeof BOX_LOCATION_KINDS)[number];

export const BOX_LOCATION_LABELS: Record<BoxLocationKind, string> = {
  'cultural-house': 'Nhà văn hóa',
  'residential-group': 'Tổ dân phố, khu dân cư',
  'one-stop-desk': 'Bộ phận một cửa',
};

export interface SuggestionBox {
  id: string;
  communeCode: string;
  provinceCode: string;
  name: string;
  locationKind: BoxLocationKind;
  address: string;
  /** An inactive box was taken down; its history stays. */
  active: boolean;
  createdAt: Date;
}
