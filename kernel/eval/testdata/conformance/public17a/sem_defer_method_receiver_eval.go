package main

import "fmt"

type T struct{ name string }

func (t T) Print()   { fmt.Println("value recv:", t.name) }
func (t *T) PPrint() { fmt.Println("ptr recv:", t.name) }
func show(s string)  { fmt.Println("arg:", s) }

func main() {
	t := T{"first"}
	defer t.Print()
	defer t.PPrint()
	defer show(t.name)
	f := t.Print
	defer f()
	defer func() { t.Print() }()
	t.name = "second"
	var fns []func()
	for _, n := range []string{"a", "b"} {
		tt := T{n}
		fns = append(fns, tt.Print)
		tt.name += "!"
	}
	for _, fn := range fns {
		fn()
	}
}
