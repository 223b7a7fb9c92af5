package threading

import (
	"errors"
	"math"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/internal/waits"
)

// ErrBrokenBarrier is returned by [Barrier.Wait] when the barrier is broken
// or reset while threads wait (Python's threading.BrokenBarrierError).
var ErrBrokenBarrier = errors.New("threading.BrokenBarrierError")

// Barrier lets a fixed number of threads wait for each other, as Python's
// threading.Barrier: each Wait blocks until Parties threads have called it,
// then all go on, and the barrier can be used again.
//
//	b := threading.NewBarrier(3, nil)   // or &threading.Barrier{Parties: 3}
//	i, err := b.Wait()
type Barrier struct {
	// Parties is the number of threads to wait for. Set it before use.
	Parties int
	// Action, if set, is run by the last thread to arrive, before the
	// others are released. If it panics, the barrier breaks.
	Action func()
	// Timeout, if positive, is the default timeout of Wait: a Wait that
	// lasts longer breaks the barrier. Zero means no timeout (Python's
	// timeout=None); a negative Timeout, such as [ZeroTimeout] (Python's
	// timeout=0), has expired at once: a Wait that is not the last
	// breaks the barrier, as CPython's Barrier(n, timeout=0).
	Timeout time.Duration
	// Name names the barrier in traces; empty means "Barrier#N".
	Name string

	mu sync.Mutex
	// count (arrivals in the current round) and broken change under mu;
	// they are atomic so that NWaiting, Broken and String, which Python
	// lets an Action call (n_waiting, broken, repr), need not take mu,
	// which the Action runs under.
	count  atomic.Int64
	round  *round
	broken atomic.Bool
	id     atomic.Int64
	lbl    waits.LabelCache
}

type round struct {
	done   chan struct{}
	broken bool
}

// ZeroTimeout spells Python's timeout=0 in a timeout field whose zero
// value means "no timeout" ([Barrier.Timeout]): a timeout that has expired
// at once. (The ...Timeout(d) methods need no such spelling: a d of 0 has
// expired at once there.)
const ZeroTimeout time.Duration = math.MinInt64

// NewBarrier returns a barrier for parties threads with an optional action
// (Python's Barrier(parties, action)). As in CPython 3.11, parties is not
// checked: with parties < 1 no Wait is ever the last, so a Wait waits
// until its timeout (breaking the barrier) or forever. (CPython 3.13 raises
// ValueError for parties < 1.)
func NewBarrier(parties int, action func()) *Barrier {
	return &Barrier{Parties: parties, Action: action}
}

// Wait waits until Parties threads have called Wait and returns this
// thread's arrival index, 0 for the first to arrive to Parties-1 for the
// last. It returns ErrBrokenBarrier if the barrier is broken (aborted, reset
// while waiting, a timeout, a panicking Action, an interrupted waiter).
func (b *Barrier) Wait() (int, error) {
	switch {
	case b.Timeout > 0:
		return b.wait(b.Timeout)
	case b.Timeout < 0:
		return b.wait(0)
	}
	return b.wait(-1)
}

// WaitTimeout is Wait giving up after d, which breaks the barrier.
func (b *Barrier) WaitTimeout(d time.Duration) (int, error) { return b.wait(max(d, 0)) }

func (b *Barrier) wait(d time.Duration) (int, error) {
	b.mu.Lock()
	if b.broken.Load() {
		b.mu.Unlock()
		return 0, ErrBrokenBarrier
	}
	if b.round == nil {
		b.round = &round{done: make(chan struct{})}
	}
	idx := int(b.count.Add(1) - 1)
	if trace.On() {
		waits.Emit(trace.BarrierWait, b.label(), idx)
	}
	r := b.round
	if int(b.count.Load()) == b.Parties {
		if b.Action != nil {
			ok := false
			defer func() {
				if !ok {
					b.breakLocked()
					b.mu.Unlock()
				}
			}()
			b.Action()
			ok = true
		}
		b.count.Store(0)
		b.round = &round{done: make(chan struct{})}
		close(r.done)
		b.mu.Unlock()
		if trace.On() {
			waits.Emit(trace.BarrierPass, b.label(), idx)
		}
		return idx, nil
	}
	b.mu.Unlock()

	scope := hook.Current()
	timeout, stop := waits.Timer(d)
	defer stop()
	if d < 0 {
		rec := &waits.Rec{G: hook.ThreadID(), Scope: scope}
		waits.Block(rec)
		defer waits.Unblock(rec)
	}
	select {
	case <-r.done:
	case <-scope.Done():
		b.breakRound(r)
		panic(hook.KeyboardInterrupt)
	case <-timeout:
		b.breakRound(r)
	}
	if r.broken {
		return 0, ErrBrokenBarrier
	}
	if trace.On() {
		waits.Emit(trace.BarrierPass, b.label(), idx)
	}
	return idx, nil
}

func (b *Barrier) breakRound(r *round) {
	b.mu.Lock()
	if b.round == r {
		b.breakLocked()
	}
	b.mu.Unlock()
}

// breakLocked breaks the barrier and releases the current round's waiters.
func (b *Barrier) breakLocked() {
	b.broken.Store(true)
	if b.round != nil {
		b.round.broken = true
		close(b.round.done)
		b.round = nil
	}
	b.count.Store(0)
}

// Abort breaks the barrier: waiting threads and later calls of Wait get
// ErrBrokenBarrier until Reset.
func (b *Barrier) Abort() {
	b.mu.Lock()
	b.breakLocked()
	b.mu.Unlock()
}

// Reset returns the barrier to its initial, empty state; threads waiting on
// it get ErrBrokenBarrier.
func (b *Barrier) Reset() {
	b.mu.Lock()
	if b.round != nil && b.count.Load() > 0 {
		b.breakLocked()
	}
	b.broken.Store(false)
	b.count.Store(0)
	b.round = nil
	b.mu.Unlock()
}

// NWaiting returns the number of threads waiting at the barrier.
func (b *Barrier) NWaiting() int {
	return int(b.count.Load())
}

// Broken reports whether the barrier is broken.
func (b *Barrier) Broken() bool {
	return b.broken.Load()
}

// String returns e.g. "<Barrier#1: waiters=1/3>", or "<Barrier#1: broken>"
// for a broken barrier: Python's repr with the barrier's label for its
// address.
func (b *Barrier) String() string {
	if b.Broken() {
		return "<" + b.label() + ": broken>"
	}
	return "<" + b.label() + ": waiters=" + strconv.Itoa(b.NWaiting()) + "/" + strconv.Itoa(b.Parties) + ">"
}

func (b *Barrier) label() string { return b.lbl.Label("Barrier", b.Name, &b.id) }
