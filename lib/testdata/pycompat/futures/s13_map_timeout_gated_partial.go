package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	work := func(x any) any {
		if x.(int) >= 2 {
			gate.Wait()
		}
		return x.(int) * 10
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	ready, _ := ex.Map(work, []any{0, 1})
	fmt.Println("fast ones:", pyList(ready))
	got, err := ex.MapTimeout(work, []any{0, 1, 2, 3}, time.Second)
	if errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError", "''", "after", pyList(got))
	}
	gate.Set()
	ex.Shutdown(true, false)
	fmt.Println("done")
}

func pyList(xs []any) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprint(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}
