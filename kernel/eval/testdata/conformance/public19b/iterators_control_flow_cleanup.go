package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func pairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		defer fmt.Println("pairs cleanup", n)
		for i := range n {
			if !yield(i, i*i) {
				fmt.Println("stopped early at", i)
				return
			}
		}
	}
}

func nested() iter.Seq[[2]int] {
	return func(yield func([2]int) bool) {
		for a := range pairs(3) {
			for b := range pairs(2) {
				if !yield([2]int{a, b}) {
					return
				}
			}
		}
	}
}

func withGoto() int {
	total := 0
	for i, sq := range pairs(10) {
		if sq > 20 {
			goto done
		}
		total += i
	}
done:
	return total
}

func selectInRange() []int {
	ch := make(chan int, 10)
	for i := range 10 {
		ch <- i
	}
	var got []int
loop:
	for i := range pairs(100) {
		select {
		case v := <-ch:
			if v == 4 {
				continue loop
			}
			if v == 7 {
				break loop
			}
			got = append(got, v*100+i)
		default:
			break loop
		}
	}
	return got
}

func deferInRange() (log []string) {
	for i := range pairs(3) {
		defer func() { log = append(log, fmt.Sprint("d", i)) }()
	}
	log = append(log, "body done")
	return
}

func panicInIter() (msg string) {
	defer func() { msg = fmt.Sprint("recovered: ", recover()) }()
	for i := range pairs(5) {
		if i == 2 {
			panic("in loop body")
		}
	}
	return "no panic"
}

func main() {
	for p := range nested() {
		fmt.Print(p, " ")
		if p == [2]int{1, 1} {
			break
		}
	}
	fmt.Println()
	fmt.Println(withGoto())
	fmt.Println(selectInRange())
	fmt.Println(deferInRange())
	fmt.Println(panicInIter())
	m := map[string]int{"c": 3, "a": 1, "b": 2}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, m[k], " ")
	}
	fmt.Println()
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys, len(slices.Collect(maps.Values(m))))
	idx := slices.IndexFunc(keys, func(s string) bool { return s > "a" })
	fmt.Println(idx)
	var collected []int
	for v := range slices.Values([]int{3, 1, 2}) {
		collected = append(collected, v)
	}
	fmt.Println(collected)
	next, stop := iter.Pull2(pairs(4))
	for {
		i, sq, ok := next()
		if !ok || i > 1 {
			break
		}
		fmt.Println("pulled", i, sq)
	}
	stop()
	stop()
}
