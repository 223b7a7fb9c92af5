package main

import "fmt"

type P struct{ X, Y int }

func newP() *P { return &P{1, 2} }

func main() {
	p := &P{3, 4}
	p.X = 10
	(*p).Y = 20
	fmt.Println(*p)
	q := &p.X
	*q = 99
	fmt.Println(p.X)
	s := []P{{1, 1}, {2, 2}}
	e := &s[1]
	e.Y = 7
	fmt.Println(s)
	arr := [2]int{}
	pa := &arr
	pa[1] = 5
	fmt.Println(arr, len(pa))
	pp := &newP().X
	*pp = 42
	fmt.Println(*pp)
	ptrs := []*int{new(int), new(int)}
	*ptrs[0] = 1
	*ptrs[1] = *ptrs[0] + 1
	fmt.Println(*ptrs[0], *ptrs[1])
	var np *P
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	fmt.Println(&np != nil)
	_ = np.X
}
