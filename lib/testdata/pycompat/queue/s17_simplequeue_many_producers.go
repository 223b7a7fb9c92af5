package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func list(xs []any) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		if x == nil {
			s += "None"
		} else {
			s += fmt.Sprint(x)
		}
	}
	return s + "]"
}

func main() {
	q := queue.NewSimpleQueue()
	var ts []*threading.Thread
	for _, b := range []int{0, 1000, 2000} {
		ts = append(ts, &threading.Thread{Target: func() {
			for i := range 50 {
				q.Put(b + i)
			}
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var items []int
	for n := q.Qsize(); n > 0; n-- {
		items = append(items, q.Get().(int))
	}
	sum := 0
	per := map[int][]int{}
	for _, x := range items {
		sum += x
		per[x/1000] = append(per[x/1000], x)
	}
	fmt.Println(len(items), sum, pyBool(q.Empty()))
	ok := true
	for _, v := range per {
		ok = ok && sort.IntsAreSorted(v)
	}
	fmt.Println(pyBool(ok))
}
