package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Index int
	Word  string
	Err   error
}

func (e *ParseError) Error() string {
	return "parse error on word " + strconv.Itoa(e.Index+1) + " (" + e.Word + "): " + e.Err.Error()
}

func parseAll(words []string) (nums []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			var ok bool
			err, ok = r.(error)
			if !ok {
				err = fmt.Errorf("pkg: %v", r)
			}
		}
	}()
	for i, w := range words {
		n, e := strconv.Atoi(w)
		if e != nil {
			panic(&ParseError{i, w, e})
		}
		nums = append(nums, n)
	}
	return nums, nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func safeIndex(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return xs[i], nil
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("re-panic(", r, ")"))
		}
	}()
	panic("first")
}

func main() {
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	n, err := parseAll([]string{"4", "x5"})
	fmt.Println(n, err)
	var pe *ParseError
	fmt.Println(errors.As(err, &pe), pe.Word)
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(safeIndex([]int{1, 2}, 5))
	fmt.Println(nested())
	func() {
		defer func() { fmt.Println("recover returns nil outside panic:", recover()) }()
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var m map[string]int
		m["a"] = 1
	}()
	func() {
		defer func() {
			r := recover()
			err := r.(error)
			fmt.Println(err.Error())
		}()
		var i any = "str"
		_ = i.(int)
	}()
}
