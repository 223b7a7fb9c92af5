package main

import "fmt"

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Name struct{ first, last string }

func (n Name) String() string { return n.first + " " + n.last }

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error wins" }

type Wrapper struct {
	N Name
	T *Temp
}

func main() {
	t := Temp(21.5)
	fmt.Println(t)  // the value's method set has no String
	fmt.Println(&t) // the pointer's has
	n := Name{"Ada", "Lovelace"}
	fmt.Println(n, &n)
	fmt.Printf("%v %s %d\n", n, n, n)
	fmt.Println(Both{})
	fmt.Printf("%v\n", Wrapper{n, &t})
	fmt.Printf("%+v\n", []Name{n})
	fmt.Printf("%#v\n", n)
	m := map[Name]int{n: 1}
	fmt.Println(m)
	var np *Name
	fmt.Println(np)
}
