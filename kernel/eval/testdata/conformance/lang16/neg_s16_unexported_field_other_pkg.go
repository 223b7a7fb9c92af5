package main

import "fmt"
import "strings"

func main() {
	var b strings.Builder
	fmt.Println(b.buf)
}
