package kernel

import (
	"context"

	"github.com/gonotes/gonotes/lib/hook"
)

// Engine is the language side of the kernel: the seam between the Jupyter
// protocol (this package) and the Go interpreter (package kernel/eval). The
// protocol code knows nothing of Go; an Engine can be tested without a socket.
//
// Execute is never called concurrently with itself; Interrupt, and the query
// methods (Complete, Inspect, IsComplete) may be called at any time from other
// goroutines.
type Engine interface {
	// Execute runs one cell. The calling goroutine is bound to scope (see
	// package hook), whose Stdout/Stderr/Display/Input reach the cell. It
	// returns the MIME bundle of the cell's final value (nil when there is
	// none) or an error. An error may implement [CellError] for a richer
	// report.
	Execute(ctx context.Context, scope *hook.Scope, code string) (data map[string]any, err error)
	// Complete returns candidates for the text around cursor (a rune offset
	// into code) and the rune range [start, end) they replace.
	Complete(code string, cursor int) (matches []string, start, end int)
	// Inspect returns a MIME bundle describing the symbol at cursor, and
	// whether one was found. detail is 0 or 1, as in inspect_request.
	Inspect(code string, cursor, detail int) (data map[string]any, found bool)
	// IsComplete reports "complete", "incomplete" (with the indent for the
	// next line), "invalid" or "unknown", as in is_complete_reply.
	IsComplete(code string) (status, indent string)
	// Interrupt stops the running cell (if any), keeping every definition.
	Interrupt()
	// Shutdown releases the engine's resources (child processes included).
	Shutdown()
}

// CellError is an error from Execute that knows how Jupyter should show it.
type CellError interface {
	error
	// Ename is the error's name, e.g. "CompileError", "panic", "KeyboardInterrupt".
	Ename() string
	// Evalue is the one-line message.
	Evalue() string
	// Traceback lists the lines shown to the user (may contain ANSI colours).
	Traceback() []string
}

// Starter is implemented by an Engine that can start a cell without
// waiting for it (RemoteEngine: the cell leaves for the interpreter
// process at once). The kernel then publishes execute_input while the
// cell starts, and holds the cell's output back until it has.
type Starter interface {
	// Start starts code as Execute would and returns the function that
	// waits for it and returns what Execute returns; nil means the cell
	// must go through Execute instead.
	Start(ctx context.Context, scope *hook.Scope, code string) (wait func() (map[string]any, error))
}
