package main

import (
	"fmt"
	"strings"
)

var depth int
var log []string

func trace(msg string) func() {
	log = append(log, strings.Repeat("  ", depth)+"enter "+msg)
	depth++
	return func() {
		depth--
		log = append(log, strings.Repeat("  ", depth)+"exit "+msg)
	}
}

func sum(vals ...int) int {
	defer trace(fmt.Sprintf("sum%v", vals))()
	total := 0
	for _, v := range vals {
		total += v
	}
	return total
}

func double(x int) (result int) {
	defer func() { log = append(log, fmt.Sprintf("double(%d) = %d", x, result)) }()
	return x + x
}

func triple(x int) (result int) {
	defer func() { result += x }()
	return double(x)
}

func errorf(linenum int, format string, args ...any) string {
	return fmt.Sprintf("Line %d: ", linenum) + fmt.Sprintf(format, args...)
}

func outer() int {
	defer trace("outer")()
	return sum(1, 2) + sum() + sum([]int{4, 5, 6}...)
}

func main() {
	fmt.Println(outer())
	fmt.Println(triple(4))
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println(errorf(12, "undefined: %s (%d)", "count", 3))
	fmt.Printf("%T %T\n", sum, errorf)
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
}
