package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var pq = queue.NewPriorityQueue(0)
var got []any
var started, more threading.Event
var mu threading.Lock

func getter() {
	started.Set()
	v0 := pq.Get()
	mu.Acquire()
	got = append(got, v0)
	mu.Release()
	more.Wait()
	v, _ := pq.GetTimeout(10 * time.Second)
	got = append(got, v)
}

func main() {
	t := &threading.Thread{Target: getter}
	t.Start()
	started.Wait()
	pq.Put(3)
	for {
		mu.Acquire()
		n := len(got)
		mu.Release()
		if n > 0 {
			break
		}
	}
	pq.Put(1)
	pq.Put(0)
	more.Set()
	t.Join()
	fmt.Printf("[%v, %v] %d\n", got[0], got[1], pq.Qsize())
}
