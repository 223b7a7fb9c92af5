package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/threading"
)

func where() any {
	return fmt.Sprintf("('%s', '%s')", multiprocessing.CurrentProcess().GetName(), threading.CurrentThread().GetName())
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "io"}
	r, _ := ex.Submit(where).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	fmt.Println(where())
}
