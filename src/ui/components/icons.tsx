/**
 * The few icons the pane uses, as inline SVG: cheaper than pulling an icon
 * package into the bundle. All are decorative (aria-hidden); the text or the
 * aria-label next to them carries the meaning.
 */
import type { SVGProps } from "react";

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function Svg({ size = 16, children, ...rest }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" {...rest}>
      {children}
    </svg>
  );
}

export function ErrorIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="7" fill="#c50f1f" />
      <rect x="7.1" y="3.5" width="1.8" height="6" rx="0.9" fill="#fff" />
      <circle cx="8" cy="11.9" r="1.05" fill="#fff" />
    </Svg>
  );
}

export function WarningIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 1.2 15.2 14.2H.8Z" fill="#bc4b09" strokeLinejoin="round" />
      <rect x="7.15" y="5.4" width="1.7" height="5" rx="0.85" fill="#fff" />
      <circle cx="8" cy="12.3" r="0.95" fill="#fff" />
    </Svg>
  );
}

export function ArrowUpIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 2.5 3 7.5m5-5 5 5M8 2.5V14" stroke="currentColor" strokeWidth="1.5" fill="none" strokeLinecap="round" />
    </Svg>
  );
}

export function ArrowDownIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 13.5 3 8.5m5 5 5-5M8 13.5V2" stroke="currentColor" strokeWidth="1.5" fill="none" strokeLinecap="round" />
    </Svg>
  );
}

export function DeleteIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path
        d="M3 4h10M6.5 4V2.5h3V4M4.5 4l.7 9.5h5.6l.7-9.5M7 6.5v5M9 6.5v5"
        stroke="currentColor"
        strokeWidth="1.3"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </Svg>
  );
}

export function AddIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 2.5v11M2.5 8h11" stroke="currentColor" strokeWidth="1.5" fill="none" strokeLinecap="round" />
    </Svg>
  );
}
