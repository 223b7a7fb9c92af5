package main

import (
	"fmt"
	"strconv"
)

var xs = []int{3, 1, 2}

func main() {
	len := len(xs)
	string, err := strconv.Itoa(len), error(nil)
	fmt.Println(string+"!", err)
	max := max(len, 10, xs[0])
	fmt.Println(max)
}
