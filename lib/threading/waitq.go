package threading

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/internal/waits"
)

// waitq is the list of goroutines blocked in a lockCore or semCore, with the
// blocking slow path the two share. Their fast paths never touch it but to
// load nwait on release.
type waitq struct {
	nwait atomic.Int32 // waiters listed or about to be
	mu    sync.Mutex   // guards q
	q     waits.List
}

// waitKind says how a primitive spins and traces in [waitq.block].
type waitKind struct {
	spins  int    // tries, each after yielding the processor, before parking
	wait   string // trace event: the caller starts to block
	giveUp string // trace event: a blocking acquire timed out or was interrupted
}

var (
	lockWait = waitKind{spins: 3, wait: trace.LockWait, giveUp: trace.LockTimeout}
	semWait  = waitKind{spins: 2, wait: trace.SemWait, giveUp: trace.WaitDone}
)

// block is the slow path of an acquire whose first try failed: it spins
// briefly, then blocks until try succeeds (true), d passes (false; d < 0:
// never; d == 0: it does not block) or the caller's cell is interrupted
// (panic of hook.KeyboardInterrupt). rec describes an untimed wait for the
// deadlock watcher (its Scope is filled in here); name gives the label of
// the primitive for the trace. Releases wake waiters with wakeLocked.
func (b *waitq) block(try func() bool, d time.Duration, rec waits.Rec, k *waitKind, name func() string) bool {
	// Spin briefly: a lock or a permit is usually held for a short while.
	for i := 0; i < k.spins; i++ {
		runtime.Gosched()
		if try() {
			return true
		}
	}
	if d == 0 {
		return false
	}
	scope := hook.Current()
	timeout, stop := waits.Timer(d)
	defer stop()
	w := waits.Get()
	defer waits.Put(w)
	if d < 0 {
		rec.Scope = scope
		w.Rec = rec
		waits.Block(&w.Rec)
		defer waits.Unblock(&w.Rec)
	}
	if trace.On() {
		emit(k.wait, name(), nil)
	}
	front := false
	for {
		b.mu.Lock()
		b.nwait.Add(1)
		if try() {
			b.nwait.Add(-1)
			b.mu.Unlock()
			return true
		}
		if front {
			b.q.PushFront(w)
		} else {
			b.q.PushBack(w)
		}
		b.mu.Unlock()
		r := w.Park(scope.Done(), timeout)
		if r == waits.Woken {
			front = true // keep our place, as Go's own mutex does
			continue
		}
		b.mu.Lock()
		if b.q.Remove(w) {
			b.nwait.Add(-1)
		} else {
			// A release woke us as we gave up: pass the wake-up on.
			w.Drain()
			b.wakeLocked(1)
		}
		b.mu.Unlock()
		if trace.On() {
			emit(k.giveUp, name(), nil)
		}
		if r == waits.Interrupted {
			panic(hook.KeyboardInterrupt)
		}
		return false
	}
}

// wakeLocked wakes up to n waiters, first listed first. The caller holds
// b.mu.
func (b *waitq) wakeLocked(n int64) {
	for ; n > 0; n-- {
		w := b.q.PopFront()
		if w == nil {
			return
		}
		b.nwait.Add(-1)
		w.Wake()
	}
}
