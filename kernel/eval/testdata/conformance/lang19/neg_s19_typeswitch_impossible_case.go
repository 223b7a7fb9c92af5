package main

import (
	"fmt"
	"io"
)

type Buf struct{}

func main() {
	var r io.Reader
	switch r.(type) {
	case Buf:
		fmt.Println("buf")
	}
}
