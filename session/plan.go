package session

import "time"

// FormatNamed is the format a stored name (Format.String) names; an
// unknown or empty name is the circle of sharing.
func FormatNamed(name string) Format {
	for _, f := range []Format{FormatPlain, FormatOpen} {
		if f.String() == name {
			return f
		}
	}
	return FormatCircle
}

// Plan is the status of a meeting of cfg at its first instant: the plan a
// setup form shows. It depends on the configuration alone, so it reads no
// clock.
func Plan(cfg Config) (Status, error) {
	var m Meeting
	at := time.Unix(0, 0)
	if err := m.Apply(Begin(at, cfg)); err != nil {
		return Status{}, err
	}
	return m.Status(at), nil
}

// Advice is what would make a plan that does not fit, fit.
type Advice struct {
	// Short is what the plan lacks; 0 when it fits.
	Short time.Duration
	// More is the least whole minutes more, within MaxLength, at which
	// the same meeting fits; 0 when no length does.
	More time.Duration
	// Plain reports that a plain round of the same length fits (asked of
	// a circle of sharing only).
	Plain bool
}

// Advise says what would make cfg's plan fit. at builds the same meeting
// at another length, as the setup form would: a longer meeting has longer
// allowances too, so adding only what is short may not be enough.
func Advise(cfg Config, at func(length time.Duration) Config) Advice {
	st, err := Plan(cfg)
	if err != nil || st.Fits() {
		return Advice{}
	}
	a := Advice{Short: st.Short}
	for l := cfg.Length.Truncate(time.Minute) + time.Minute; l <= MaxLength; l += time.Minute {
		if s, err := Plan(at(l)); err == nil && s.Fits() {
			a.More = l - cfg.Length
			break
		}
	}
	if cfg.Format == FormatCircle {
		plain := cfg
		plain.Format = FormatPlain
		if s, err := Plan(plain); err == nil && s.Fits() {
			a.Plain = true
		}
	}
	return a
}
