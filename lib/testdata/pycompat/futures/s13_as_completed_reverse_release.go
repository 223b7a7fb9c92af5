package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	gates := make([]*threading.Event, 4)
	for i := range gates {
		gates[i] = &threading.Event{}
	}
	task := func(i int) any {
		gates[i].Wait()
		return i
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var fs []*futures.Future
	for i := range 4 {
		fs = append(fs, ex.Submit(func() any { return task(i) }))
	}
	gates[3].Set()
	var order []string
	for f := range futures.AsCompleted(fs) {
		r, _ := f.Result()
		i := r.(int)
		order = append(order, fmt.Sprint(i))
		if i > 0 {
			gates[i-1].Set()
		}
	}
	ex.Shutdown(true, false)
	fmt.Println("[" + strings.Join(order, ", ") + "]")
}
