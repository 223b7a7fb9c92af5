package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)  { v.X *= k; v.Y *= k }

type Poly struct {
	Name   string
	Pts    [3]Vec
	Extra  []Vec
	Meta   map[string]int
	Parent *Poly
}

func mutateArr(a [3]Vec)   { a[0].X = 100 }
func mutateArrP(a *[3]Vec) { a[0].X = 100 }
func mutateSlice(s []Vec)  { s[0].X = 100 }
func appendSlice(s []Vec)  { s = append(s, Vec{9, 9}); s[0].Y = -1 }
func mutatePoly(p Poly)    { p.Name = "changed"; p.Pts[1].Y = 7; p.Extra[0].X = 55; p.Meta["k"]++ }
func mutatePolyP(p *Poly)  { p.Name = "changed"; p.Pts[1].Y = 7 }
func retArr() [2]int       { return [2]int{1, 2} }

func main() {
	a := [3]Vec{{1, 1}, {2, 2}, {3, 3}}
	b := a
	b[0].X = 42
	mutateArr(a)
	fmt.Println(a, b)
	mutateArrP(&a)
	fmt.Println(a)
	s := a[:]
	mutateSlice(s)
	s[1].Scale(3)
	fmt.Println(a, s)
	s2 := make([]Vec, 1, 4)
	appendSlice(s2)
	fmt.Println(s2, len(s2), s2[:2])
	p := Poly{Name: "tri", Pts: a, Extra: []Vec{{0, 0}}, Meta: map[string]int{"k": 1}}
	mutatePoly(p)
	fmt.Printf("%+v\n", p)
	mutatePolyP(&p)
	fmt.Printf("%+v\n", p)
	for _, v := range p.Pts {
		v.Scale(10)
	}
	fmt.Println(p.Pts)
	for i := range p.Pts {
		p.Pts[i].Scale(10)
	}
	fmt.Println(p.Pts)
	ptrs := []*Vec{}
	for _, v := range p.Pts {
		ptrs = append(ptrs, &v)
	}
	for _, q := range ptrs {
		q.X++
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], p.Pts)
	vs := []Vec{{1, 2}, {3, 4}}
	for i, v := range vs {
		vs[i] = v.Add(Vec{10, 10})
		v.X = 0
	}
	fmt.Println(vs)
	arr := [2]int{5, 6}
	for i, x := range arr {
		arr[1] = 99
		fmt.Print(i, x, " ")
	}
	fmt.Println(arr)
	sl := []int{5, 6}
	for i, x := range sl {
		sl[1] = 99
		fmt.Print(i, x, " ")
	}
	fmt.Println(sl)
	fmt.Println(retArr()[1], len(retArr()))
	m := map[string]Vec{"a": {1, 2}}
	v := m["a"]
	v.X = 10
	fmt.Println(m, v)
	m["a"] = v.Add(v)
	fmt.Println(m)
	mp := map[string]*Vec{"a": {1, 2}}
	mp["a"].Scale(2)
	mp["a"].X++
	fmt.Println(*mp["a"])
	type pair struct{ a [2]int }
	x := pair{[2]int{1, 2}}
	y := x
	y.a[0] = 9
	fmt.Println(x == y, x, y)
	y.a[0] = 1
	fmt.Println(x == y)
	child := &Poly{Name: "child", Parent: &p}
	cp := *child
	cp.Parent.Name = "via copy"
	fmt.Println(p.Name, child.Parent.Name)
	var grid [2][2]int
	row := grid[0]
	row[0] = 1
	grid[1][1] = 4
	fmt.Println(grid, row)
	pa := &grid
	pa[0][1] = 8
	fmt.Println(grid, len(pa))
	for i, r := range pa {
		r[0] = 7
		pa[i][1]++
	}
	fmt.Println(grid)
}
