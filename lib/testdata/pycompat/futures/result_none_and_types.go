package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	ex := &futures.ThreadPoolExecutor{}
	f := ex.Submit(func() any { return nil })
	r, _ := f.Result()
	fmt.Println(pyNone(r), pyNone(f.Exception()), pyBool(f.Done()))
	g := ex.Submit(func() any { return []any{1, "two", 3.0} })
	gr, _ := g.Result()
	xs := gr.([]any)
	fmt.Printf("[%v, '%v', %.1f]\n", xs[0], xs[1], xs[2])
	h := ex.Submit(func() any { return map[string][2]int{"k": {1, 2}} })
	hr, _ := h.Result()
	fmt.Println(hr.(map[string][2]int)["k"][1])
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
