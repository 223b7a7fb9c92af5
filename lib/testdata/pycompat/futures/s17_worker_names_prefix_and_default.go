package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func name() any { return threading.CurrentThread().GetName() }

func main() {
	for _, prefix := range []string{"calc", "", ""} {
		ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: prefix}
		r, _ := ex.Submit(name).Result()
		fmt.Println(r)
		ex.Shutdown(true, false)
	}
}
