package sync

import (
	"fmt"
	"reflect"
	gosync "sync"
	"testing"
	"time"
	"unsafe"

	isync "github.com/gonotes/gonotes/kernel/eval/internal/sync/internal/sync"
	"github.com/gonotes/gonotes/lib/hook"
)

// TestLayoutIsGos checks that the types print and measure as Go's (go run
// prints the same for a program with the standard ones).
func TestLayoutIsGos(t *testing.T) {
	var s struct {
		mu Mutex
		rw RWMutex
		wg WaitGroup
	}
	if got, want := fmt.Sprintf("%+v", &s), "&{mu:{_:{} mu:{state:0 sema:0}} rw:{w:{_:{} mu:{state:0 sema:0}} writerSem:0 readerSem:0 readerCount:{_:{} v:0} readerWait:{_:{} v:0}} wg:{noCopy:{} state:{_:{} _:{} v:0} sema:0}}"; got != want {
		t.Errorf("%%+v = %s, want %s", got, want)
	}
	s.mu.Lock()
	s.rw.Lock()
	s.wg.Add(2)
	if got, want := fmt.Sprintf("%v", &s), "&{{{} {1 0}} {{{} {1 0}} 0 0 {{} -1073741824} {{} 0}} {{} {{} {} 8589934592} 0}}"; got != want {
		t.Errorf("locked: %%v = %s, want %s", got, want)
	}
	if got, want := fmt.Sprintf("%#v", &Mutex{}), "&sync.Mutex{_:sync.noCopy{}, mu:sync.Mutex{state:0, sema:0x0}}"; got != want {
		t.Errorf("%%#v = %s, want %s", got, want)
	}
	if a, b, c := unsafe.Sizeof(Mutex{}), unsafe.Sizeof(RWMutex{}), unsafe.Sizeof(WaitGroup{}); a != 8 || b != 24 || c != 16 {
		t.Errorf("sizes %d %d %d, want 8 24 16", a, b, c)
	}
}

// TestCopyOfLockedMutexIsLocked: a copy of a locked Mutex is locked, as in
// Go, and unlocking it leaves the original locked.
func TestCopyOfLockedMutexIsLocked(t *testing.T) {
	var m Mutex
	m.Lock()
	var c Mutex
	reflect.ValueOf(&c).Elem().Set(reflect.ValueOf(&m).Elem()) // c = m, unseen by vet
	if c.TryLock() {
		t.Fatal("copy of a locked Mutex is unlocked")
	}
	c.Unlock()
	if m.TryLock() {
		t.Fatal("unlocking the copy unlocked the original")
	}
	m.Unlock()
}

// TestUnlockOfUnlockedPanics: the misuses panic (with Fatal where Go ends
// with a fatal error) and leave the lock usable.
func TestUnlockOfUnlockedPanics(t *testing.T) {
	mustPanic := func(what string, want any, f func()) {
		t.Helper()
		defer func() {
			if r := recover(); r != want {
				t.Errorf("%s: recovered %#v, want %#v", what, r, want)
			}
		}()
		f()
	}
	var m Mutex
	mustPanic("Mutex", Fatal{Msg: "sync: unlock of unlocked mutex"}, m.Unlock)
	var rw RWMutex
	mustPanic("RWMutex.Unlock", Fatal{Msg: "sync: Unlock of unlocked RWMutex"}, rw.Unlock)
	mustPanic("RWMutex.RUnlock", Fatal{Msg: "sync: RUnlock of unlocked RWMutex"}, rw.RUnlock)
	var wg WaitGroup
	mustPanic("WaitGroup", "sync: negative WaitGroup counter", wg.Done)
	m.Lock()
	m.Unlock()
	rw.Lock()
	rw.Unlock()
	rw.RLock()
	rw.RUnlock()
	if fmt.Sprint(&m, &rw) != fmt.Sprint(&Mutex{}, &RWMutex{}) {
		t.Errorf("after the panics: %v %v", &m, &rw)
	}
}

// TestMutualExclusion runs goroutines that count under each lock.
func TestMutualExclusion(t *testing.T) {
	const g, n = 8, 2000
	var m Mutex
	var rw RWMutex
	var wg WaitGroup
	count, rcount := 0, 0
	for i := 0; i < g; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < n; j++ {
				m.Lock()
				count++
				m.Unlock()
				if j%3 == 0 {
					rw.Lock()
					rcount++
					rw.Unlock()
				} else {
					rw.RLock()
					_ = rcount
					rw.RUnlock()
				}
			}
		}()
	}
	wg.Wait()
	if count != g*n || rcount != g*((n+2)/3) {
		t.Errorf("count %d rcount %d, want %d %d", count, rcount, g*n, g*((n+2)/3))
	}
	if fmt.Sprint(&m, &rw, &wg) != fmt.Sprint(&Mutex{}, &RWMutex{}, &WaitGroup{}) {
		t.Errorf("after: %v %v %v", &m, &rw, &wg)
	}
	if w := isync.Waiting(); w != 0 {
		t.Errorf("%d goroutines left in the table", w)
	}
}

// TestInterruptEndsWaits: each wait ends with KeyboardInterrupt when the
// goroutine's scope is interrupted, and the lock works on afterwards.
func TestInterruptEndsWaits(t *testing.T) {
	var m Mutex
	var rw RWMutex
	var rheld RWMutex
	var wg WaitGroup
	m.Lock()
	rw.Lock()
	rheld.RLock()
	wg.Add(1)
	waits := map[string]func(){
		"Mutex.Lock":      m.Lock,
		"RWMutex.Lock":    rw.Lock,
		"RWMutex.RLock":   rw.RLock,
		"RWMutex.Lock(r)": rheld.Lock,
		"WaitGroup.Wait":  wg.Wait,
	}
	s := hook.NewScope(1, nil, nil)
	var done gosync.WaitGroup
	var mu gosync.Mutex
	got := map[string]any{}
	for name, f := range waits {
		done.Add(1)
		go func() {
			defer done.Done()
			defer hook.Bind(s)()
			defer func() {
				mu.Lock()
				got[name] = recover()
				mu.Unlock()
			}()
			f()
		}()
	}
	for isync.Waiting() < len(waits) {
		time.Sleep(time.Millisecond)
	}
	s.Interrupt()
	done.Wait()
	for name := range waits {
		if !hook.IsInterrupt(got[name]) {
			t.Errorf("%s: recovered %v, want KeyboardInterrupt", name, got[name])
		}
	}
	if w := isync.Waiting(); w != 0 {
		t.Errorf("%d goroutines left in the table", w)
	}
	// The locks work on: a writer waiting for the reader gave up, so a
	// reader gets in.
	if !rheld.TryRLock() {
		t.Error("RWMutex held by a reader refuses a reader after an interrupted Lock")
	}
	rheld.RUnlock()
	rheld.RUnlock()
	m.Unlock()
	rw.Unlock()
	wg.Done()
	if fmt.Sprint(&m, &rw, &rheld, &wg) != fmt.Sprint(&Mutex{}, &RWMutex{}, &RWMutex{}, &WaitGroup{}) {
		t.Errorf("after: %v %v %v %v", &m, &rw, &rheld, &wg)
	}
}

// TestWaitersWake: goroutines waiting on each lock go on when it is
// released.
func TestWaitersWake(t *testing.T) {
	var m Mutex
	var rw RWMutex
	var wg WaitGroup
	m.Lock()
	rw.Lock()
	wg.Add(1)
	var done gosync.WaitGroup
	for _, f := range []func(){
		func() { m.Lock(); m.Unlock() },
		func() { m.Lock(); m.Unlock() },
		func() { rw.RLock(); rw.RUnlock() },
		func() { rw.RLock(); rw.RUnlock() },
		func() { rw.Lock(); rw.Unlock() },
		wg.Wait,
		wg.Wait,
	} {
		done.Add(1)
		go func() { defer done.Done(); f() }()
	}
	for isync.Waiting() < 6 { // the writer waits on rw.w, a Mutex
		time.Sleep(time.Millisecond)
	}
	m.Unlock()
	rw.Unlock()
	wg.Done()
	done.Wait()
	if fmt.Sprint(&m, &rw, &wg) != fmt.Sprint(&Mutex{}, &RWMutex{}, &WaitGroup{}) {
		t.Errorf("after: %v %v %v", &m, &rw, &wg)
	}
}

// TestCond: Signal wakes one waiter, Broadcast the others, an interrupted
// Wait gives its place up; the Cond prints as Go's.
func TestCond(t *testing.T) {
	var mu Mutex
	c := NewCond(&mu)
	if got, want := fmt.Sprintf("%+v", c), fmt.Sprintf("&{noCopy:{} L:%p notify:{wait:0 notify:0 lock:0 head:<nil> tail:<nil>} checker:0}", &mu); got != want {
		t.Errorf("%%+v = %s, want %s", got, want)
	}
	if n := unsafe.Sizeof(Cond{}); n != 56 {
		t.Errorf("Sizeof = %d, want 56", n)
	}
	woken := make(chan int, 3)
	s := hook.NewScope(1, nil, nil)
	interrupted := make(chan any, 1)
	go func() {
		defer hook.Bind(s)()
		defer func() { interrupted <- recover() }()
		mu.Lock()
		c.Wait()
	}()
	for isync.Waiting() < 1 {
		time.Sleep(time.Millisecond)
	}
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			c.Wait()
			mu.Unlock()
			woken <- i
		}()
	}
	for isync.Waiting() < 4 {
		time.Sleep(time.Millisecond)
	}
	s.Interrupt()
	if r := <-interrupted; !hook.IsInterrupt(r) {
		t.Fatalf("interrupted Wait recovered %v", r)
	}
	c.Signal()
	if w := isync.Waiting(); w != 2 {
		t.Fatalf("after Signal, %d waiters, want 2", w)
	}
	<-woken
	c.Broadcast()
	<-woken
	<-woken
	if w := isync.Waiting(); w != 0 {
		t.Errorf("%d goroutines left in the table", w)
	}
	if got := fmt.Sprintf("%v", &c.notify); got != "&{4 4 0 <nil> <nil>}" {
		t.Errorf("notify list %s, want &{4 4 0 <nil> <nil>}", got)
	}
}
