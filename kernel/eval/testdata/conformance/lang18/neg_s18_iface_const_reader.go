package main

import (
	"fmt"
	"io"
)

func main() {
	var r io.Reader = "text"
	fmt.Println(r)
}
