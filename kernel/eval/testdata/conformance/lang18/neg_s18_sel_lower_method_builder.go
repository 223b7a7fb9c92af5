package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.writeString("x")
	fmt.Println(b.String())
}
