package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func slow(x any) any {
	time.Sleep(10 * time.Millisecond * time.Duration(5-x.(int)))
	return x.(int) * 10
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 5}
	rs, _ := ex.Map(slow, []any{0, 1, 2, 3, 4})
	fmt.Printf("[%v, %v, %v, %v, %v]\n", rs...)
	ex.Shutdown(true, false)
}
