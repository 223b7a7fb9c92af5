package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func main() {
	fib := func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
	var firsts []int
	for v := range fib {
		if v > 100 {
			break
		}
		firsts = append(firsts, v)
	}
	fmt.Println(firsts)

	var words iter.Seq[string] = func(yield func(string) bool) {
		for _, w := range strings.Fields("one two three four five") {
			if !yield(w) {
				return
			}
		}
	}
	upper := slices.Collect(func(yield func(string) bool) {
		for w := range words {
			if len(w) > 3 && !yield(strings.ToUpper(w)) {
				return
			}
		}
	})
	fmt.Println(upper)

	next, stop := iter.Pull(words)
	w1, _ := next()
	w2, _ := next()
	stop()
	fmt.Println(w1, w2)

	count := 0
	for range words {
		count++
	}
	seen := map[int]bool{}
	for i, w := range slices.All(slices.Collect(words)) {
		seen[len(w)] = true
		if i == 3 {
			break
		}
	}
	fmt.Println(count, len(seen))
	total := 0
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		total += i
	}
	fmt.Println(total)
}
