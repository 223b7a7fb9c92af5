package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
			q = -1
		}
	}()
	return a / b, nil
}

func withCleanup() (result string, err error) {
	defer func() {
		if cerr := errors.New("cleanup failed"); err == nil {
			err = cerr
		}
	}()
	return "done", nil
}

func tripleReturn() (x int) {
	defer func() { x *= 3 }()
	return 5
}

func loopDefers() (out []int) {
	for i := range 3 {
		defer func() { out = append(out, i) }()
	}
	return []int{9}
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(withCleanup())
	fmt.Println(tripleReturn())
	fmt.Println(loopDefers())
}
