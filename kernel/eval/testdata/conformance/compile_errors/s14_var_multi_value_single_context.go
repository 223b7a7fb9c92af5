package main

import (
	"fmt"
	"strings"
)

func main() {
	var before = strings.Cut("key=value", "=")
	fmt.Println(before)
}
