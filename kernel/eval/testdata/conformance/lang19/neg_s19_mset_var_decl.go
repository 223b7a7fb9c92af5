package main

import "fmt"

type Counter interface{ Inc() }

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	var k Counter = C{}
	k.Inc()
	fmt.Println("ok")
}
