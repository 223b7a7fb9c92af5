package threading

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/trace"
)

// kindLog records, by goroutine, the kinds of the trace events about one
// object.
type kindLog struct {
	mu  sync.Mutex
	byG map[int64][]string
}

func recordKinds(t *testing.T, obj string) *kindLog {
	t.Helper()
	k := &kindLog{byG: map[int64][]string{}}
	prev := trace.SetHook(func(e trace.Event) {
		if e.Obj == obj {
			k.mu.Lock()
			k.byG[e.G] = append(k.byG[e.G], e.Kind)
			k.mu.Unlock()
		}
	})
	t.Cleanup(func() { trace.SetHook(prev) })
	return k
}

// take returns and forgets the kinds of the events g emitted.
func (k *kindLog) take(g int64) []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	kinds := k.byG[g]
	delete(k.byG, g)
	return kinds
}

// TestSlowPathEvents drives the blocking slow path of each primitive built
// on waitq through its three ends (interrupt, timeout, wake-up) and checks
// what the caller sees and what it traces.
func TestSlowPathEvents(t *testing.T) {
	type prim struct {
		label                      string
		acquire, release           func()
		acquireTimeout             func(time.Duration) bool
		wait, giveUp, acquireEvent string
	}
	// Each case returns a held primitive.
	cases := []struct {
		name string
		make func() prim
	}{
		{"Lock", func() prim {
			l := &Lock{}
			l.Acquire()
			return prim{l.label(), l.Acquire, l.Release, l.AcquireTimeout,
				trace.LockWait, trace.LockTimeout, trace.LockAcquire}
		}},
		{"RLock", func() prim {
			// An RLock waits only for another goroutine: hold it from one.
			l := &RLock{}
			held, done := make(chan bool), make(chan bool)
			go func() { l.Acquire(); held <- true; <-done; l.Release(); held <- true }()
			<-held
			release := func() { done <- true; <-held }
			return prim{l.label(), l.Acquire, release, l.AcquireTimeout,
				trace.LockWait, trace.LockTimeout, trace.LockAcquire}
		}},
		{"Semaphore", func() prim {
			s := NewSemaphore(0)
			return prim{s.label(), s.Acquire, s.Release, s.AcquireTimeout,
				trace.SemWait, trace.WaitDone, trace.SemAcquire}
		}},
		{"BoundedSemaphore", func() prim {
			s := NewBoundedSemaphore(1)
			s.Acquire()
			return prim{s.label(), s.Acquire, s.Release, s.AcquireTimeout,
				trace.SemWait, trace.WaitDone, trace.SemAcquire}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			setup(t)
			p := c.make()
			log := recordKinds(t, p.label)
			me := hook.GoID()

			// An untimed wait is registered and ends with KeyboardInterrupt.
			s, _, _ := cell(t)
			r := make(chan any)
			var g int64
			go in(s, func() { g = hook.GoID(); r <- catch(p.acquire) })
			waitBlocked(t, 1)
			s.Interrupt()
			if got := <-r; !hook.IsInterrupt(got) {
				t.Fatalf("interrupted Acquire panicked with %v", got)
			}
			if got, want := log.take(g), []string{p.wait, p.giveUp}; !slices.Equal(got, want) {
				t.Errorf("interrupted Acquire traced %q, want %q", got, want)
			}

			// A timed wait gives up.
			if p.acquireTimeout(time.Millisecond) {
				t.Fatal("AcquireTimeout of a held primitive succeeded")
			}
			if got, want := log.take(me), []string{p.wait, p.giveUp}; !slices.Equal(got, want) {
				t.Errorf("timed-out Acquire traced %q, want %q", got, want)
			}

			// A waiter is woken by a release and acquires.
			ok := make(chan bool)
			go func() { g = hook.GoID(); p.acquire(); ok <- true }()
			waitBlocked(t, 1)
			p.release()
			<-ok
			if got, want := log.take(g), []string{p.wait, p.acquireEvent}; !slices.Equal(got, want) {
				t.Errorf("woken Acquire traced %q, want %q", got, want)
			}
		})
	}
}
