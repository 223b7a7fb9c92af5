package main

import (
	"fmt"
	"iter"
)

var log []string

func Items(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		log = append(log, name+":open")
		defer func() { log = append(log, name+":close") }()
		for i := 0; i < n; i++ {
			if !yield(i) {
				log = append(log, name+":stopped")
				return
			}
		}
	}
}

func firstOver(limit int) (res int) {
	defer func() { log = append(log, fmt.Sprintf("firstOver returns %d", res)) }()
	for v := range Items("a", 10) {
		defer func() { log = append(log, fmt.Sprintf("deferred in body %d", v)) }()
		if v*v > limit {
			return v
		}
	}
	return -1
}

func nested() int {
	total := 0
outer:
	for i := range Items("outer", 4) {
		for j := range Items(fmt.Sprint("inner", i), 4) {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			total += i*10 + j
		}
	}
	return total
}

func main() {
	fmt.Println(firstOver(5))
	for _, l := range log {
		fmt.Println(l)
	}
	log = nil
	fmt.Println(nested())
	for _, l := range log {
		fmt.Println(l)
	}
}
