package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func power(base, exp int) int {
	r := 1
	for range exp {
		r *= base
	}
	return r
}

func main() {
	multiprocessing.Main(power)
	var pairs [][]any
	for _, b := range []int{2, 3} {
		for _, e := range []int{0, 1, 2} {
			pairs = append(pairs, []any{b, e})
		}
	}
	pool := multiprocessing.NewPool(2)
	rs, _ := pool.Starmap(power, pairs)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	r := pool.StarmapAsync(power, [][]any{{10, 3}})
	v, _ := r.GetTimeout(30 * time.Second)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(v), " ", ", "))
	pool.Terminate()
}
