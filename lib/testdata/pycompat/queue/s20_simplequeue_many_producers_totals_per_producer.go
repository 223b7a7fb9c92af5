package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.NewSimpleQueue()
	producer := func(pid, n int) {
		for i := 0; i < n; i++ {
			q.Put([2]int{pid, i})
		}
	}
	var ts []*threading.Thread
	for p := 0; p < 4; p++ {
		ts = append(ts, &threading.Thread{Target: func() { producer(p, 50+p) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	per := map[int]int{}
	last := map[int]int{}
	inOrder := true
	for !q.Empty() {
		v, _ := q.GetNowait()
		x := v.([2]int)
		per[x[0]]++
		l, ok := last[x[0]]
		if !ok {
			l = -1
		}
		if l+1 != x[1] {
			inOrder = false
		}
		last[x[0]] = x[1]
	}
	var keys []int
	for k := range per {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var items []string
	for _, k := range keys {
		items = append(items, fmt.Sprintf("(%d, %d)", k, per[k]))
	}
	fmt.Println("["+strings.Join(items, ", ")+"]", map[bool]string{true: "True", false: "False"}[inOrder], q.Qsize())
}
