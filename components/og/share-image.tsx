/**
 * The 1200×630 Open Graph card, for next/og's ImageResponse (Satori): only
 * inline styles and flexbox, plain hex colours from Verdict's paper theme,
 * and text already cut to what the bundled font can draw (lib/og/text.ts).
 */
export const OG_SIZE = { width: 1200, height: 630 };

const INK = '#1d1a17';
const MUTED = '#5c544b';
const PAPER = '#f8f5ef';
const ACCENT = '#9b1c2c';
const STAR = '#a86a07';
const STAR_EMPTY = '#d8cfc1';

const STAR_PATH = 'M12 2.5l2.92 6.06 6.58.86-4.83 4.6 1.2 6.54L12 17.4l-5.87 3.16 1.2-6.54-4.83-4.6 6.58-.86L12 2.5z';

function Star({ fill }: { fill: 0 | 0.5 | 1 }) {
  return (
    <div style={{ display: 'flex', position: 'relative', width: 48, height: 48 }}>
      <svg width="48" height="48" viewBox="0 0 24 24" style={{ position: 'absolute', top: 0, left: 0 }}>
        <path d={STAR_PATH} fill={STAR_EMPTY} />
      </svg>
      {fill > 0 ? (
        <div
          style={{
            display: 'flex',
            position: 'absolute',
            top: 0,
            left: 0,
            width: fill === 1 ? 48 : 24,
            height: 48,
            overflow: 'hidden',
          }}
        >
          <svg width="48" height="48" viewBox="0 0 24 24">
            <path d={STAR_PATH} fill={STAR} />
          </svg>
        </div>
      ) : null}
    </div>
  );
}

/** A 1–10 rating as five half-stars. */
export function OgStars({ rating }: { rating: number }) {
  const halves = Math.max(0, Math.min(10, Math.round(rating)));
  return (
    <div style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
      {[0, 1, 2, 3, 4].map((index) => {
        const left = halves - index * 2;
        return <Star key={index} fill={left >= 2 ? 1 : left === 1 ? 0.5 : 0} />;
      })}
      <div style={{ display: 'flex', marginLeft: 16, fontSize: 34, color: MUTED }}>{`${halves / 2} / 5`}</div>
    </div>
  );
}

export interface ShareImageProps {
  /** A data URL, or null for the placeholder. */
  poster: string | null;
  eyebrow: string;
  title: string;
  subtitle?: string;
  rating?: number;
  byline?: string;
}

export function ShareImage({ poster, eyebrow, title, subtitle, rating, byline }: ShareImageProps) {
  return (
    <div
      style={{
        display: 'flex',
        width: '100%',
        height: '100%',
        background: PAPER,
        padding: 56,
        gap: 56,
        fontFamily: 'sans-serif',
      }}
    >
      {poster ? (
        // eslint-disable-next-line @next/next/no-img-element -- Satori draws <img>, not next/image
        <img
          src={poster}
          width={345}
          height={518}
          alt=""
          style={{ borderRadius: 16, boxShadow: '0 12px 32px rgba(29,26,23,0.25)' }}
        />
      ) : (
        <div
          style={{
            display: 'flex',
            width: 345,
            height: 518,
            borderRadius: 16,
            background: 'linear-gradient(180deg, #2a2420, #4a2a2c)',
          }}
        />
      )}
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          flex: 1,
          justifyContent: 'space-between',
          paddingTop: 12,
          paddingBottom: 12,
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 26, letterSpacing: 4, color: ACCENT, textTransform: 'uppercase' }}>
            {eyebrow}
          </div>
          <div style={{ display: 'flex', marginTop: 20, fontSize: title.length > 60 ? 48 : 64, lineHeight: 1.1, color: INK }}>
            {title}
          </div>
          {subtitle ? <div style={{ display: 'flex', marginTop: 18, fontSize: 34, color: MUTED }}>{subtitle}</div> : null}
          {rating !== undefined ? (
            <div style={{ display: 'flex', marginTop: 32 }}>
              <OgStars rating={rating} />
            </div>
          ) : null}
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 30, color: MUTED }}>
          <div style={{ display: 'flex' }}>{byline ?? ''}</div>
          <div style={{ display: 'flex', fontSize: 40, color: INK, letterSpacing: -1 }}>Verdict</div>
        </div>
      </div>
    </div>
  );
}
