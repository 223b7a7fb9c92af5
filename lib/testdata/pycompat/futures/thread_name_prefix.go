package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func name() any {
	return threading.CurrentThread().Name
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "pool"}
	r, _ := ex.Submit(name).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	ex = &futures.ThreadPoolExecutor{MaxWorkers: 1}
	r, _ = ex.Submit(name).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	ex = &futures.ThreadPoolExecutor{MaxWorkers: 1}
	r, _ = ex.Submit(name).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
}
