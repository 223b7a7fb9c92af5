// Package sync holds the kernel's replacements of the standard library's
// sync.Mutex, RWMutex, WaitGroup and Cond for notebook cells: waits end
// when the waiting goroutine's cell is interrupted, and unlocking an
// unlocked mutex is a panic a cell may recover (in Go a fatal error, which
// would end the kernel). The package is named sync so that %T and reflect
// name its types as Go names the standard ones (*sync.Mutex).
package sync

import (
	gosync "sync"

	"github.com/gonotes/gonotes/lib/hook"
)

//go:generate go run ../../../symbols/genfast -o fast.go -pkg sync -var Fast -only Mutex,RWMutex,WaitGroup,Cond,NewCond github.com/gonotes/gonotes/kernel/eval/internal/sync

// GoPanic reports a panic r of a goroutine started by WaitGroup.Go in the
// cell of scope s (set by the session's package).
var GoPanic = func(s *hook.Scope, r any) { panic(r) }

// interrupted panics with hook.KeyboardInterrupt.
func interrupted() { panic(hook.KeyboardInterrupt) }

// WaitGroup is sync.WaitGroup for cells: Wait ends when the waiting
// goroutine's cell is interrupted. Its zero value is ready to use.
type WaitGroup struct {
	mu gosync.Mutex
	n  int
	ch chan struct{}
}

// Add adds delta to the counter, as sync.WaitGroup.Add.
func (wg *WaitGroup) Add(delta int) {
	wg.mu.Lock()
	defer wg.mu.Unlock()
	wg.n += delta
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.n == 0 && wg.ch != nil {
		close(wg.ch)
		wg.ch = nil
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the counter is zero, or panics with
// hook.KeyboardInterrupt when the caller's cell is interrupted.
func (wg *WaitGroup) Wait() {
	wg.mu.Lock()
	if wg.n == 0 {
		wg.mu.Unlock()
		return
	}
	if wg.ch == nil {
		wg.ch = make(chan struct{})
	}
	ch := wg.ch
	wg.mu.Unlock()
	select {
	case <-ch:
	case <-hook.Current().Done():
		interrupted()
	}
}

// Go runs f in a new goroutine counted by the group, as
// sync.WaitGroup.Go (Go 1.25). The goroutine belongs to the caller's cell; a
// panic in f is reported to that cell.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	s := hook.Current()
	go func() {
		defer hook.Bind(s)()
		defer func() {
			r := recover()
			if r == nil || hook.IsInterrupt(r) {
				// f returned, called runtime.Goexit, or was interrupted.
				wg.Done()
				return
			}
			// As sync.WaitGroup.Go: no Done when f panicked, so that
			// Wait does not return and let the program go on while
			// the panic ends it (the cell stops).
			GoPanic(s, r)
		}()
		f()
	}()
}

// Mutex is sync.Mutex for cells: Lock ends when the caller's cell is
// interrupted, so a deadlocked cell can be stopped. Its zero value is an
// unlocked mutex.
type Mutex struct {
	once gosync.Once
	ch   chan struct{}
}

func (m *Mutex) init() { m.once.Do(func() { m.ch = make(chan struct{}, 1) }) }

// Lock locks m, or panics with hook.KeyboardInterrupt when the caller's cell
// is interrupted while it waits.
func (m *Mutex) Lock() {
	m.init()
	select {
	case m.ch <- struct{}{}:
		return
	default:
	}
	select {
	case m.ch <- struct{}{}:
	case <-hook.Current().Done():
		interrupted()
	}
}

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool {
	m.init()
	select {
	case m.ch <- struct{}{}:
		return true
	default:
		return false
	}
}

// Unlock unlocks m; unlocking an unlocked mutex panics, as in Go (where it
// is a fatal error).
func (m *Mutex) Unlock() {
	m.init()
	select {
	case <-m.ch:
	default:
		panic("sync: unlock of unlocked mutex")
	}
}

// RWMutex is sync.RWMutex for cells: Lock and RLock end when the caller's
// cell is interrupted, and unlocking an unlocked RWMutex panics (in Go it is
// a fatal error, which would end the kernel). Writers are preferred: a
// waiting Lock holds off new readers. Its zero value is unlocked.
type RWMutex struct {
	mu       gosync.Mutex
	readers  int
	writer   bool
	waitingW int
	changed  chan struct{} // closed and replaced at every unlock
}

// wakeup returns the channel closed at the next state change; m.mu is held.
func (m *RWMutex) wakeup() chan struct{} {
	if m.changed == nil {
		m.changed = make(chan struct{})
	}
	return m.changed
}

// broadcast wakes the waiters; m.mu is held.
func (m *RWMutex) broadcast() {
	if m.changed != nil {
		close(m.changed)
		m.changed = nil
	}
}

// Lock locks m for writing.
func (m *RWMutex) Lock() {
	m.mu.Lock()
	m.waitingW++
	for m.writer || m.readers > 0 {
		ch := m.wakeup()
		m.mu.Unlock()
		select {
		case <-ch:
		case <-hook.Current().Done():
			m.mu.Lock()
			m.waitingW--
			m.broadcast()
			m.mu.Unlock()
			interrupted()
		}
		m.mu.Lock()
	}
	m.waitingW--
	m.writer = true
	m.mu.Unlock()
}

// TryLock locks m for writing if it is free and reports whether it did.
func (m *RWMutex) TryLock() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.writer || m.readers > 0 {
		return false
	}
	m.writer = true
	return true
}

// Unlock unlocks m for writing.
func (m *RWMutex) Unlock() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.writer {
		panic("sync: Unlock of unlocked RWMutex")
	}
	m.writer = false
	m.broadcast()
}

// RLock locks m for reading.
func (m *RWMutex) RLock() {
	m.mu.Lock()
	for m.writer || m.waitingW > 0 {
		ch := m.wakeup()
		m.mu.Unlock()
		select {
		case <-ch:
		case <-hook.Current().Done():
			interrupted()
		}
		m.mu.Lock()
	}
	m.readers++
	m.mu.Unlock()
}

// TryRLock locks m for reading if no writer holds or waits for it.
func (m *RWMutex) TryRLock() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.writer || m.waitingW > 0 {
		return false
	}
	m.readers++
	return true
}

// RUnlock undoes one RLock.
func (m *RWMutex) RUnlock() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.readers <= 0 {
		panic("sync: RUnlock of unlocked RWMutex")
	}
	m.readers--
	if m.readers == 0 {
		m.broadcast()
	}
}

// RLocker returns a Locker whose Lock and Unlock are m's RLock and RUnlock
// (a *sync.rlocker, as in Go).
func (m *RWMutex) RLocker() gosync.Locker { return (*rlocker)(m) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// Cond is sync.Cond for cells: Wait ends when the caller's cell is
// interrupted (re-locking L before it panics, as a Wait that returns
// would).
type Cond struct {
	// L is held while observing or changing the condition.
	L gosync.Locker

	mu      gosync.Mutex
	waiters []chan struct{}
}

// NewCond returns a Cond with Locker l, as sync.NewCond.
func NewCond(l gosync.Locker) *Cond { return &Cond{L: l} }

// Wait unlocks c.L, waits for Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	ch := make(chan struct{})
	c.mu.Lock()
	c.waiters = append(c.waiters, ch)
	c.mu.Unlock()
	c.L.Unlock()
	select {
	case <-ch:
		c.L.Lock()
	case <-hook.Current().Done():
		c.mu.Lock()
		for i, w := range c.waiters {
			if w == ch {
				c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
				break
			}
		}
		c.mu.Unlock()
		interrupted()
	}
}

// Signal wakes one waiting goroutine, if any.
func (c *Cond) Signal() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.waiters) > 0 {
		close(c.waiters[0])
		c.waiters = c.waiters[1:]
	}
}

// Broadcast wakes all waiting goroutines.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, w := range c.waiters {
		close(w)
	}
	c.waiters = nil
}
