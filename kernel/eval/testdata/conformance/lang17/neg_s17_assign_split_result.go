package main

import (
	"fmt"
	"strings"
)

func main() {
	var s string = strings.Split("a,b", ",")
	fmt.Println(s)
}
