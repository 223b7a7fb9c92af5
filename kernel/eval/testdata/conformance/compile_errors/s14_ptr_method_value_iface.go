package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Incer interface{ Inc() }

func main() {
	var i Incer = Counter{}
	i.Inc()
	fmt.Println("ok")
}
