package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var quick, slow []*futures.Future
	for i := range 2 {
		quick = append(quick, ex.Submit(func() any { return i }))
	}
	futures.Wait(quick, futures.AllCompleted)
	for range 3 {
		slow = append(slow, ex.Submit(func() any { gate.Wait(); return nil }))
	}
	var got []int
	ch, errf := futures.AsCompletedTimeout(append(append([]*futures.Future{}, quick...), slow...), 0)
	for f := range ch {
		r, _ := f.Result()
		got = append(got, r.(int))
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	sort.Ints(got)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "))
	ch, errf = futures.AsCompletedTimeout(slow, -time.Second)
	for range ch {
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	gate.Set()
	ex.Shutdown(true, false)
	n := 0
	ch, _ = futures.AsCompletedTimeout(append(append([]*futures.Future{}, quick...), slow...), 0)
	for range ch {
		n++
	}
	fmt.Println(n)
}
