package main

import "fmt"

type Closer interface{ Close() error }

type F struct{}

func (f *F) Close() error { return nil }

func main() {
	var c Closer
	c = F{}
	fmt.Println(c.Close())
}
