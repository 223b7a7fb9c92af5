package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pair(x int) []int { return []int{x, x * x} }

func power(base, exp int) int {
	r := 1
	for range exp {
		r *= base
	}
	return r
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func tuples(v any) string {
	var s []string
	for _, x := range v.([]any) {
		p := x.([]int)
		s = append(s, fmt.Sprintf("(%d, %d)", p[0], p[1]))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(pair, power)
	pool := multiprocessing.NewPool(2)
	rs, _ := pool.Map(pair, []int{3, 1, 2})
	for _, r := range rs {
		p := r.([]int)
		fmt.Println(p[0], p[1])
	}
	ar := pool.StarmapAsync(power, [][]any{{2, 3}, {3, 2}, {10, 0}})
	v, _ := ar.GetTimeout(30 * time.Second)
	var ps []string
	for _, x := range v.([]any) {
		ps = append(ps, fmt.Sprint(x))
	}
	fmt.Println("["+strings.Join(ps, ", ")+"]", pyBool(ar.Ready()), pyBool(ar.Successful()))
	var got []string
	ar = pool.MapAsync(pair, []int{0, 1, 2})
	ar.AddDoneCallback(func(value any, err error) {
		if err == nil {
			got = append(got, tuples(value))
		}
	})
	ar.WaitTimeout(30 * time.Second)
	fmt.Println("["+strings.Join(got, ", ")+"]", pyBool(ar.Ready()))
	pool.Terminate()
}
