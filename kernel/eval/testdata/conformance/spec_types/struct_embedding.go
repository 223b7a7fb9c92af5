package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Named struct {
	Base
	Name string
}

type Wrapper struct {
	*Named
	Extra bool
}

func main() {
	n := Named{Base{1}, "n"}
	n.SetID(5)
	fmt.Println(n.ID, n.Describe(), n.Base.ID)
	w := Wrapper{&n, true}
	w.SetID(9)
	fmt.Println(w.ID, n.ID, w.Describe(), w.Name)
	fmt.Printf("%+v\n", n)
}
