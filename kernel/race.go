package kernel

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/hook"
)

// raceMagic recognises a cell whose first line is `%race [on|off]`: it
// returns the argument and the rest of the cell (the magic line blanked,
// so that line numbers stay).
func raceMagic(code string) (arg, rest string, ok bool) {
	lines := strings.SplitAfter(code, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if t != "%race" && !strings.HasPrefix(t, "%race ") && !strings.HasPrefix(t, "%race\t") {
			return "", "", false
		}
		return strings.TrimSpace(strings.TrimPrefix(t, "%race")), strings.Repeat("\n", i+1) + strings.Join(lines[i+1:], ""), true
	}
	return "", "", false
}

// raceError is IPython's UsageError for %race.
func raceError(msg string) *rpcError {
	return &rpcError{Name: "UsageError", Value: msg, Trace: []string{"\x1b[0;31mUsageError\x1b[0m: " + msg}}
}

// raceMagic runs `%race on`, `%race off` or `%race`: it replaces the
// interpreter child with the race-enabled build (or the normal one), with
// the notebook's declarations replayed, as after a fatal error.
func (e *RemoteEngine) raceMagic(ctx context.Context, scope *hook.Scope, arg string) error {
	out := scope.Stdout
	if out == nil {
		out = io.Discard
	}
	e.mu.Lock()
	on := e.race
	e.mu.Unlock()
	want, text, done, err := raceArg(arg, on)
	if done {
		fmt.Fprint(out, text)
		return err
	}
	if want {
		if e.cfg.RaceCommand == nil {
			return raceError("this kernel has no race detector")
		}
		// Fail here, with the explanation, when there is no race build.
		if _, err := e.cfg.RaceCommand(); err != nil {
			return raceError(err.Error())
		}
	}
	c, err := e.current(ctx)
	if err != nil {
		return err
	}
	e.mu.Lock()
	e.race = want
	e.mu.Unlock()
	// Stop the child; its reader starts the other build and replays the
	// declarations.
	c.swap.Store(true)
	c.stop()
	if _, err := e.current(ctx); err != nil {
		return err
	}
	e.mu.Lock()
	notes := e.notes
	replayed := e.decls != ""
	e.mu.Unlock()
	fmt.Fprint(out, raceSwapText(want, replayed, notes))
	return nil
}

// raceSwapText is what a cell with `%race on` (want) or `%race off`
// prints once the interpreter was replaced, the declarations replayed
// (replayed) with notes.
func raceSwapText(want, replayed bool, notes []string) string {
	var b strings.Builder
	if want {
		b.WriteString("Race detector on: the Go interpreter was restarted with Go's race detector")
	} else {
		b.WriteString("Race detector off: the Go interpreter was restarted without the race detector")
	}
	if replayed {
		b.WriteString(",\nand the notebook's imports, types, funcs and vars were replayed. Values that statements computed\nare gone: run those cells again.")
	} else {
		b.WriteString(".")
	}
	b.WriteString("\n")
	if want {
		b.WriteString("A data race in a cell is now reported under it. Cells run several times slower: `%race off` when done.\n")
	}
	for _, n := range notes {
		b.WriteString(n + "\n")
	}
	return b.String()
}

// raceArg checks a %race magic's argument against the state on: the
// text to print when nothing is to be done (done), else the state wanted.
func raceArg(arg string, on bool) (want bool, text string, done bool, err error) {
	switch arg {
	case "":
		if on {
			return on, "The race detector is on (`%race off` turns it off).\n", true, nil
		}
		return on, "The race detector is off (`%race on` turns it on).\n", true, nil
	case "on":
		want = true
	case "off":
		want = false
	default:
		return on, "", true, raceError(fmt.Sprintf("%%race takes on or off, not %q", arg))
	}
	if want == on {
		return want, fmt.Sprintf("The race detector is already %s.\n", arg), true, nil
	}
	return want, "", false, nil
}
