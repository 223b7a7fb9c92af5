package main

import "fmt"

// f(a, s...) where a is passed to a parameter of an interface type: only
// the slice s is passed as is.

type Namer interface{ Name() string }

type Cat struct{ n string }

func (c Cat) Name() string { return "cat " + c.n }

func show(n Namer, xs ...int) string { return fmt.Sprint(n.Name(), xs) }

func showAny(a any, xs ...int) string { return fmt.Sprintf("%v %T %v", a, a, xs) }

func mkCat() Cat     { return Cat{"made"} }
func mkNamer() Namer { return Cat{"iface"} }

type T struct{}

func (T) show(n Namer, xs ...int) string { return fmt.Sprint("method ", n.Name(), xs) }

func main() {
	s := []int{1, 2}
	fmt.Println(show(Cat{"a"}, s...))
	fmt.Println(show(mkCat(), s...))
	fmt.Println(show(mkNamer(), s...))
	fmt.Println(show(Cat{"b"}, []int{}...))
	fmt.Println(showAny(Cat{"c"}, s...))
	f := show
	fmt.Println(f(Cat{"d"}, s...))
	var t T
	fmt.Println(t.show(Cat{"e"}, s...))
	lit := func(n Namer, xs ...int) string { return fmt.Sprint("lit ", n.Name(), len(xs)) }
	fmt.Println(lit(Cat{"f"}, s...))
}
