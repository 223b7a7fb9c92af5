package main

import (
	"fmt"
	"iter"
	"slices"
)

func counted(n int, log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, "seq done") }()
		for i := range n {
			if !yield(i) {
				*log = append(*log, fmt.Sprint("stopped at ", i))
				return
			}
		}
	}
}

func find(seq iter.Seq[int], want int) (int, bool) {
	for v := range seq {
		if v == want {
			return v * 10, true
		}
	}
	return 0, false
}

func main() {
	var log []string
	fmt.Println(find(counted(5, &log), 3))
	fmt.Println(find(counted(2, &log), 3))
	fmt.Println(log)

	log = nil
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for v := range counted(4, &log) {
			if v == 2 {
				panic("boom at 2")
			}
		}
	}()
	fmt.Println(log)

	out := []string{}
outer:
	for i := range counted(3, &log) {
		for j := range slices.Values([]int{0, 1, 2}) {
			if j > i {
				continue outer
			}
			if i == 2 && j == 1 {
				break outer
			}
			out = append(out, fmt.Sprint(i, j))
		}
	}
	fmt.Println(out)

	deferred := []int{}
	func() {
		for v := range counted(3, &log) {
			defer func() { deferred = append(deferred, v) }()
		}
	}()
	fmt.Println(deferred)
}
