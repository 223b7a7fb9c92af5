package eval

import (
	"context"
	"strings"
	"testing"
	"time"
)

// interrupt runs code, which must print "started" when it blocks, interrupts
// it and returns the cell's outcome.
func (ts *tsession) interrupt(code string) (*cell, *Error) {
	ts.t.Helper()
	ts.n++
	c := &cell{stdout: &buf{}, stderr: &buf{}}
	c.scope = newScope(ts.n, c.stdout, c.stderr)
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.data, c.err = ts.s.Execute(bg, c.scope, code)
	}()
	waitFor(ts.t, "the cell to start", func() bool { return strings.Contains(c.stdout.String(), "started") })
	ts.s.Interrupt()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		ts.t.Fatalf("the cell %q did not stop", code)
	}
	e, ok := c.err.(*Error)
	if !ok || e.Name != "KeyboardInterrupt" {
		ts.t.Fatalf("cell %q: want KeyboardInterrupt, got %v", code, c.err)
	}
	return c, e
}

func TestInterruptLoop(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func makeCounter() func() int { n := 0; return func() int { n++; return n } }
ctr := makeCounter()
ctr()
fl := func() int { return 42 }
ticks := 0
var mu sync.Mutex
go func() {
	for {
		mu.Lock(); ticks++; mu.Unlock()
		time.Sleep(time.Millisecond)
	}
}()`)
	_, e := ts.interrupt(`fmt.Println("started")
for {
}`)
	if strings.Contains(strings.Join(e.Trace, "\n"), "interpreter was stopped") {
		t.Errorf("a loop needed the hard stop: %v", e.Trace)
	}
	// Everything defined before still works, and the goroutine goes on.
	if c := ts.ok(`ctr()`); c.text() != "2" {
		t.Errorf("ctr() = %q", c.text())
	}
	if c := ts.ok(`fl()`); c.text() != "42" {
		t.Errorf("fl() = %q", c.text())
	}
	c := ts.ok(`mu.Lock(); t0 := ticks; mu.Unlock(); t0`)
	first := c.text()
	waitFor(t, "the background goroutine to tick", func() bool {
		c := ts.ok(`mu.Lock(); t1 := ticks; mu.Unlock(); t1`)
		return c.text() != first
	})
}

func TestInterruptLoopInFunc(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func spin() int { n := 0; for i := 0; ; i++ { n += i }; return n }`)
	ts.interrupt(`fmt.Println("started"); spin()`)
	ts.ok(`1`)
}

func TestInterruptSleep(t *testing.T) {
	ts := newSession(t)
	c, _ := ts.interrupt(`fmt.Println("started"); time.Sleep(time.Hour); fmt.Println("after")`)
	if strings.Contains(c.stdout.String(), "after") {
		t.Errorf("the cell went on: %q", c.stdout)
	}
}

func TestInterruptWaitGroup(t *testing.T) {
	ts := newSession(t)
	ts.interrupt(`var wg sync.WaitGroup
wg.Add(1)
fmt.Println("started")
wg.Wait()`)
	// The type still works normally.
	c := ts.ok(`var wg2 sync.WaitGroup
total := 0
var mu sync.Mutex
for i := 1; i <= 3; i++ {
	wg2.Add(1)
	go func(n int) { defer wg2.Done(); mu.Lock(); total += n; mu.Unlock() }(i)
}
wg2.Wait()
total`)
	if c.text() != "6" {
		t.Errorf("total = %q", c.text())
	}
}

func TestInterruptMutexDeadlock(t *testing.T) {
	ts := newSession(t)
	ts.interrupt(`var m sync.Mutex
m.Lock()
fmt.Println("started")
m.Lock()`)
}

func TestInterruptSelectForever(t *testing.T) {
	ts := newSession(t)
	ts.interrupt(`fmt.Println("started"); select {}`)
}

func TestInterruptChannelDeadlock(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func makeCounter() func() int { n := 0; return func() int { n++; return n } }
ctr := makeCounter()
ctr()
ch0 := make(chan int, 1)
send := func(v int) { ch0 <- v }
ticks := 0
var mu sync.Mutex
go func() {
	for {
		mu.Lock(); ticks++; mu.Unlock()
		time.Sleep(time.Millisecond)
	}
}()`)
	ts.interrupt(`ch := make(chan int)
fmt.Println("started")
<-ch`)
	// Closures made before the hard stop still work, including their
	// channel operations.
	if c := ts.ok(`ctr()`); c.text() != "2" {
		t.Errorf("ctr() after a hard stop = %q", c.text())
	}
	if c := ts.ok(`send(7); <-ch0`); c.text() != "7" {
		t.Errorf("send/receive after a hard stop = %q", c.text())
	}
	// The goroutine of an earlier cell was not stopped.
	first := ts.ok(`mu.Lock(); t0 := ticks; mu.Unlock(); t0`).text()
	waitFor(t, "the background goroutine to tick", func() bool {
		return ts.ok(`mu.Lock(); t1 := ticks; mu.Unlock(); t1`).text() != first
	})
}

func TestInterruptedGoroutineOfCell(t *testing.T) {
	ts := newSession(t)
	// A goroutine of the interrupted cell that loops stops too.
	ts.ok(`stopped := make(chan bool, 1)`)
	ts.interrupt(`go func() {
	defer func() { stopped <- true }()
	for {
	}
}()
fmt.Println("started")
for {
}`)
	c := ts.ok(`<-stopped`)
	if c.text() != "true" {
		t.Errorf("got %q", c.text())
	}
}

func TestRWMutex(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`var rw sync.RWMutex
shared := 0
var wg sync.WaitGroup
for i := 0; i < 20; i++ {
	wg.Add(2)
	go func() { defer wg.Done(); rw.Lock(); shared++; rw.Unlock() }()
	go func() { defer wg.Done(); rw.RLock(); _ = shared; rw.RUnlock() }()
}
wg.Wait()
shared`)
	if c.text() != "20" {
		t.Errorf("shared = %q", c.text())
	}
	// Misuse ends the cell with Go's fatal error, not the process; no
	// recover stops it.
	_, e := ts.fails(`var rw2 sync.RWMutex
defer func() { fmt.Println("recovered", recover()) }()
rw2.RUnlock()`)
	if e.Name != "fatal error" || !strings.Contains(e.Value, "RUnlock of unlocked RWMutex") {
		t.Errorf("got %s %q", e.Name, e.Value)
	}
	ts.interrupt(`var rw3 sync.RWMutex
rw3.RLock()
fmt.Println("started")
rw3.Lock()`)
}

func TestCond(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`var m sync.Mutex
cond := sync.NewCond(&m)
ready := false
done := make(chan string)
go func() {
	m.Lock()
	for !ready {
		cond.Wait()
	}
	m.Unlock()
	done <- "woke"
}()
time.Sleep(10 * time.Millisecond)
m.Lock()
ready = true
cond.Broadcast()
m.Unlock()
<-done`)
	if c.text() != `"woke"` {
		t.Errorf("got %q", c.text())
	}
	ts.interrupt(`var m2 sync.Mutex
c2 := sync.NewCond(&m2)
m2.Lock()
fmt.Println("started")
c2.Wait()`)
}

func TestDeadline(t *testing.T) {
	ts := newSession(t)
	ts.ok(`f := func() int { return 1 }`)
	ctx, cancel := context.WithTimeout(bg, 200*time.Millisecond)
	defer cancel()
	_, err := ts.s.Execute(ctx, newScope(99, &buf{}, &buf{}), "ch := make(chan int)\n<-ch")
	if e, ok := err.(*Error); !ok || e.Name != "TimeoutError" {
		t.Fatalf("got %v", err)
	}
	if c := ts.ok(`f()`); c.text() != "1" {
		t.Errorf("f() = %q", c.text())
	}
}
