package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

type Multiplier struct{ k int }

func (m Multiplier) Call(x int) int       { return m.k * x }
func (m Multiplier) Add(x int, y int) int { return m.k + x + y }
func pow(a, b int) int {
	r := 1
	for i := 0; i < b; i++ {
		r *= a
	}
	return r
}

func main() {
	m := Multiplier{3}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	r, _ := ex.Submit(func() any { return m.Call(5) }).Result()
	fmt.Println(r)
	r, _ = ex.Submit(func() any { return m.Add(1, 10) }).Result()
	fmt.Println(r)
	partial := func(b int) int { return pow(2, b) }
	r, _ = ex.Submit(func() any { return partial(8) }).Result()
	fmt.Println(r)
	rs, _ := ex.Map(func(x any) any { return m.Call(x.(int)) }, []any{1, 2, 3})
	fmt.Printf("[%v, %v, %v]\n", rs[0], rs[1], rs[2])
	r, _ = ex.Submit(func() any {
		s := []int{3, 1, 2}
		sort.Sort(sort.Reverse(sort.IntSlice(s)))
		return s
	}).Result()
	fmt.Println(strings.ReplaceAll(fmt.Sprint(r), " ", ", "))
	ex.Shutdown(true, false)
}
