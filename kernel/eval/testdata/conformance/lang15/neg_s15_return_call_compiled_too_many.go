package main

import (
	"fmt"
	"strconv"
)

func parse(s string) int {
	return strconv.Atoi(s)
}

func main() {
	fmt.Println(parse("1"))
}
