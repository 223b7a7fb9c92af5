package main

import (
	"fmt"
	"io"
	"strings"
)

type counter struct {
	n int
	b strings.Builder
}

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.b.Write(p)
}
func (c *counter) String() string { return fmt.Sprintf("%d bytes: %q", c.n, c.b.String()) }

func main() {
	c := &counter{}
	var w io.Writer = c
	fmt.Fprintf(w, "hello %s", "world")
	io.WriteString(w, "!")
	if s, ok := w.(fmt.Stringer); ok {
		fmt.Println(s.String())
	}
	var x any = w
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println("via any:", s)
	}
	fmt.Println(w)
}
