package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func job(n int) int {
	time.Sleep(time.Duration(n%3) * 10 * time.Millisecond)
	return n * 2
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var pending []*futures.Future
	for n := range 7 {
		pending = append(pending, ex.Submit(func() any { return job(n) }))
	}
	var got []int
	rounds := 0
	for len(pending) > 0 {
		var done []*futures.Future
		done, pending = futures.Wait(pending, futures.FirstCompleted)
		rounds++
		for _, f := range done {
			r, _ := f.Result()
			got = append(got, r.(int))
		}
	}
	ex.Shutdown(true, false)
	sort.Ints(got)
	fmt.Println(pyList(got), pyBool(rounds >= 1 && rounds <= 7))
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

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
