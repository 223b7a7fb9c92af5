package main

import "fmt"

type Speaker interface{ Speak() string }
type Walker interface{ Walk() string }
type Animal interface {
	Speaker
	Walker
}

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + ": woof" }
func (d *Dog) Walk() string { return d.name + " walks" }

func describe(x any) string {
	s := ""
	if sp, ok := x.(Speaker); ok {
		s += "[speaker " + sp.Speak() + "]"
	}
	if w, ok := x.(Walker); ok {
		s += "[walker " + w.Walk() + "]"
	}
	if _, ok := x.(Animal); ok {
		s += "[animal]"
	}
	return fmt.Sprintf("%T %s", x, s)
}

func main() {
	d := Dog{"rex"}
	fmt.Println(describe(d))
	fmt.Println(describe(&d))
	var a Animal = &d
	d.name = "max"
	fmt.Println(a.Speak(), a.Walk())
	var sp Speaker = d
	d.name = "changed"
	fmt.Println(sp.Speak())
	_, isWalker := sp.(Walker)
	fmt.Println(isWalker)
}
