package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	slow := func(x any) any {
		if x == 3 {
			gate.Wait()
		}
		return x.(int) * 10
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	got, err := ex.MapTimeout(slow, []any{1, 2, 3, 4}, 50*time.Millisecond)
	if err == futures.ErrTimeout {
		fmt.Println("TimeoutError after", pyList(got))
	}
	gate.Set()
	ex.Shutdown(true, false)
	fmt.Println("True")
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
