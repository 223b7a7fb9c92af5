package main

import (
	"errors"
	"fmt"
)

type file struct {
	name   string
	closed *[]string
}

func (f *file) Close() error {
	*f.closed = append(*f.closed, f.name)
	if f.name == "b" {
		return errors.New("close b failed")
	}
	return nil
}

func process(names []string) (err error) {
	var closed []string
	defer func() { fmt.Println("closed:", closed) }()
	for _, n := range names {
		f := &file{n, &closed}
		defer func() {
			if cerr := f.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	return nil
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	fmt.Println(process([]string{"a", "b", "c"}))
	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))
	for i := range 3 {
		defer func(n int) { fmt.Print(n, i, " ") }(i * 10)
	}
	defer fmt.Println()
}
