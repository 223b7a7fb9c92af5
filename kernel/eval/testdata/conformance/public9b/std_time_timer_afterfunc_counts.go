package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Debouncer struct {
	mu    sync.Mutex
	timer *time.Timer
	fired atomic.Int32
	calls int
	done  chan struct{}
}

func (d *Debouncer) Trigger(delay time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls++
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(delay, func() {
		d.fired.Add(1)
		close(d.done)
	})
}

func main() {
	d := &Debouncer{done: make(chan struct{})}
	for range 5 {
		d.Trigger(time.Hour)
	}
	d.mu.Lock()
	stopped := d.timer.Stop()
	d.mu.Unlock()
	fmt.Println("calls", d.calls, "stopped last", stopped, "fired", d.fired.Load())
	d.Trigger(time.Millisecond)
	<-d.done
	fmt.Println("fired after short trigger:", d.fired.Load())
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Stop(), t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("timer fired once; reset reports", t.Reset(time.Hour), t.Stop())
	tk := time.NewTicker(time.Millisecond)
	n := 0
	for range tk.C {
		if n++; n == 4 {
			tk.Stop()
			break
		}
	}
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("ticks", n, "then quiet")
	}
}
