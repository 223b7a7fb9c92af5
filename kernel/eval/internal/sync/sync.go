// Package sync holds the kernel's replacements of the standard library's
// sync.Mutex, RWMutex, WaitGroup and Cond for notebook cells: waits end
// when the waiting goroutine's cell is interrupted, and unlocking an
// unlocked mutex ends the cell with Go's fatal error (Fatal: no recover
// stops it), where Go's own would end the kernel's process. The package is named sync so that %T and reflect
// name its types as Go names the standard ones (*sync.Mutex).
package sync

import (
	gosync "sync"
	"sync/atomic"
	"unsafe"

	isync "github.com/gonotes/gonotes/kernel/eval/internal/sync/internal/sync"
	"github.com/gonotes/gonotes/lib/hook"
)

//go:generate go run ../../../symbols/genfast -o fast.go -pkg sync -var Fast -only Mutex,RWMutex,WaitGroup,Cond,NewCond github.com/gonotes/gonotes/kernel/eval/internal/sync

// GoPanic reports a panic r of a goroutine started by WaitGroup.Go in the
// cell of scope s (set by the session's package).
var GoPanic = func(s *hook.Scope, r any) { panic(r) }

// Fatal is the panic value of a lock's misuse that Go ends the program with
// as a fatal error (unlock of an unlocked Mutex or RWMutex).
type Fatal = isync.Fatal

// interrupted panics with hook.KeyboardInterrupt.
func interrupted() { panic(hook.KeyboardInterrupt) }

// noCopy is the guard go vet's copylocks looks for, as Go's sync.noCopy.
type noCopy struct{}

// WaitGroup is sync.WaitGroup for cells: Wait ends when the waiting
// goroutine's cell is interrupted. Its zero value is ready to use. It has
// the layout of Go's: state holds the counter in its high 32 bits and the
// number of waiters (in the table of internal/sync, keyed by &sema) in its
// low ones.
type WaitGroup struct {
	noCopy noCopy

	state atomic.Uint64
	sema  uint32
}

// Add adds delta to the counter, as sync.WaitGroup.Add.
func (wg *WaitGroup) Add(delta int) {
	s := wg.state.Add(uint64(delta) << 32)
	v, w := int32(s>>32), uint32(s)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if v > 0 || w == 0 {
		return
	}
	// The counter is zero and goroutines wait: wake them. Waiters are
	// counted only with the shard held, so the count is theirs.
	p := isync.Lock(&wg.sema)
	for {
		s := wg.state.Load()
		if int32(s>>32) != 0 {
			break // added to again meanwhile: they wait on
		}
		if wg.state.CompareAndSwap(s, s&^(1<<32-1)) {
			p.WakeAll()
			break
		}
	}
	p.Unlock()
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the counter is zero, or panics with
// hook.KeyboardInterrupt when the caller's cell is interrupted.
func (wg *WaitGroup) Wait() {
	if int32(wg.state.Load()>>32) == 0 {
		return
	}
	p := isync.Lock(&wg.sema)
	for {
		s := wg.state.Load()
		if int32(s>>32) == 0 {
			p.Unlock()
			return
		}
		if wg.state.CompareAndSwap(s, s+1) {
			break
		}
	}
	w := p.Enqueue()
	p.Unlock()
	if isync.Park(w) {
		return
	}
	p = isync.Lock(&wg.sema)
	if p.Remove(w) {
		wg.state.Add(^uint64(0)) // one waiter less
	}
	p.Unlock()
	isync.Interrupted()
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
// unlocked mutex. It has the layout of Go's (its lock word is
// internal/sync's Mutex, whose waiters wait in a table outside the value),
// so a copy of a locked Mutex is locked, as in Go.
type Mutex struct {
	_ noCopy

	mu isync.Mutex
}

// Lock locks m, or panics with hook.KeyboardInterrupt when the caller's cell
// is interrupted while it waits.
func (m *Mutex) Lock() { m.mu.Lock() }

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool { return m.mu.TryLock() }

// Unlock unlocks m; unlocking an unlocked mutex panics, as in Go (where it
// is a fatal error).
func (m *Mutex) Unlock() { m.mu.Unlock() }

const rwmutexMaxReaders = 1 << 30 // as Go's

// RWMutex is sync.RWMutex for cells: Lock and RLock end when the caller's
// cell is interrupted, and unlocking an unlocked RWMutex panics (in Go it is
// a fatal error, which would end the kernel). Writers are preferred: a
// waiting Lock holds off new readers. Its zero value is unlocked. It has the
// layout of Go's and uses its words as Go does: w serializes the writers,
// readerCount counts the readers (less rwmutexMaxReaders while a writer
// holds or waits), readerWait the readers a waiting writer waits for (in
// the table keyed by &writerSem); readerSem counts the readers waiting for
// a writer (in the table keyed by &readerSem).
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomic.Int32
	readerWait  atomic.Int32
}

// Lock locks m for writing.
func (m *RWMutex) Lock() {
	m.w.Lock()
	r := m.readerCount.Add(-rwmutexMaxReaders) + rwmutexMaxReaders
	if r == 0 {
		return
	}
	// Wait for the r readers that hold the lock. The readers' count of
	// leaving ones and the wait change with the shard held.
	p := isync.Lock(&m.writerSem)
	m.readerWait.Add(r)
	for m.readerWait.Load() != 0 {
		w := p.Enqueue()
		p.Unlock()
		if !isync.Park(w) {
			p = isync.Lock(&m.writerSem)
			p.Remove(w)
			// Undo: the readers that hold the lock now leave without
			// counting down readerWait, those that left meanwhile did.
			n := m.readerCount.Add(rwmutexMaxReaders)
			m.readerWait.Add(-n)
			p.Unlock()
			m.wakeReaders()
			m.w.Unlock()
			isync.Interrupted()
		}
		p = isync.Lock(&m.writerSem)
	}
	p.Unlock()
}

// wakeReaders wakes the readers waiting for a writer, after readerCount
// says there is none.
func (m *RWMutex) wakeReaders() {
	if atomic.LoadUint32(&m.readerSem) == 0 {
		return
	}
	p := isync.Lock(&m.readerSem)
	atomic.StoreUint32(&m.readerSem, 0)
	p.WakeAll()
	p.Unlock()
}

// TryLock locks m for writing if it is free and reports whether it did.
func (m *RWMutex) TryLock() bool {
	if !m.w.TryLock() {
		return false
	}
	if !m.readerCount.CompareAndSwap(0, -rwmutexMaxReaders) {
		m.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks m for writing.
func (m *RWMutex) Unlock() {
	r := m.readerCount.Add(rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		m.readerCount.Add(-rwmutexMaxReaders)
		panic(Fatal{Msg: "sync: Unlock of unlocked RWMutex"})
	}
	m.wakeReaders()
	m.w.Unlock()
}

// RLock locks m for reading.
func (m *RWMutex) RLock() {
	for {
		r := m.readerCount.Load()
		if r < 0 {
			break
		}
		if m.readerCount.CompareAndSwap(r, r+1) {
			return
		}
	}
	for {
		p := isync.Lock(&m.readerSem)
		// Counted as waiting before looking again, so that an Unlock
		// that comes between sees the waiter (and takes the shard,
		// which waits for the waiter to be in the queue).
		atomic.AddUint32(&m.readerSem, 1)
		r := m.readerCount.Load()
		if r >= 0 {
			atomic.AddUint32(&m.readerSem, ^uint32(0))
			ok := m.readerCount.CompareAndSwap(r, r+1)
			p.Unlock()
			if ok {
				return
			}
			continue
		}
		w := p.Enqueue()
		p.Unlock()
		if !isync.Park(w) {
			p = isync.Lock(&m.readerSem)
			if p.Remove(w) {
				atomic.AddUint32(&m.readerSem, ^uint32(0))
			}
			p.Unlock()
			isync.Interrupted()
		}
	}
}

// TryRLock locks m for reading if no writer holds or waits for it.
func (m *RWMutex) TryRLock() bool {
	for {
		r := m.readerCount.Load()
		if r < 0 {
			return false
		}
		if m.readerCount.CompareAndSwap(r, r+1) {
			return true
		}
	}
}

// RUnlock undoes one RLock.
func (m *RWMutex) RUnlock() {
	r := m.readerCount.Add(-1)
	if r >= 0 {
		return
	}
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		m.readerCount.Add(1)
		panic(Fatal{Msg: "sync: RUnlock of unlocked RWMutex"})
	}
	// A writer waits: the last reader it waits for wakes it.
	p := isync.Lock(&m.writerSem)
	if m.readerWait.Add(-1) == 0 {
		p.WakeOne()
	}
	p.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are m's RLock and RUnlock
// (a *sync.rlocker, as in Go).
func (m *RWMutex) RLocker() gosync.Locker { return (*rlocker)(m) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// Cond is sync.Cond for cells: Wait ends when the caller's cell is
// interrupted. It has the layout of Go's: its notify list counts the
// tickets of the waiters (wait) and those notified (notify), the waiters
// waiting in the table of internal/sync keyed by &notify.notify.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition.
	L gosync.Locker

	notify  notifyList
	checker copyChecker
}

// notifyList has the layout of Go's sync.notifyList (the runtime's); lock,
// head and tail stay zero (the waiters are in the table).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

// copyChecker has the layout of Go's (it stays zero: a copied Cond is not
// detected).
type copyChecker uintptr

// NewCond returns a Cond with Locker l, as sync.NewCond.
func NewCond(l gosync.Locker) *Cond { return &Cond{L: l} }

// Wait unlocks c.L, waits for Signal or Broadcast, and locks c.L again;
// it panics with hook.KeyboardInterrupt (c.L unlocked) when the caller's
// cell is interrupted.
func (c *Cond) Wait() {
	p := isync.Lock(&c.notify.notify)
	atomic.AddUint32(&c.notify.wait, 1)
	w := p.Enqueue()
	p.Unlock()
	c.L.Unlock()
	if isync.Park(w) {
		c.L.Lock()
		return
	}
	p = isync.Lock(&c.notify.notify)
	if p.Remove(w) {
		atomic.AddUint32(&c.notify.notify, 1) // its ticket is spent
	} else if p.WakeOne() {
		// Signaled as the interrupt came: the signal goes to the next
		// waiter.
		atomic.AddUint32(&c.notify.notify, 1)
	}
	p.Unlock()
	isync.Interrupted()
}

// Signal wakes one waiting goroutine, if any.
func (c *Cond) Signal() {
	if atomic.LoadUint32(&c.notify.wait) == atomic.LoadUint32(&c.notify.notify) {
		return // no waiter
	}
	p := isync.Lock(&c.notify.notify)
	if p.WakeOne() {
		atomic.AddUint32(&c.notify.notify, 1)
	}
	p.Unlock()
}

// Broadcast wakes all waiting goroutines.
func (c *Cond) Broadcast() {
	if atomic.LoadUint32(&c.notify.wait) == atomic.LoadUint32(&c.notify.notify) {
		return
	}
	p := isync.Lock(&c.notify.notify)
	atomic.AddUint32(&c.notify.notify, uint32(p.WakeAll()))
	p.Unlock()
}
