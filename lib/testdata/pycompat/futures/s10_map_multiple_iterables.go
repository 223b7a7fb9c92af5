package main

import (
	"fmt"
	"math"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	a, b := []int{2, 3, 4}, []int{5, 2}
	var pairs []any
	for i := range min(len(a), len(b)) {
		pairs = append(pairs, [2]int{a[i], b[i]})
	}
	rs, _ := ex.Map(func(p any) any { q := p.([2]int); return int(math.Pow(float64(q[0]), float64(q[1]))) }, pairs)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	var triples []any
	for i := range 3 {
		triples = append(triples, []string{"abc"[i : i+1], "def"[i : i+1], "ghi"[i : i+1]})
	}
	rs, _ = ex.Map(func(t any) any { return strings.Join(t.([]string), "") }, triples)
	var qs []string
	for _, r := range rs {
		qs = append(qs, "'"+r.(string)+"'")
	}
	fmt.Println("[" + strings.Join(qs, ", ") + "]")
	rs, _ = ex.Map(func(x any) any { return len(x.(string)) }, nil)
	if len(rs) == 0 {
		fmt.Println("[]")
	}
	ex.Shutdown(true, false)
}
