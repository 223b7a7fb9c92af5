package eval

import (
	"bytes"
	"io"
	"sync"
	"sync/atomic"

	"github.com/gonotes/gonotes/lib/hook"
)

// outGate holds back the output of a cell's goroutines while another of
// its goroutines unwinds a panic, and drops it once the program has ended.
//
// A Go program ends as soon as a goroutine's panic has run the goroutine's
// deferred calls unrecovered: nothing else prints after them. But those
// calls may wake another goroutine first (defer wg.Done(), defer
// close(done) wake main from wg.Wait() or <-done), and the cell learns that
// the panic ends the program only when it has left the goroutine's last
// frame (runtime.goPanic), by which time main may have printed "done",
// which `go run` never prints. So while a goroutine other than the cell's
// own unwinds a panic (the interpreter's unwind hook, Session.unwindHook),
// what the others write waits here: it is written when the panic is
// recovered (or the goroutine ends otherwise), and dropped when it ends
// the program (goPanicStop, goExitStop: what main's deferred calls print
// as the stop unwinds it is dropped too, as Go runs none).
type outGate struct {
	busy atomic.Bool // unwinding or ended: writes take mu
	mu   sync.Mutex
	// unwinding holds the ids of the goroutines that unwind a panic.
	unwinding map[int64]bool
	held      []heldWrite
	ended     bool // the program ended: writes are dropped
	done      bool // the cell has finished: writes pass
}

type heldWrite struct {
	w *gateWriter
	p []byte
}

// gateWriter is a cell scope's Stdout or Stderr: it writes to w through
// the gate g.
type gateWriter struct {
	g *outGate
	w io.Writer
}

func (gw *gateWriter) target() io.Writer { return gw.w }

// Write writes p, holds it back, or drops it (see outGate).
func (gw *gateWriter) Write(p []byte) (int, error) {
	g := gw.g
	if !g.busy.Load() {
		return gw.target().Write(p)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	switch {
	case g.done:
		return gw.target().Write(p)
	case g.ended:
		return len(p), nil
	case len(g.unwinding) == 0 || g.unwinding[hook.GoID()]:
		// The goroutine that unwinds prints what Go prints before the
		// program ends (its deferred calls).
		return gw.target().Write(p)
	}
	g.held = append(g.held, heldWrite{gw, bytes.Clone(p)})
	return len(p), nil
}

// gate wraps the writers of scope (before it runs anything) with g. A
// scope without a writer (the process's own stdout or stderr) is left so.
func (g *outGate) gate(scope *hook.Scope) {
	if scope.Stdout != nil {
		scope.Stdout = &gateWriter{g: g, w: scope.Stdout}
	}
	if scope.Stderr != nil {
		scope.Stderr = &gateWriter{g: g, w: scope.Stderr}
	}
}

// unwind marks goroutine id as unwinding a panic.
func (g *outGate) unwind(id int64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.done || g.ended {
		return
	}
	if g.unwinding == nil {
		g.unwinding = map[int64]bool{}
	}
	g.unwinding[id] = true
	g.busy.Store(true)
}

// release ends the unwinding of goroutine id (its panic was recovered, or
// the goroutine ended without ending the program): once no goroutine
// unwinds, what was held back is written.
func (g *outGate) release(id int64) {
	if !g.busy.Load() {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.unwinding[id] {
		return
	}
	delete(g.unwinding, id)
	if len(g.unwinding) == 0 && !g.ended && !g.done {
		g.flush()
	}
}

// end drops what was held back and what the cell writes from now on: the
// program ended.
func (g *outGate) end() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.done {
		return
	}
	g.ended = true
	g.held = nil
	g.busy.Store(true)
}

// finish is called when the cell has finished: what is still held back is
// written (unless the program ended), and from now on writes pass.
func (g *outGate) finish() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.ended {
		g.flush()
	}
	g.held = nil
	g.unwinding = nil
	g.done = true
	g.busy.Store(false)
}

// flush writes what was held back; g.mu is held.
func (g *outGate) flush() {
	for _, h := range g.held {
		h.w.target().Write(h.p)
	}
	g.held = nil
	if len(g.unwinding) == 0 && !g.ended {
		g.busy.Store(false)
	}
}

// unwindHook is the interpreter's unwind hook (interp.SetUnwindHook): a
// panic reached, or was recovered in, the deferred calls of a frame of the
// calling goroutine. Only the goroutines a cell started count (a panic of
// the cell's own goroutine ends the cell, with nothing to hold back), and
// not an interrupt.
func (s *Session) unwindHook(r any, unwinding bool) {
	run := s.running.Load()
	if run == nil {
		return
	}
	id := hook.GoID()
	if !unwinding {
		run.gate.release(id)
		return
	}
	if hook.IsInterrupt(r) {
		return
	}
	s.execMu.Lock()
	_, cellOwn := s.execGoIDs[id]
	s.execMu.Unlock()
	if !cellOwn {
		run.gate.unwind(id)
	}
}

// gateRelease ends what the calling goroutine's unwinding holds back in the
// running cell, if anything (the goroutine has ended).
func (s *Session) gateRelease() {
	if run := s.running.Load(); run != nil && run.gate.busy.Load() {
		run.gate.release(hook.GoID())
	}
}
