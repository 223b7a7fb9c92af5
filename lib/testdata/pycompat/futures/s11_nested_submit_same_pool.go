package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	leaf := func(x int) any { return x + 1 }
	parent := func(x int) any {
		a := ex.Submit(func() any { return leaf(x) })
		b := ex.Submit(func() any { return leaf(x * 10) })
		ra, _ := a.Result()
		rb, _ := b.Result()
		return ra.(int) + rb.(int)
	}
	var out []any
	var fs []*futures.Future
	for _, i := range []int{1, 2} {
		fs = append(fs, ex.Submit(func() any { return parent(i) }))
	}
	for _, f := range fs {
		r, _ := f.Result()
		out = append(out, r)
	}
	fmt.Println(pyList(out))
	ex.Shutdown(true, false)
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
