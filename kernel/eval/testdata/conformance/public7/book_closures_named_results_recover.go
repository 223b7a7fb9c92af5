package main

import (
	"errors"
	"fmt"
	"strconv"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func parseAll(ss []string) (sum int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("parseAll(%d items): %w", len(ss), err)
		}
	}()
	for _, s := range ss {
		n, err := strconv.Atoi(s)
		if err != nil {
			return sum, err
		}
		sum += n
	}
	return sum, nil
}

func rethrow() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer got: ", r)
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("re-panic(%v)", r))
			}
		}()
		panic("first")
	}()
	return "unreachable"
}

type Stack struct{ items []int }

func (s *Stack) Pop() (v int, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = 0, false
		}
	}()
	v = s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func counterPair() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	_, err := parseAll([]string{"1", "zz"})
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Err == strconv.ErrSyntax)
	fmt.Println(rethrow())
	s := &Stack{[]int{1, 2}}
	for i := 0; i < 3; i++ {
		fmt.Print(s.Pop())
		fmt.Print(" ")
	}
	fmt.Println()
	inc, get := counterPair()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			defer func() { a, b = b, a+b }()
			return a
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("runtime error:", err)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println("index:", recover()) }()
		xs := []int{1, 2, 3}
		i := 5
		_ = xs[i]
	}()
	func() {
		defer func() { fmt.Println("assert:", recover()) }()
		var x any = "str"
		_ = x.(int)
	}()
	func() {
		defer func() { fmt.Println("custom:", recover()) }()
		panic(fmt.Errorf("wrapped %w", errors.New("inner")))
	}()
}
