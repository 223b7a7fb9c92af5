package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func pyStrs(xs []any) string {
	var s []string
	for _, x := range xs {
		s = append(s, "'"+x.(string)+"'")
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var pairs []any
	for i, c := range "abcd" {
		pairs = append(pairs, [2]any{i, string(c)})
	}
	r, _ := ex.Map(func(p any) any { q := p.([2]any); return strings.Repeat(q[1].(string), q[0].(int)) }, pairs)
	fmt.Println(pyStrs(r))
	r, _ = ex.Map(func(s any) any { return strings.ToUpper(s.(string)) }, []any{"x", "yz", ""})
	fmt.Println(pyStrs(r))
	r, _ = ex.MapTimeout(func(l any) any { return len(l.([]int)) }, []any{[]int{}, []int{1}, []int{1, 2}}, 10*time.Second)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(r), " ", ", "))
	ex.Shutdown(true, false)
}
