package main

import (
	"fmt"
	"strconv"
)

// A student's first conversion: Atoi returns the number and an error, and
// Go rejects taking only one of them.
func main() {
	n := strconv.Atoi("42")
	fmt.Println(n + 1)
}
