package main

import "fmt"

type P struct{ X int }

func (p *P) Get() int { return p.X }

func main() {
	p := &P{}
	pp := &p
	fmt.Println(pp.Get())
}
