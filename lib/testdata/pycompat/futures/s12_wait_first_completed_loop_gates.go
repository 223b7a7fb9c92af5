package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	gates := make([]threading.Event, 3)
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var pending []*futures.Future
	for i := range 3 {
		pending = append(pending, ex.Submit(func() any { gates[i].Wait(); return i }))
	}
	var order []string
	for _, i := range []int{1, 2, 0} {
		gates[i].Set()
		var done []*futures.Future
		done, pending = futures.Wait(pending, futures.FirstCompleted)
		var rs []int
		for _, f := range done {
			r, _ := f.Result()
			rs = append(rs, r.(int))
		}
		sort.Ints(rs)
		order = append(order, strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	}
	ex.Shutdown(true, false)
	fmt.Println("["+strings.Join(order, ", ")+"]", len(pending))
}
