interface AvatarProps {
  initials: string;
  name: string;
  color: string;
}

export function Avatar({ initials, name, color }: AvatarProps) {
  return (
    <span
      className="avatar"
      style={{ background: color }}
      title={name}
      aria-label={name}
      role="img"
    >
      {initials}
    </span>
  );
}
