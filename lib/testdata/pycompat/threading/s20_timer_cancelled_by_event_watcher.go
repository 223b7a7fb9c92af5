package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var fired []string
	var lock threading.Lock
	var stop threading.Event
	var timers []*threading.Timer
	for i := 0; i < 4; i++ {
		timers = append(timers, threading.NewTimer(time.Duration(100*(i+1))*time.Millisecond, func() {
			lock.Acquire()
			fired = append(fired, fmt.Sprint(i))
			lock.Release()
		}))
	}
	watcher := func() {
		stop.WaitTimeout(30 * time.Second)
		for _, t := range timers {
			t.Cancel()
		}
	}
	w := &threading.Thread{Target: watcher}
	w.Start()
	for _, t := range timers {
		t.Start()
	}
	timers[1].Join()
	stop.Set()
	w.Join()
	var alive []string
	for _, t := range timers {
		t.Join()
		alive = append(alive, pb(t.IsAlive()))
	}
	fmt.Println("["+strings.Join(fired, ", ")+"]", "["+strings.Join(alive, ", ")+"]")
}
