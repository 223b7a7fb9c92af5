package main

import (
	"fmt"
	"io"
)

type R struct{ *io.Reader }

func main() {
	fmt.Println(R{})
}
