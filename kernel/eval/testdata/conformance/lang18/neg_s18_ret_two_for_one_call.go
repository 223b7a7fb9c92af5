package main

import (
	"fmt"
	"strconv"
)

func f() int {
	return strconv.Atoi("1")
}

func main() {
	fmt.Println(f())
}
