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
	fmt.Println(pyBool(got[0] <= got[1] && got[1] <= got[2]))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
