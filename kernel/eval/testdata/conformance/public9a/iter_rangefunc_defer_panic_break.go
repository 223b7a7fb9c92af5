package main

import (
	"errors"
	"fmt"
	"iter"
)

func Count(n int, log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, fmt.Sprintf("count(%d) done", n)) }()
		for i := 0; i < n; i++ {
			if !yield(i) {
				*log = append(*log, fmt.Sprintf("stopped at %d", i))
				return
			}
		}
	}
}

func firstOver(limit int, log *[]string) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = -1
		}
	}()
	for v := range Count(10, log) {
		defer func() { *log = append(*log, fmt.Sprintf("deferred in loop %d", v)) }()
		if v == 7 {
			panic("seven")
		}
		if v > limit {
			return v, nil
		}
	}
	return 0, errors.New("none")
}

func nested(log *[]string) int {
	total := 0
outer:
	for i := range Count(4, log) {
		for j := range Count(4, log) {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			total += 10*i + j
		}
	}
	return total
}

func main() {
	var log []string
	fmt.Println(firstOver(3, &log))
	fmt.Println(log)
	log = nil
	fmt.Println(firstOver(20, &log))
	fmt.Println(log)
	log = nil
	fmt.Println(nested(&log))
	fmt.Println(len(log), log[len(log)-2:])
	// a goto-free early return from nested range funcs in a closure
	find := func(target int) (int, int, bool) {
		for i := range Count(5, &log) {
			for j := range Count(5, &log) {
				if i*j == target {
					return i, j, true
				}
			}
		}
		return 0, 0, false
	}
	fmt.Println(find(6))
	fmt.Println(find(17))
}
