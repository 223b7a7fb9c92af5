package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func outer(n any) any {
	inner := &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: fmt.Sprintf("inner%d", n)}
	defer inner.Shutdown(true, false)
	rs, _ := inner.Map(func(x any) any { return x.(int) * n.(int) }, []any{0, 1, 2, 3})
	s := 0
	for _, r := range rs {
		s += r.(int)
	}
	return s
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "outer"}
	rs, _ := ex.Map(outer, []any{1, 2, 3})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	ex.Shutdown(true, false)
}
