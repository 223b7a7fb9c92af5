package main

import (
	"fmt"
	"io"
)

type sink struct{ n int }

func (s *sink) Write(p []byte) (int, error) { s.n += len(p); return len(p), nil }

func main() {
	var s sink
	fmt.Fprint(io.Writer(s), "x")
}
