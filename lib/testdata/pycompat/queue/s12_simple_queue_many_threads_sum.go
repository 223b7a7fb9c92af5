package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	sq := queue.NewSimpleQueue()
	work := func(k int) {
		for i := range 100 {
			sq.Put(k*1000 + i)
		}
	}
	var ts []*threading.Thread
	for k := range 4 {
		ts = append(ts, &threading.Thread{Target: func() { work(k) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	total := 0
	n := sq.Qsize()
	for !sq.Empty() {
		total += sq.Get().(int)
	}
	fmt.Println(n, total, sq.Qsize())
}
