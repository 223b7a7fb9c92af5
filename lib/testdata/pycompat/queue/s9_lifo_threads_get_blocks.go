package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.NewLifoQueue(0)
var got []any
var lock threading.Lock

func consumer() {
	v := q.Get()
	lock.Acquire()
	got = append(got, v)
	lock.Release()
	w, _ := q.GetTimeout(5 * time.Second)
	lock.Acquire()
	got = append(got, w)
	lock.Release()
}

func main() {
	t := &threading.Thread{Target: consumer}
	t.Start()
	q.Put("first")
	for {
		lock.Acquire()
		n := len(got)
		lock.Release()
		if q.Qsize() == 0 && n >= 1 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	q.Put("second")
	t.Join()
	fmt.Printf("['%v', '%v']\n", got[0], got[1])
}
