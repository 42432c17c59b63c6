interface ChipProps {
  label: string;
  color: string;
}

/** The label chip of a card, in the theme's colour (colours are chosen for white text ≥ 4.5:1). */
export function Chip({ label, color }: ChipProps) {
  return (
    <span className="chip" style={{ background: color }}>
      {label}
    </span>
  );
}
