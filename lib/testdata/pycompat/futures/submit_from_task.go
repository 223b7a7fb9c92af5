package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

var ex = &futures.ThreadPoolExecutor{MaxWorkers: 2}

func inner(x int) any {
	return x + 1
}

func outer(x int) any {
	r, _ := ex.Submit(func() any { return inner(x * 10) }).Result()
	return r
}

func main() {
	r, _ := ex.Submit(func() any { return outer(4) }).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
}
