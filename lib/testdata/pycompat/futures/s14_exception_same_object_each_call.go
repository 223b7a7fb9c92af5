package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func fail(n int) any {
	panic(fmt.Sprintf("missing %d", n))
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { return fail(7) })
	e1 := f.Exception()
	e2 := f.Exception()
	fmt.Println(py(e1 == e2), e1)
	if _, err := f.Result(); err != nil {
		fmt.Println("result raises the same:", py(err == e1))
	}
	g := ex.Submit(func() any { return fail(8) })
	fmt.Println(py(g.Exception().Error() != e1.Error()))
	ex.Shutdown(true, false)
}
