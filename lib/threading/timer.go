package threading

import "time"

// Timer is a thread that runs Function after Interval unless cancelled
// first, as Python's threading.Timer. Its Thread gives it a Name, Daemon,
// Join, IsAlive...
//
//	t := threading.NewTimer(2*time.Second, func() { fmt.Println("time!") })
//	t.Start()
//	t.Cancel() // if it has not fired yet
type Timer struct {
	Thread
	// Interval is how long the timer waits before running Function.
	Interval time.Duration
	// Function is what the timer runs.
	Function func()

	finished Event
}

// NewTimer returns a timer that runs fn after d once started (Python's
// Timer(interval, function)). It is named "Thread-N" now, as Python names
// a Timer when it is made: a Timer made before a Thread gets the smaller
// N. (A Timer literal is named when first looked at, as a Thread.)
func NewTimer(d time.Duration, fn func()) *Timer {
	t := &Timer{Interval: d, Function: fn}
	t.kind = "Timer"
	t.defaultName()
	return t
}

// Start starts the timer's thread. Starting it twice panics as for a
// Thread.
func (t *Timer) Start() {
	t.kind = "Timer"
	t.run = t.fire
	t.Thread.Start()
}

func (t *Timer) fire() {
	if !t.finished.WaitTimeout(t.Interval) && t.Function != nil {
		t.Function()
	}
	t.finished.Set()
}

// Cancel stops the timer if it has not fired yet.
func (t *Timer) Cancel() { t.finished.Set() }

// String returns e.g. "<Timer(Thread-3, started 1234)>".
func (t *Timer) String() string { return t.repr("Timer") }
