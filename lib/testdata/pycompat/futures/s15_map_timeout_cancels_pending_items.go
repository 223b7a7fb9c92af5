package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	gate threading.Event
	ran  []int
)

func task(i any) any {
	gate.Wait()
	ran = append(ran, i.(int))
	return i
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	rs, err := ex.MapTimeout(task, []any{0, 1, 2, 3, 4}, 200*time.Millisecond)
	for _, r := range rs {
		fmt.Println("got", r)
	}
	if errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError", "''")
	}
	gate.Set()
	ex.Shutdown(true, false)
	fmt.Println("ran", strings.ReplaceAll(fmt.Sprint(ran), " ", ", "))
}
