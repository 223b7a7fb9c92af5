package main

import (
	"fmt"
	"strings"
)

type Name string

func main() {
	n := Name("ada")
	fmt.Println(strings.ToUpper(n))
}
