package main

import (
	"fmt"
	"strings"
)

// Both embedded types have a Len method at the same depth: p.Len is ambiguous.
type pipe struct {
	*strings.Reader
	*strings.Builder
}

func main() {
	p := pipe{strings.NewReader("abc"), &strings.Builder{}}
	fmt.Println(p.Len())
}
