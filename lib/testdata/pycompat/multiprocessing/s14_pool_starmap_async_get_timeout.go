package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func area(w, h int) int {
	return w * h
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func list(xs []any) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(area, abs)
	p := multiprocessing.NewPool(2)
	r := p.StarmapAsync(area, [][]any{{2, 3}, {4, 5}, {6, 7}})
	v, _ := r.GetTimeout(20 * time.Second)
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println(list(v.([]any)), py[r.Ready()], py[r.Successful()])
	a, _ := p.Apply(area, 8, 9)
	b, _ := p.ApplyAsync(area, 1, 1).GetTimeout(20 * time.Second)
	fmt.Println(a, b)
	m, _ := p.Map(abs, []any{-3, 0, 3})
	fmt.Println(list(m))
	p.Terminate()
}
