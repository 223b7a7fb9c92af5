package main

import (
	"bytes"
	"fmt"
)

func main() {
	bytes.Buffer{}.WriteString("x")
	fmt.Println("x")
}
