package eval

import (
	"fmt"
	"io"
	"log"
	"os/exec"
	"reflect"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/traefik/yaegi/interp"
)

//go:generate go run ../symbols/genfast -o fast_sync.go -pkg eval -var fastSync -only Mutex,RWMutex,WaitGroup,Cond,NewCond github.com/gonotes/gonotes/kernel/eval

// overrides replaces standard library symbols whose compiled behaviour would
// hurt a notebook:
//   - os.Exit, log.Fatal* and the Fatal* methods of a log.Logger end the
//     cell (SystemExit), not the kernel (see Logger);
//   - time.Sleep, sync.WaitGroup and sync.Mutex wait interruptibly;
//   - os/exec is added (yaegi's restricted stdlib lacks it, and its
//     unrestricted table would bring back the real os.Exit);
//   - the time and context functions that make timers record them in
//     timers, the session's (deadlock.go).
func overrides(timers *timerWatch) interp.Exports {
	l := log.New(hook.Stderr(), "", log.LstdFlags)
	fatal := func(s string) {
		l.Output(3, s)
		panic(exitPanic{1})
	}
	def := &Logger{l}
	lg := map[string]reflect.Value{
		"Fatal":     reflect.ValueOf(func(v ...any) { fatal(fmt.Sprint(v...)) }),
		"Fatalf":    reflect.ValueOf(func(f string, v ...any) { fatal(fmt.Sprintf(f, v...)) }),
		"Fatalln":   reflect.ValueOf(func(v ...any) { fatal(fmt.Sprintln(v...)) }),
		"Flags":     reflect.ValueOf(l.Flags),
		"Output":    reflect.ValueOf(l.Output),
		"Panic":     reflect.ValueOf(l.Panic),
		"Panicf":    reflect.ValueOf(l.Panicf),
		"Panicln":   reflect.ValueOf(l.Panicln),
		"Prefix":    reflect.ValueOf(l.Prefix),
		"Print":     reflect.ValueOf(l.Print),
		"Printf":    reflect.ValueOf(l.Printf),
		"Println":   reflect.ValueOf(l.Println),
		"SetFlags":  reflect.ValueOf(l.SetFlags),
		"SetOutput": reflect.ValueOf(l.SetOutput),
		"SetPrefix": reflect.ValueOf(l.SetPrefix),
		"Writer":    reflect.ValueOf(l.Writer),
		"Default":   reflect.ValueOf(func() *Logger { return def }),
		"New":       reflect.ValueOf(newLogger),
		"Logger":    reflect.ValueOf((*Logger)(nil)),
	}
	// Values with String methods are formatted by them (see yaegi MapTypes).
	mt := []reflect.Type{
		reflect.TypeOf((*fmt.Formatter)(nil)).Elem(),
		reflect.TypeOf((*fmt.Stringer)(nil)).Elem(),
	}
	maps := map[reflect.Value][]reflect.Type{}
	for _, name := range []string{"Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln", "Print", "Printf", "Println"} {
		maps[lg[name]] = mt
	}
	return interp.Exports{
		"os/os": {
			"Exit": reflect.ValueOf(func(code int) { panic(exitPanic{code}) }),
		},
		"log/log": lg,
		"time/time": {
			"Sleep":     reflect.ValueOf(sleep),
			"After":     reflect.ValueOf(timers.after),
			"NewTimer":  reflect.ValueOf(timers.newTimer),
			"NewTicker": reflect.ValueOf(timers.newTicker),
			"Tick":      reflect.ValueOf(timers.tick),
			"AfterFunc": reflect.ValueOf(timers.afterFunc),
		},
		"context/context": {
			"WithTimeout":       reflect.ValueOf(timers.withTimeout),
			"WithDeadline":      reflect.ValueOf(timers.withDeadline),
			"WithTimeoutCause":  reflect.ValueOf(timers.withTimeoutCause),
			"WithDeadlineCause": reflect.ValueOf(timers.withDeadlineCause),
		},
		"sync/sync": {
			"WaitGroup": reflect.ValueOf((*WaitGroup)(nil)),
			"Mutex":     reflect.ValueOf((*Mutex)(nil)),
			"RWMutex":   reflect.ValueOf((*RWMutex)(nil)),
			"Cond":      reflect.ValueOf((*Cond)(nil)),
			"NewCond":   reflect.ValueOf(NewCond),
		},
		"os/exec/exec": {
			"Command":        reflect.ValueOf(exec.Command),
			"CommandContext": reflect.ValueOf(exec.CommandContext),
			"LookPath":       reflect.ValueOf(exec.LookPath),
			"ErrDot":         reflect.ValueOf(&exec.ErrDot).Elem(),
			"ErrNotFound":    reflect.ValueOf(&exec.ErrNotFound).Elem(),
			"ErrWaitDelay":   reflect.ValueOf(&exec.ErrWaitDelay).Elem(),
			"Cmd":            reflect.ValueOf((*exec.Cmd)(nil)),
			"Error":          reflect.ValueOf((*exec.Error)(nil)),
			"ExitError":      reflect.ValueOf((*exec.ExitError)(nil)),
		},
		".": {"MapTypes": reflect.ValueOf(maps)},
	}
}

// interrupted panics with hook.KeyboardInterrupt.
func interrupted() { panic(hook.KeyboardInterrupt) }

// sleep is time.Sleep for cells: an interrupt of the caller's cell ends it.
// A timeline that records sees the sleep (hook.TraceSleep).
func sleep(d time.Duration) {
	if d > 0 {
		defer hook.TraceSleep(d)()
	}
	done := hook.Current().Done()
	if d <= 0 || done == nil {
		time.Sleep(d)
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-done:
		interrupted()
	}
}

// block blocks forever (select {} in a cell), until the cell is interrupted.
func block() {
	<-hook.Current().Done()
	interrupted()
}

// WaitGroup is sync.WaitGroup for cells: Wait ends when the waiting
// goroutine's cell is interrupted. Its zero value is ready to use.
type WaitGroup struct {
	mu sync.Mutex
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
			if goPanicStopAny(s, r, nil) {
				return
			}
			var w io.Writer = hook.Stderr()
			fmt.Fprintf(w, "panic in goroutine: %s\n", panicString(r))
		}()
		f()
	}()
}

// Mutex is sync.Mutex for cells: Lock ends when the caller's cell is
// interrupted, so a deadlocked cell can be stopped. Its zero value is an
// unlocked mutex.
type Mutex struct {
	once sync.Once
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
	mu       sync.Mutex
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

// RLocker returns a Locker whose Lock and Unlock are m's RLock and RUnlock.
func (m *RWMutex) RLocker() sync.Locker { return rlocker{m} }

type rlocker struct{ m *RWMutex }

func (r rlocker) Lock()   { r.m.RLock() }
func (r rlocker) Unlock() { r.m.RUnlock() }

// Cond is sync.Cond for cells: Wait ends when the caller's cell is
// interrupted (re-locking L before it panics, as a Wait that returns
// would).
type Cond struct {
	// L is held while observing or changing the condition.
	L sync.Locker

	mu      sync.Mutex
	waiters []chan struct{}
}

// NewCond returns a Cond with Locker l, as sync.NewCond.
func NewCond(l sync.Locker) *Cond { return &Cond{L: l} }

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
