package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func show(xs []any) {
	var s []string
	for _, x := range xs {
		if str, ok := x.(string); ok {
			s = append(s, "'"+str+"'")
		} else {
			s = append(s, fmt.Sprint(x))
		}
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	r, _ := ex.Map(func(x any) any { return fmt.Sprint(x) }, nil)
	show(r)
	r, _ = ex.Map(func(x any) any { return strings.Repeat(x.(string), 3) }, []any{"ab"})
	show(r)
	var items []any
	for i := 0; i < 5; i++ {
		items = append(items, i)
	}
	r, _ = ex.Map(func(x any) any { return -x.(int) }, items)
	show(r)
	r, _ = ex.MapTimeout(func(x any) any { return len(x.(string)) }, []any{"", "a", "ab", "abc"}, 30*time.Second)
	show(r)
	ex.Shutdown(true, false)
}
