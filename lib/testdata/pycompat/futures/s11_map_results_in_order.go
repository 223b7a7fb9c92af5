package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func work(x any) any {
	time.Sleep(time.Duration(30*(5-x.(int))) * time.Millisecond)
	return x.(int) * x.(int)
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 5}
	r, _ := ex.Map(work, []any{0, 1, 2, 3, 4})
	fmt.Println(pyList(r))
	a, b := []int{1, 2, 3}, []int{10, 20}
	var pairs []any
	for i := 0; i < min(len(a), len(b)); i++ {
		pairs = append(pairs, [2]int{a[i], b[i]})
	}
	r, _ = ex.Map(func(p any) any { q := p.([2]int); return q[0] + q[1] }, pairs)
	fmt.Println(pyList(r))
	ex.Shutdown(true, false)
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
