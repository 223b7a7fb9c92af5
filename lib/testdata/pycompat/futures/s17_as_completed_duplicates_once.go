package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	a, b := futures.NewFuture(), futures.NewFuture()
	a.SetResult(1)
	b.SetResult(2)
	var got []int
	for f := range futures.AsCompleted([]*futures.Future{a, a, b, a}) {
		r, _ := f.Result()
		got = append(got, r.(int))
	}
	sort.Ints(got)
	fmt.Println(fmt.Sprint(got)[:0] + fmt.Sprintf("%v", pyList(got)))
	c := futures.NewFuture()
	c.Cancel()
	c.SetRunningOrNotifyCancel()
	var cs []string
	for f := range futures.AsCompleted([]*futures.Future{c, c}) {
		cs = append(cs, map[bool]string{true: "True", false: "False"}[f.Cancelled()])
	}
	fmt.Println(cs)
	n := 0
	for range futures.AsCompleted(nil) {
		n++
	}
	fmt.Println("[]")
}

func pyList(xs []int) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}
