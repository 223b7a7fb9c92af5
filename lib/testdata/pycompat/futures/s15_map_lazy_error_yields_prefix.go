package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func inv(x any) any {
	if x.(int) == 0 {
		panic("integer division or modulo by zero")
	}
	return 10 / x.(int)
}

func list(vs []any) string {
	var s []string
	for _, v := range vs {
		s = append(s, fmt.Sprint(v))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	got, err := ex.Map(inv, []any{5, 2, 1, 0, 10})
	if err != nil {
		fmt.Println("stopped:", err)
	}
	fmt.Println(list(got))
	all, _ := ex.Map(inv, []any{1, 2, 5, 10})
	fmt.Println(list(all))
	pows, _ := ex.Map(func(p any) any {
		ab := p.([2]int)
		r := 1
		for i := 0; i < ab[1]; i++ {
			r *= ab[0]
		}
		return r
	}, []any{[2]int{2, 5}, [2]int{3, 2}})
	fmt.Println(list(pows))
	ex.Shutdown(true, false)
}
