package main

import (
	"errors"
	"fmt"
)

func Count(n int, log *[]string) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, "iterator done") }()
		for i := 0; i < n; i++ {
			if !yield(i) {
				*log = append(*log, fmt.Sprint("stopped at ", i))
				return
			}
		}
	}
}

func find(n, target int) (res int, log []string) {
	defer func() { log = append(log, "find returns") }()
	for i := range Count(n, &log) {
		defer func() { log = append(log, fmt.Sprint("deferred in loop ", i)) }()
		if i == target {
			return i * 10, log
		}
	}
	return -1, log
}

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	r, log := find(5, 2)
	fmt.Println(r, log)
	var l2 []string
	err := safe(func() {
		for i := range Count(3, &l2) {
			if i == 1 {
				panic(errors.New("boom in body"))
			}
		}
	})
	fmt.Println(err, l2)
outer:
	for i := range Count(3, &l2) {
		for j := range Count(3, &l2) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	fmt.Println(len(l2))
}
