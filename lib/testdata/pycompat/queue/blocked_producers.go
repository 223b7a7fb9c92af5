package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(2)

func producer(base int) {
	for i := 0; i < 5; i++ {
		q.Put(base + i)
	}
}

func main() {
	var ts []*threading.Thread
	for _, b := range []int{0, 10, 20} {
		ts = append(ts, &threading.Thread{Target: func() { producer(b) }})
	}
	for _, t := range ts {
		t.Start()
	}
	var got []int
	for i := 0; i < 15; i++ {
		got = append(got, q.Get().(int))
	}
	for _, t := range ts {
		t.Join()
	}
	sorted := slices.Clone(got)
	slices.Sort(sorted)
	var ss []string
	for _, x := range sorted {
		ss = append(ss, fmt.Sprint(x))
	}
	fmt.Println("["+strings.Join(ss, ", ")+"]", q.Qsize(), pyBool(q.Full()))
	for _, b := range []int{0, 10, 20} {
		var mine []int
		for _, x := range got {
			if b <= x && x < b+5 {
				mine = append(mine, x)
			}
		}
		fmt.Println(pyBool(slices.IsSorted(mine)))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
