package main

import "fmt"

type Inner struct {
	Vals []int
	N    int
	M    map[string]int
}

type Outer struct {
	Name string
	In   Inner
	PIn  *Inner
	Arr  [3]int
}

func (o Outer) ValueRename(n string) Outer { o.Name = n; o.In.N++; o.Arr[0] = 99; return o }
func (o *Outer) PtrRename(n string)        { o.Name = n; o.In.N++; o.Arr[1] = 77 }

func modify(o Outer) {
	o.Name = "modified"
	o.In.Vals[0] = -1
	o.In.M["k"] = 42
	o.PIn.N = 1000
	o.Arr[2] = 5
}

func main() {
	o := Outer{Name: "orig", In: Inner{Vals: []int{1, 2}, M: map[string]int{}}, PIn: &Inner{N: 1}}
	modify(o)
	fmt.Printf("%+v %+v %v\n", o.In, *o.PIn, o.Name)
	o2 := o.ValueRename("copy")
	fmt.Println(o.Name, o.In.N, o.Arr, "|", o2.Name, o2.In.N, o2.Arr)
	o.PtrRename("ptr")
	fmt.Println(o.Name, o.In.N, o.Arr)
	list := []Outer{o, o2}
	for _, x := range list {
		x.Name = "loopcopy"
	}
	for i := range list {
		list[i].In.N = i * 10
	}
	fmt.Println(list[0].Name, list[0].In.N, list[1].In.N)
	m := map[string]Outer{"a": o}
	tmp := m["a"]
	tmp.Name = "fromMap"
	m["a"] = tmp
	fmt.Println(m["a"].Name, o.Name)
	pm := map[string]*Outer{"a": &o}
	pm["a"].Name = "viaPtrMap"
	fmt.Println(o.Name)
	arr := [2]Inner{{N: 1}, {N: 2}}
	arr2 := arr
	arr2[0].N = 100
	fmt.Println(arr[0].N, arr2[0].N)
	p := &arr[1]
	p.N = 200
	fmt.Println(arr[1].N)
	type Pt struct{ X, Y int }
	pts := []Pt{{1, 2}}
	pp := &pts[0]
	pts = append(pts, Pt{3, 4})
	pp.X = 50
	fmt.Println(pts[0].X == 50 || pts[0].X == 1, len(pts))
	s1 := struct{ A []int }{[]int{1}}
	s2 := s1
	s2.A = append(s2.A, 2)
	s2.A[0] = 9
	fmt.Println(s1, s2)
	eq := Pt{1, 2} == Pt{1, 2}
	var i1, i2 any = Pt{1, 2}, Pt{1, 2}
	fmt.Println(eq, i1 == i2)
}
