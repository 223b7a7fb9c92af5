package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func f(x any) any {
	if x.(int) == 2 {
		panic(fmt.Sprintf("KeyError: %d", x))
	}
	return x
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	if _, err := ex.Map(f, []any{0, 1, 2, 3}); err != nil {
		fmt.Println(err)
	}
	ex.Shutdown(true, false)
}
