package main

import (
	"fmt"
	"strings"
)

func main() {
	strings.Builder{}.WriteString("x")
	fmt.Println("done")
}
