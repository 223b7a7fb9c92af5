package main

import "fmt"

type P struct{ x int }

func (p P) Get() int      { return p.x }
func (p *P) Set(v int)    { p.x = v }
func (p P) Add(n int) int { return p.x + n }

func main() {
	get := P.Get
	set := (*P).Set
	add := P.Add
	p := P{1}
	set(&p, 5)
	fmt.Println(get(p), add(p, 3))
	ptrGet := (*P).Get
	fmt.Println(ptrGet(&p))
	fs := []func(P) int{P.Get, func(p P) int { return -p.x }}
	for _, f := range fs {
		fmt.Print(f(p), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", add)
}
