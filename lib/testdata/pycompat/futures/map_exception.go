package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func f(x any) any {
	if x.(int) == 3 {
		panic("division by zero")
	}
	return x
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	out, err := ex.Map(f, []any{0, 1, 2, 3, 4, 5})
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("[%v, %v, %v]\n", out...)
	ex.Shutdown(true, false)
}
