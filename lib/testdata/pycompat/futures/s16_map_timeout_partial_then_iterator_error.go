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
		if x.(int) == 2 {
			gate.WaitTimeout(30 * time.Second)
		}
		return x.(int) * 10
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	got, err := ex.MapTimeout(work, []any{0, 1, 2, 3}, 400*time.Millisecond)
	if errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError after", strings.ReplaceAll(fmt.Sprint(got), " ", ", "))
	}
	gate.Set()
	ex.Shutdown(true, false)
	fmt.Println("shut down")
}
