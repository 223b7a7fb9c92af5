package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.NewSimpleQueue()

func producer(base int) {
	for i := 0; i < 100; i++ {
		q.Put(base + i)
	}
}

func main() {
	var ts []*threading.Thread
	for _, b := range []int{0, 1000, 2000} {
		ts = append(ts, &threading.Thread{Target: func() { producer(b) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var got []int
	s := 0
	for i := 0; i < 300; i++ {
		x := q.Get().(int)
		got = append(got, x)
		s += x
	}
	fmt.Println(len(got), s, pyBool(q.Empty()))
	// FIFO: each producer's items come out in the order it put them (the
	// producers' items interleave when the threads run at once).
	ordered := true
	last := map[int]int{}
	for _, x := range got {
		if v, ok := last[x/1000]; ok && x < v {
			ordered = false
		}
		last[x/1000] = x
	}
	fmt.Println(pyBool(ordered))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
