package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	keys := []string{"apple", "pear", "fig"}
	prices := map[string]int{"apple": 3, "pear": 5, "fig": 7}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var items []any
	for _, k := range keys {
		items = append(items, [2]any{k, prices[k]})
	}
	r, _ := ex.Map(func(kv any) any { p := kv.([2]any); return fmt.Sprintf("%s=%d", p[0], p[1].(int)*2) }, items)
	var s []string
	for _, x := range r {
		s = append(s, "'"+x.(string)+"'")
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
	a, b := []int{1, 2, 3}, []int{10, 20, 30}
	var pairs []any
	for i := range a {
		pairs = append(pairs, [2]int{a[i], b[i]})
	}
	r, _ = ex.Map(func(p any) any { q := p.([2]int); return q[0] * q[1] }, pairs)
	fmt.Printf("[%v, %v, %v]\n", r[0], r[1], r[2])
	var ks []any
	for _, k := range keys {
		ks = append(ks, k)
	}
	r, _ = ex.Map(func(k any) any { return len(k.(string)) }, ks)
	var d []string
	for i, k := range keys {
		d = append(d, fmt.Sprintf("'%s': %v", k, r[i]))
	}
	fmt.Println("{" + strings.Join(d, ", ") + "}")
	ex.Shutdown(true, false)
}
