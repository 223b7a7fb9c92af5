// Package sync holds the lock word of the kernel's sync.Mutex for notebook
// cells and the table where goroutines wait on the kernel's sync types.
//
// The types of the kernel's package sync have the layout of Go's (so that a
// struct holding one prints, and has the size, as in Go): what a wait needs
// beyond the value's words, a channel to be woken by or interrupted, is kept
// here, in a table keyed by the address of the word the goroutine waits on,
// as Go's runtime keeps its semaphores. An entry exists only while some
// goroutine waits: the table is empty whenever no goroutine waits.
//
// The package is named sync, and its lock Mutex, so that %#v names the
// field of a sync.Mutex as Go does (mu:sync.Mutex{state:0, sema:0x0}).
package sync

import (
	gosync "sync"
	"sync/atomic"
	"unsafe"

	"github.com/gonotes/gonotes/lib/hook"
)

const (
	mutexLocked      = 1 // as Go's internal/sync
	mutexWaiterShift = 3
	mutexWaiterInc   = 1 << mutexWaiterShift
)

// Fatal is the panic value of a misuse of a lock that Go ends the program
// with as a fatal error ("fatal error: sync: unlock of unlocked mutex"),
// which no deferred call sees and no recover stops: the session ends the
// cell with that fatal error, and the kernel lives on.
type Fatal struct{ Msg string }

// Error returns Go's words: "fatal error: MSG".
func (f Fatal) Error() string { return "fatal error: " + f.Msg }

// SkipsDeferred tells the interpreter not to run deferred calls while the
// panic unwinds (interp.SkipsDeferred): recover does not stop it.
func (Fatal) SkipsDeferred() bool { return true }

// Mutex is the lock word of the kernel's sync.Mutex, Go's internal/sync.Mutex
// layout: state holds the locked bit and, from bit 3, the number of
// goroutines waiting in the table (keyed by &sema); sema stays 0.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m, or panics with hook.KeyboardInterrupt when the caller's cell
// is interrupted while it waits.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

func (m *Mutex) lockSlow() {
	for {
		p := Lock(&m.sema)
		s := atomic.LoadInt32(&m.state)
		if s&mutexLocked == 0 {
			ok := atomic.CompareAndSwapInt32(&m.state, s, s|mutexLocked)
			p.Unlock()
			if ok {
				return
			}
			continue
		}
		// The waiter count changes only with the table's shard held, so
		// an Unlock that sees none can take the fast path.
		if !atomic.CompareAndSwapInt32(&m.state, s, s+mutexWaiterInc) {
			p.Unlock()
			continue
		}
		w := p.Enqueue()
		p.Unlock()
		if Park(w) {
			continue // woken by an Unlock: try again
		}
		p = Lock(&m.sema)
		if p.Remove(w) {
			atomic.AddInt32(&m.state, -mutexWaiterInc)
		} else if atomic.LoadInt32(&m.state)&mutexLocked == 0 {
			// An Unlock woke this goroutine as the interrupt came: pass
			// the wake on to the next waiter.
			m.wakeOne(p)
		}
		p.Unlock()
		Interrupted()
	}
}

// wakeOne wakes the first goroutine waiting on m, if any; p is m's shard,
// held.
func (m *Mutex) wakeOne(p Parking) {
	if p.WakeOne() {
		atomic.AddInt32(&m.state, -mutexWaiterInc)
	}
}

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool {
	for {
		s := atomic.LoadInt32(&m.state)
		if s&mutexLocked != 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&m.state, s, s|mutexLocked) {
			return true
		}
	}
}

// Unlock unlocks m; unlocking an unlocked mutex panics with Fatal: Go ends
// the program with that fatal error, which no recover stops.
func (m *Mutex) Unlock() {
	if atomic.CompareAndSwapInt32(&m.state, mutexLocked, 0) {
		return
	}
	m.unlockSlow()
}

func (m *Mutex) unlockSlow() {
	p := Lock(&m.sema)
	for {
		s := atomic.LoadInt32(&m.state)
		if s&mutexLocked == 0 {
			p.Unlock()
			panic(Fatal{Msg: "sync: unlock of unlocked mutex"})
		}
		if atomic.CompareAndSwapInt32(&m.state, s, s&^mutexLocked) {
			break
		}
	}
	if !p.WakeOne() {
		// Waiters counted but none here: the value was copied from a
		// mutex others waited on (as in Go, the copy's waiters are
		// nobody's); forget them.
		for {
			s := atomic.LoadInt32(&m.state)
			if atomic.CompareAndSwapInt32(&m.state, s, s&(mutexWaiterInc-1)) {
				break
			}
		}
	} else {
		atomic.AddInt32(&m.state, -mutexWaiterInc)
	}
	p.Unlock()
}

// The table of waiting goroutines, in shards by address.
const shards = 61

type shard struct {
	mu gosync.Mutex
	q  map[*uint32][]chan struct{}
	_  [40]byte // one shard a cache line
}

var table [shards]shard

// Parking is the part of the table where the goroutines waiting on one word
// wait, locked by Lock.
type Parking struct {
	s   *shard
	key *uint32
}

// Lock locks the part of the table that holds the goroutines waiting on
// key, and returns it.
func Lock(key *uint32) Parking {
	s := &table[(uintptr(unsafe.Pointer(key))>>2)%shards]
	s.mu.Lock()
	return Parking{s, key}
}

// Unlock unlocks p.
func (p Parking) Unlock() { p.s.mu.Unlock() }

// Enqueue adds a waiter at the end of the key's queue and returns the
// channel to Park on.
func (p Parking) Enqueue() chan struct{} {
	if p.s.q == nil {
		p.s.q = map[*uint32][]chan struct{}{}
	}
	w := make(chan struct{})
	p.s.q[p.key] = append(p.s.q[p.key], w)
	return w
}

// Remove takes w out of the key's queue and reports whether it was there
// (not yet woken).
func (p Parking) Remove(w chan struct{}) bool {
	q := p.s.q[p.key]
	for i, x := range q {
		if x == w {
			p.set(append(q[:i:i], q[i+1:]...))
			return true
		}
	}
	return false
}

func (p Parking) set(q []chan struct{}) {
	if len(q) == 0 {
		delete(p.s.q, p.key)
		return
	}
	p.s.q[p.key] = q
}

// WakeOne wakes the first waiter of the key and reports whether there was
// one.
func (p Parking) WakeOne() bool {
	q := p.s.q[p.key]
	if len(q) == 0 {
		return false
	}
	close(q[0])
	p.set(q[1:])
	return true
}

// WakeAll wakes every waiter of the key and returns how many it woke.
func (p Parking) WakeAll() int {
	q := p.s.q[p.key]
	for _, w := range q {
		close(w)
	}
	delete(p.s.q, p.key)
	return len(q)
}

// Park waits until w is closed (true) or the caller's cell is interrupted
// (false; the caller then takes w out of the queue).
func Park(w chan struct{}) bool {
	select {
	case <-w:
		return true
	case <-hook.Current().Done():
		return false
	}
}

// Interrupted panics with hook.KeyboardInterrupt.
func Interrupted() { panic(hook.KeyboardInterrupt) }

// Waiting returns the number of goroutines in the table (for tests: it is 0
// when no goroutine waits).
func Waiting() int {
	n := 0
	for i := range table {
		s := &table[i]
		s.mu.Lock()
		for _, q := range s.q {
			n += len(q)
		}
		s.mu.Unlock()
	}
	return n
}
