// v, err := f() after v, err := f() in the same block of a function: no
// new variables.
package main

import (
	"fmt"
	"strconv"
)

func parse() (int, error) {
	v, err := strconv.Atoi("1")
	if err != nil {
		return 0, err
	}
	v, err := strconv.Atoi("2")
	return v, err
}

func main() {
	fmt.Println(parse())
}
