package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func none(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	ex := &futures.ThreadPoolExecutor{}
	f := ex.Submit(func() any { return 7 })
	r, _ := f.Result()
	fmt.Println(none(f.Exception()), r)
	g := ex.Submit(func() any { return nil })
	rg, _ := g.Result()
	fmt.Println(none(rg), none(g.Exception()))
	ex.Shutdown(true, false)
}
