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
	var order []string
	var lock threading.Lock
	var threads []*threading.Thread
	step := func(i int, prev *threading.Thread) {
		if prev != nil {
			prev.Join()
		}
		time.Sleep(time.Duration(5*(5-i)) * time.Millisecond)
		lock.Acquire()
		order = append(order, fmt.Sprint(i))
		lock.Release()
	}
	var prev *threading.Thread
	for i := 0; i < 5; i++ {
		p := prev
		t := &threading.Thread{Target: func() { step(i, p) }}
		threads = append(threads, t)
		prev = t
	}
	for _, t := range threads {
		t.Start()
	}
	threads[len(threads)-1].Join()
	var alive []string
	for _, t := range threads {
		alive = append(alive, pb(t.IsAlive()))
	}
	fmt.Println("["+strings.Join(order, ", ")+"]", "["+strings.Join(alive, ", ")+"]")
}
