package main

import "fmt"

type P struct{ X int }

func (p P) String() { return fmt.Sprint(p.X) }

func main() {
	fmt.Println(P{1})
}
