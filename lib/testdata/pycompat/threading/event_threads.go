package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var start threading.Event
var results []int
var lock threading.Lock

func worker(i int) {
	start.Wait()
	lock.Acquire()
	results = append(results, i)
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := range 5 {
		ts = append(ts, &threading.Thread{Target: func() { worker(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	fmt.Println("before set:", pyInts(results))
	start.Set()
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(results)
	fmt.Println("after set:", pyInts(results))
}

func pyInts(xs []int) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}
