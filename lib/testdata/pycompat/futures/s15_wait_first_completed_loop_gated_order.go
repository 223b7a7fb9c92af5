package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gates [4]threading.Event

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var pending []*futures.Future
	for i := 0; i < 4; i++ {
		pending = append(pending, ex.Submit(func() any { gates[i].Wait(); return i }))
	}
	var order []int
	for _, i := range []int{2, 0, 3, 1} {
		gates[i].Set()
		var done []*futures.Future
		done, pending = futures.Wait(pending, futures.FirstCompleted)
		for _, f := range done {
			r, _ := f.Result()
			order = append(order, r.(int))
		}
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(order), " ", ", "), len(pending))
	ex.Shutdown(true, false)
}
