package main

import (
	"fmt"
	"sync"
	"time"
)

type debouncer struct {
	mu    sync.Mutex
	t     *time.Timer
	fired []string
	done  chan struct{}
}

func (d *debouncer) call(v string, wait time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.t != nil {
		d.t.Stop()
	}
	d.t = time.AfterFunc(wait, func() {
		d.mu.Lock()
		d.fired = append(d.fired, v)
		d.mu.Unlock()
		d.done <- struct{}{}
	})
}

func main() {
	d := &debouncer{done: make(chan struct{}, 4)}
	for _, v := range []string{"a", "b", "c"} {
		d.call(v, 200*time.Millisecond)
	}
	<-d.done
	fmt.Println(d.fired)
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("after")
	}
}
