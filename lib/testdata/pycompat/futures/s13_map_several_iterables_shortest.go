package main

import (
	"fmt"
	"math"

	"github.com/gonotes/gonotes/lib/futures"
)

func power(base, exp int) int { return int(math.Pow(float64(base), float64(exp))) }

func label(name string, n int, sep string) string { return fmt.Sprintf("%s%s%d", name, sep, n) }

// zip pairs up items as Python's map(fn, a, b) does, stopping at the shortest.
func zip2(a, b []int) []any {
	var out []any
	for i := 0; i < len(a) && i < len(b); i++ {
		out = append(out, [2]int{a[i], b[i]})
	}
	return out
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	pow2 := func(p any) any { x := p.([2]int); return power(x[0], x[1]) }
	r, _ := ex.Map(pow2, zip2([]int{2, 3, 4, 5}, []int{5, 2, 1}))
	fmt.Println(pyList(r, false))
	names, seps := "abc", []string{"-", "+", "*", "/"}
	var triples []any
	for i := 0; i < len(names) && i < 10 && i < len(seps); i++ {
		triples = append(triples, []any{string(names[i]), i, seps[i]})
	}
	r, _ = ex.Map(func(t any) any { x := t.([]any); return label(x[0].(string), x[1].(int), x[2].(string)) }, triples)
	fmt.Println(pyList(r, true))
	r, _ = ex.Map(pow2, zip2([]int{}, []int{1, 2}))
	fmt.Println(pyList(r, false))
	r, _ = ex.Map(pow2, zip2([]int{2, 3}, []int{3, 2}))
	fmt.Println(pyList(r, false))
	ex.Shutdown(true, false)
}

func pyList(xs []any, quote bool) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		if quote {
			s += fmt.Sprintf("'%v'", x)
		} else {
			s += fmt.Sprint(x)
		}
	}
	return s + "]"
}
