package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	Counter.Inc()
	fmt.Println("x")
}
