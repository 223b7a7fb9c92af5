package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func label(n any) any {
	k := n.(int)
	return fmt.Sprintf("%d^2=%d", k, k*k)
}

func show(xs []any, quote bool) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		if quote {
			parts[i] = fmt.Sprintf("'%v'", x)
		} else {
			parts[i] = fmt.Sprint(x)
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	r, _ := ex.Map(label, []any{0, 1, 2, 3, 4, 5})
	fmt.Println(show(r, true))
	b := []int{10, 20, 30, 40}
	r, _ = ex.Map(func(a any) any { i := a.(int); return i + b[i-1] }, []any{1, 2, 3})
	fmt.Println(show(r, false))
	r, _ = ex.Map(label, []any{})
	fmt.Println(show(r, true))
	ex.Shutdown(true, false)
}
