package main

import (
	"fmt"
	"strings"
)

func main() {
	f := 2.0
	fmt.Println(strings.Repeat("a", f))
}
