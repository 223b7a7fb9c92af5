package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var inner = &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "inner"}

func outerTask(x any) any {
	n := x.(int)
	var parts []*futures.Future
	for k := 1; k < 4; k++ {
		parts = append(parts, inner.Submit(func() any { return k * n }))
	}
	sum := 0
	for _, p := range parts {
		r, _ := p.Result()
		sum += r.(int)
	}
	return fmt.Sprintf("(%d, %d)", n, sum)
}

func main() {
	outer := &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "outer"}
	rs, _ := outer.Map(outerTask, []any{1, 2, 3})
	outer.Shutdown(true, false)
	var s []string
	for _, r := range rs {
		s = append(s, r.(string))
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
	inner.Shutdown(true, false)
	fmt.Println("done")
}
