package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func name() any {
	return threading.CurrentThread().GetName()
}

func result(f *futures.Future) any {
	r, _ := f.Result()
	return r
}

func main() {
	a := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	b := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	named := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "io"}
	c := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	fmt.Println(result(c.Submit(name)))
	fmt.Println(result(b.Submit(name)))
	fmt.Println(result(named.Submit(name)))
	fmt.Println(result(a.Submit(name)))
	for _, ex := range []*futures.ThreadPoolExecutor{a, b, named, c} {
		ex.Shutdown(true, false)
	}
	d := &futures.ThreadPoolExecutor{}
	fmt.Println(result(d.Submit(name)))
	d.Shutdown(true, false)
}
