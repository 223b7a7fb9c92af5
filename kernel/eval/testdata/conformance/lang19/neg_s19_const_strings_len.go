package main

import (
	"fmt"
	"strings"
)

const n = len(strings.Repeat("ab", 3))

func main() {
	fmt.Println(n)
}
