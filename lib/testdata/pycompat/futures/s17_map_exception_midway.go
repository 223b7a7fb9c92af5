package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	f := func(x any) any {
		if x.(int) == 2 {
			panic("ZeroDivisionError: division by zero")
		}
		return 10 / (x.(int) + 1)
	}
	got, err := ex.Map(f, []any{0, 1, 2, 3, 4})
	if err != nil {
		fmt.Printf("%s [%v, %v]\n", err, got[0], got[1])
	}
	ex.Shutdown(true, false)
}
