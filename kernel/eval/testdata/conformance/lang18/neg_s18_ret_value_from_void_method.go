package main

import "fmt"

type C struct{ n int }

func (c *C) Inc() {
	c.n++
	return c.n
}

func main() {
	c := &C{}
	c.Inc()
	fmt.Println(c.n)
}
