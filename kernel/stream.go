package kernel

import (
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gonotes/gonotes/lib/hook"
)

// flushDelay bounds how long printed text waits before it is published: the
// first byte after a flush starts the clock, so output is live (a print
// followed by a long sleep reaches the notebook after at most flushDelay) and
// a burst of prints becomes a handful of messages instead of one per line.
const flushDelay = 20 * time.Millisecond

// maxChunk is the largest text sent in one stream message; a bigger buffer
// is published at once in pieces of this size.
const maxChunk = 1 << 20

// streamWriter batches the text written to one stream ("stdout" or "stderr")
// of one cell and publishes it as iopub stream messages under that cell's
// request.
type streamWriter struct {
	name    string
	publish func(name, text string)
	delay   time.Duration // flushDelay unless set

	mu      sync.Mutex
	buf     []byte
	pending bool // a flush is scheduled
	timer   *time.Timer
	// sendMu serialises publishing so chunks keep their order.
	sendMu sync.Mutex
}

// Write queues p for publishing. It never blocks on the network.
func (w *streamWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	w.buf = append(w.buf, p...)
	big := len(w.buf) >= maxChunk
	if !w.pending && !big {
		w.pending = true
		d := w.delay
		if d == 0 {
			d = flushDelay
		}
		if w.timer == nil {
			w.timer = time.AfterFunc(d, w.Flush)
		} else {
			w.timer.Reset(d)
		}
	}
	w.mu.Unlock()
	if big {
		w.Flush()
	}
	return len(p), nil
}

// Flush publishes whatever is buffered now.
func (w *streamWriter) Flush() {
	w.sendMu.Lock()
	defer w.sendMu.Unlock()
	w.mu.Lock()
	buf := w.buf
	w.buf = nil
	// Keep an incomplete UTF-8 sequence at the end for the next flush: the
	// rest of the character is probably on its way.
	if cut := incompleteTail(buf); cut < len(buf) {
		w.buf = append([]byte(nil), buf[cut:]...)
		buf = buf[:cut]
	}
	w.pending = false
	if w.timer != nil {
		w.timer.Stop()
	}
	w.mu.Unlock()
	for len(buf) > 0 {
		n := min(len(buf), maxChunk)
		// Do not split a UTF-8 sequence between two messages.
		for n < len(buf) && n > 0 && buf[n]&0xC0 == 0x80 {
			n--
		}
		w.publish(w.name, string(buf[:n]))
		buf = buf[n:]
	}
}

// incompleteTail returns the index where a trailing, incomplete UTF-8
// sequence of buf starts, or len(buf) when buf ends on a whole character.
func incompleteTail(buf []byte) int {
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax; i-- {
		if utf8.RuneStart(buf[i]) {
			if utf8.FullRune(buf[i:]) {
				return len(buf)
			}
			return i
		}
	}
	return len(buf)
}

// scopeOutput is where the output of a request goes: the text of its
// streams (batched by streamWriters), its rich output, clear_output and
// comm messages.
type scopeOutput struct {
	delay   time.Duration // the streams' batching delay; 0 means flushDelay
	stream  func(name, text string)
	display func(data, metadata map[string]any, displayID string, update bool)
	clear   func(wait bool)
	comm    func(kind string, content, metadata map[string]any)
}

// newOutputScope returns the scope of cell (0 for a request that is not a
// cell) whose output goes to o, each rich output, clear or comm message
// after the text printed before it, and the function that flushes its
// streams.
func newOutputScope(cell int64, o scopeOutput) (*hook.Scope, func()) {
	out := &streamWriter{name: "stdout", publish: o.stream, delay: o.delay}
	errw := &streamWriter{name: "stderr", publish: o.stream, delay: o.delay}
	flush := func() {
		out.Flush()
		errw.Flush()
	}
	scope := hook.NewScope(cell, out, errw)
	scope.Display = func(data, metadata map[string]any, displayID string, update bool) {
		flush()
		o.display(data, metadata, displayID, update)
	}
	scope.Clear = func(wait bool) {
		flush()
		o.clear(wait)
	}
	scope.Comm = func(kind string, content, metadata map[string]any) {
		flush()
		o.comm(kind, content, metadata)
	}
	return scope, flush
}
