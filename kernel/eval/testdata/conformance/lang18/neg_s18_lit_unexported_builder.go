package main

import (
	"fmt"
	"strings"
)

func main() {
	b := strings.Builder{buf: nil}
	fmt.Println(b.Len())
}
