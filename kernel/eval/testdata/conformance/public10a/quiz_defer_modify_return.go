package main

import "fmt"

func a() int {
	x := 1
	defer func() { x++ }() // x is not the result: no effect
	return x
}

func b() (x int) {
	defer func() { x++ }()
	return 1
}

func c() (x int) {
	defer func(x int) { x++ }(x) // a parameter shadows the result
	return 5
}

func d() (x int) {
	defer func() {
		recover()
		x = -1
	}()
	var arr []int
	return arr[3]
}

func e() (s []string) {
	s = append(s, "body")
	defer func() { s = append(s, "defer1") }()
	defer func() { s = append(s, "defer2") }()
	return append(s, "return")
}

func f() *int {
	x := 1
	defer func() { x = 100 }()
	return &x // the pointee changes after return
}

func main() {
	fmt.Println(a(), b(), c(), d(), e(), *f())
}
