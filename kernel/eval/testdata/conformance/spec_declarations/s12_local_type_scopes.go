package main

// The scope of a type declared in a function begins at its identifier and
// ends with the innermost block: an inner block may declare a type of the
// same name (another type), a type may refer to itself, and an alias keeps
// the outer type visible under another name.

import "fmt"

type node struct{ name string }

func chain() any {
	type node struct {
		v    int
		next *node // this node, not the package's
	}
	n := &node{1, &node{2, nil}}
	fmt.Println("chain:", n.v, n.next.v, n.next.next == nil)
	return n
}

func main() {
	x := chain()
	_, isPkg := x.(*node)
	fmt.Printf("%T %v\n", x, isPkg)

	type Celsius int
	var outer any = Celsius(20)
	{
		type Celsius string
		var inner any = Celsius("warm")
		fmt.Printf("%T %v | %T %v | %v\n", outer, outer, inner, inner, inner == any(Celsius("warm")))
		if true {
			var c Celsius = "hot"
			fmt.Println(c + "!")
		}
	}
	fmt.Println(outer == any(Celsius(20)))

	func() {
		type T int
		{
			type Prev = T
			type T struct{ a, b Prev }
			v := T{1, 2}
			fmt.Printf("%+v %T %T\n", v, v, v.a)
		}
	}()
}
