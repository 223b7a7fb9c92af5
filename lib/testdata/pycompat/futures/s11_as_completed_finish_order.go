package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	events := make([]threading.Event, 3)
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := 0; i < 3; i++ {
		fs = append(fs, ex.Submit(func() any { events[i].Wait(); return i }))
	}
	var order []any
	ch := futures.AsCompleted(fs)
	for _, i := range []int{2, 0, 1} {
		events[i].Set()
		r, _ := (<-ch).Result()
		order = append(order, r)
	}
	fmt.Println(pyList(order))
	ex.Shutdown(true, false)
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
