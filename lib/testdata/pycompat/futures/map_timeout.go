package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event
var ran []any

func f(x any) any {
	ran = append(ran, x)
	if x.(int) == 1 {
		gate.Wait()
	}
	return x.(int) * 10
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	out, err := ex.MapTimeout(f, []any{0, 1, 2, 3}, 500*time.Millisecond)
	if errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError")
	}
	fmt.Printf("[%v]\n", out[0])
	gate.Set()
	ex.Shutdown(true, false)
	fmt.Printf("[%v, %v]\n", ran...)
}
