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

func job(x any) any {
	if x == 2 {
		gate.Wait()
	}
	return x.(int) * 2
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	out, err := ex.MapTimeout(job, []any{0, 1, 2, 3}, time.Second)
	if errors.Is(err, futures.ErrTimeout) {
		_, msg, _ := strings.Cut(err.Error(), "TimeoutError")
		fmt.Printf("TimeoutError '%s'\n", strings.TrimPrefix(msg, ": "))
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(out), " ", ", "))
	gate.Set()
	ex.Shutdown(true, false)
}
