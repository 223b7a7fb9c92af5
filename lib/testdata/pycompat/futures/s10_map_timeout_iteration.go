package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func f(x any) any {
	if x.(int) == 2 {
		gate.Wait()
	}
	return x.(int) * 10
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	got, err := ex.MapTimeout(f, []any{0, 1, 2, 3}, time.Second)
	if errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError", "''")
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "))
	gate.Set()
	ex.Shutdown(true, false)
}
