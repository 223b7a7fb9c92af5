package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	try(func() { (&futures.ThreadPoolExecutor{MaxWorkers: -1}).Submit(func() any { return 1 }) })
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
