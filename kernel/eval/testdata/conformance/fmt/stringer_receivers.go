package main

import "fmt"

type V int

func (v V) String() string { return fmt.Sprintf("V<%d>", int(v)) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P<%d>", p.n) }

type Box struct {
	A V
	B *P
	C P
	d V
}

func main() {
	v := V(1)
	p := P{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %s %d %+v\n", v, v, v, &p)
	fmt.Println([]V{1, 2}, []*P{{3}, {4}}, []P{{5}})
	fmt.Println(map[string]V{"a": 1}, map[V]int{7: 1})
	b := Box{3, &P{4}, P{5}, 6}
	fmt.Printf("%v\n%+v\n", b, b)
	fmt.Println(&b)
	var s fmt.Stringer = &p
	fmt.Println(s, fmt.Sprint(s), fmt.Sprintf("%10s|%-6v|", v, v))
	var np *P
	fmt.Println([]fmt.Stringer{v, &p}, np == nil)
}
