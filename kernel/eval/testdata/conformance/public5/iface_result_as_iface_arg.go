package main

import "fmt"

type Node interface{ node() }

type Num struct{ V int }
type Bin struct {
	Op   byte
	L, R Node
}

func (Num) node()  {}
func (*Bin) node() {}

func mk2() Node {
	return &Bin{Op: 1}
}

func mk3() Node {
	b := &Bin{Op: 1}
	return b
}

func mk4() Node {
	return Num{3}
}

func kind(n Node) string {
	switch n.(type) {
	case *Bin:
		return "bin"
	case Num:
		return "num"
	}
	return fmt.Sprintf("? %T", n)
}

func kind2(n Node) string {
	if _, ok := n.(*Bin); ok {
		return "bin"
	}
	return "?"
}

func main() {
	r := mk2()
	fmt.Println(kind(r), kind(mk2()), kind(mk3()), kind(mk4()), kind2(mk2()))
}
