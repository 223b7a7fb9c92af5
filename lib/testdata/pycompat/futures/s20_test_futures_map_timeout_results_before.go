// After CPython's Lib/test/test_concurrent_futures.py ExecutorTest.test_map_timeout.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	sleep := func(x any) any {
		time.Sleep(time.Duration(x.(int)) * time.Second)
		return nil
	}
	results, err := ex.MapTimeout(sleep, []any{0, 0, 1}, 300*time.Millisecond)
	if errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError")
	}
	var s []string
	for _, r := range results {
		if r == nil {
			s = append(s, "None")
		}
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
	ex.Shutdown(true, false)
}
