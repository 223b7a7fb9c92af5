package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var mu sync.Mutex
	var got []string
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, name)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
	adders := map[string]func(int) int{}
	for _, n := range []int{1, 10} {
		adders[fmt.Sprint("add", n)] = func(x int) int { return x + n }
	}
	fmt.Println(adders["add1"](5), adders["add10"](5))
	acc := 0
	apply := func(fs ...func(int) int) {
		for _, f := range fs {
			acc = f(acc)
		}
	}
	apply(adders["add1"], adders["add10"], func(x int) int { return x * 3 })
	fmt.Println(acc)
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	gen := func() func() (int, bool) {
		data := []int{3, 1, 4}
		idx := 0
		return func() (int, bool) {
			if idx >= len(data) {
				return 0, false
			}
			idx++
			return data[idx-1], true
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Print(v, ",")
	}
	fmt.Println()
}
