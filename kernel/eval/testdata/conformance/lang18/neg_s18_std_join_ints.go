package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Join([]int{1, 2}, ","))
}
