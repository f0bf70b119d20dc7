// The weapons chart's height, known before recharts loads so the space is held and nothing jumps.
export const weaponsChartHeight = (weapons: number) => 72 + weapons * 48;
