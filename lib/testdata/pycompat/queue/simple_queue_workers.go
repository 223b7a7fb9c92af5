package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.NewSimpleQueue()
var results = queue.NewSimpleQueue()

func worker() {
	for {
		n := q.Get()
		if n == nil {
			break
		}
		results.Put(n.(int) * n.(int))
	}
}

func main() {
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	for n := range 10 {
		q.Put(n)
	}
	for range ts {
		q.Put(nil)
	}
	for _, t := range ts {
		t.Join()
	}
	var out []int
	for !results.Empty() {
		out = append(out, results.Get().(int))
	}
	sort.Ints(out)
	fmt.Print("[")
	for i, x := range out {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Print(x)
	}
	fmt.Println("]", pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
