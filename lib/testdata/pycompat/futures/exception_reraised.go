package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func fail(x int) any {
	panic(fmt.Sprintf("bad input %d", x))
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { return fail(7) })
	if _, err := f.Result(); err != nil {
		fmt.Println("caught:", err)
	}
	fmt.Println("exception():", f.Exception())
	fmt.Println(pyBool(f.Done()), pyBool(f.Cancelled()))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
