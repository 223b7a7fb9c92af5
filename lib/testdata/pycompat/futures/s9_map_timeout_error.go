package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func f(x any) any {
	if x.(int) == 1 {
		gate.Wait()
	}
	return x
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	if _, err := ex.MapTimeout(f, []any{0, 1, 2}, 50*time.Millisecond); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError")
	}
	gate.Set()
	ex.Shutdown(true, false)
}
