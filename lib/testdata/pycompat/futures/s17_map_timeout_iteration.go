package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	f := func(x any) any {
		if x.(int) == 2 {
			gate.WaitTimeout(30 * time.Second)
		}
		return x.(int) * 10
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	got, err := ex.MapTimeout(f, []any{1, 2, 3, 4}, 100*time.Millisecond)
	if errors.Is(err, futures.ErrTimeout) {
		fmt.Print("TimeoutError '' [")
		for i, g := range got {
			if i > 0 {
				fmt.Print(", ")
			}
			fmt.Print(g)
		}
		fmt.Println("]")
	}
	gate.Set()
	ex.Shutdown(true, false)
}
