package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Contains("abc", 'a'))
}
