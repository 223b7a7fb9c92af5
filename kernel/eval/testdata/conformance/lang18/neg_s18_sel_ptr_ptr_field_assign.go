package main

import "fmt"

type P struct{ X int }

func main() {
	p := &P{}
	pp := &p
	pp.X = 2
	fmt.Println(p.X)
}
