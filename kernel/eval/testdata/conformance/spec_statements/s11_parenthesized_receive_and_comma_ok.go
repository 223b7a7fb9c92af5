package main

import "fmt"

// A receive in a select case, and the single operand of a comma-ok
// assignment, may be parenthesized: case x := (<-ch), v, ok := (m[k])
// (the interpreter refused them: "invalid operation: receive from non-chan
// type", "unsupported assign expression").

func main() {
	c := make(chan int, 1)
	c <- 4
	select {
	case x := (<-c):
		fmt.Println("got", x)
	}
	close(c)
	select {
	case x, ok := (<-c):
		fmt.Println("closed", x, ok)
	}
	d := make(chan string, 1)
	d <- "s"
	var y string
	select {
	case y = (<-d):
	}
	fmt.Println(y)

	m := map[string]int{"a": 1}
	v, ok := (m["a"])
	var i any = "text"
	s, isStr := (i.(string))
	var w, found = (m["b"])
	fmt.Println(v, ok, s, isStr, w, found)
}
