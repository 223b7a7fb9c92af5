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
	var finished []string
	var lock threading.Lock
	task := func(x any) any {
		i := x.(int)
		gates[i].Wait()
		lock.Acquire()
		finished = append(finished, fmt.Sprint(i))
		lock.Release()
		if i > 0 {
			gates[i-1].Set()
		}
		return fmt.Sprintf("r%d", i)
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	gates[3].Set()
	rs, _ := ex.Map(task, []any{0, 1, 2, 3})
	var out []string
	for _, r := range rs {
		out = append(out, "'"+r.(string)+"'")
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	ex.Shutdown(true, false)
	fmt.Println("finished in", "["+strings.Join(finished, ", ")+"]")
}
