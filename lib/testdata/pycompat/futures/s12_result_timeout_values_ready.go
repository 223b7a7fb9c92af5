package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{}
	f := ex.Submit(func() any { return 1 + 2 + 3 })
	a, _ := f.ResultTimeout(10 * time.Second)
	b, _ := f.ResultTimeout(0)
	c, _ := f.Result()
	fmt.Println(a, b, c)
	g := ex.Submit(func() any { return [2]int{17 / 5, 17 % 5} })
	r, _ := g.Result()
	p := r.([2]int)
	exc := "None"
	if g.Exception() != nil {
		exc = g.Exception().Error()
	}
	fmt.Printf("(%d, %d) %s\n", p[0], p[1], exc)
	ex.Shutdown(true, false)
}
