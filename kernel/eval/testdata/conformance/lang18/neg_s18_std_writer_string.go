package main

import (
	"fmt"
	"io"
)

func main() {
	var w io.Writer = "s"
	fmt.Println(w)
}
