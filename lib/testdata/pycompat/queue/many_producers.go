package main

import (
	"fmt"
	"slices"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(0)

func produce(base int) {
	for i := range 100 {
		q.Put(base + i)
	}
}

func main() {
	var ts []*threading.Thread
	for b := range 4 {
		ts = append(ts, &threading.Thread{Target: func() { produce(b * 1000) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var items []int
	for !q.Empty() {
		items = append(items, q.Get().(int))
	}
	sum := 0
	for _, x := range items {
		sum += x
	}
	fmt.Println(len(items), sum)
	byBase := map[int][]int{}
	for _, x := range items {
		byBase[x/1000] = append(byBase[x/1000], x)
	}
	all := true
	for _, v := range byBase {
		all = all && slices.IsSorted(v)
	}
	fmt.Println(pyBool(all))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
