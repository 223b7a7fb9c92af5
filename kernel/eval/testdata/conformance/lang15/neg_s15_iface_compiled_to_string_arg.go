package main

import (
	"fmt"
	"strings"
)

func main() {
	var s fmt.Stringer
	fmt.Println(strings.ToUpper(s))
}
