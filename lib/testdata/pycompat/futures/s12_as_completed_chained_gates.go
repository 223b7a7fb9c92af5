package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	gates := make([]threading.Event, 4)
	task := func(i int) any {
		gates[i].Wait()
		return i * 10
	}
	order := []int{2, 0, 3, 1}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	fs := map[*futures.Future]int{}
	var list []*futures.Future
	for i := range 4 {
		f := ex.Submit(func() any { return task(i) })
		fs[f] = i
		list = append(list, f)
	}
	gates[order[0]].Set()
	var seen []string
	k := 0
	for f := range futures.AsCompleted(list) {
		r, _ := f.Result()
		seen = append(seen, fmt.Sprintf("(%d, %v)", fs[f], r))
		if k+1 < len(order) {
			gates[order[k+1]].Set()
		}
		k++
	}
	ex.Shutdown(true, false)
	fmt.Println("[" + strings.Join(seen, ", ") + "]")
}
