package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func pow(a, b int) int {
	r := 1
	for i := 0; i < b; i++ {
		r *= a
	}
	return r
}

func quote(vs []any) string {
	var out []string
	for _, v := range vs {
		out = append(out, "'"+v.(string)+"'")
	}
	return "[" + strings.Join(out, ", ") + "]"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	// map(pow, xs, ys) stops at the shorter input: pairs of the two.
	as, bs := []int{2, 3, 4}, []int{5, 2}
	var pairs []any
	for i := 0; i < min(len(as), len(bs)); i++ {
		pairs = append(pairs, [2]int{as[i], bs[i]})
	}
	r, _ := ex.Map(func(p any) any { x := p.([2]int); return pow(x[0], x[1]) }, pairs)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(r), " ", ", "))
	r, _ = ex.Map(func(s any) any {
		b := []rune(s.(string))
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return string(b)
	}, []any{"abc", "xy", ""})
	fmt.Println(quote(r))
	r, _ = ex.Map(func(s any) any { return strings.ToUpper(s.(string)) }, []any{"h", "e", "y"})
	fmt.Println(quote(r))
	ex.Shutdown(true, false)
}
