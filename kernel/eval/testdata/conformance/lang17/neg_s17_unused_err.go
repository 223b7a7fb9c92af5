package main

import (
	"fmt"
	"strconv"
)

func parse() {
	n, err := strconv.Atoi("5")
	fmt.Println(n)
}

func main() {
	parse()
}
