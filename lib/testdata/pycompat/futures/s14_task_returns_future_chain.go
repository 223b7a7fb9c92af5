package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func makeFuture(v int) *futures.Future {
	f := futures.NewFuture()
	f.SetResult(v * 3)
	return f
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	outer := ex.Submit(func() any { return makeFuture(14) })
	r, _ := outer.Result()
	inner := r.(*futures.Future)
	v, _ := inner.Result()
	fmt.Println("Future", map[bool]string{true: "True", false: "False"}[inner.Done()], v)
	chained := ex.Submit(func() any {
		x, _ := ex.Submit(func() any { return 81 }).Result()
		return x.(int) + 1
	})
	c, _ := chained.Result()
	fmt.Println(c)
	ex.Shutdown(true, false)
}
