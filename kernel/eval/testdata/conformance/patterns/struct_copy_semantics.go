package main

import "fmt"

type Inner struct{ Vals []int }
type Outer struct {
	Name  string
	In    Inner
	Arr   [2]int
	Ptr   *Inner
	Items map[string]int
}

func modify(o Outer) {
	o.Name = "changed"
	o.In.Vals[0] = 99
	o.Arr[0] = 99
	o.Ptr.Vals = append(o.Ptr.Vals, 7)
	o.Items["k"] = 5
}

func modifyPtr(o *Outer) { o.Name = "ptr-changed"; o.Arr[1] = -1 }

func main() {
	o := Outer{"orig", Inner{[]int{1, 2}}, [2]int{1, 2}, &Inner{}, map[string]int{}}
	modify(o)
	fmt.Println(o.Name, o.In.Vals, o.Arr, o.Ptr.Vals, o.Items)
	modifyPtr(&o)
	fmt.Println(o.Name, o.Arr)
	c := o
	c.Arr[0] = 42
	c.In.Vals[1] = 42
	fmt.Println(o.Arr, c.Arr, o.In.Vals)
	arr := [3]Inner{}
	for _, x := range arr {
		x.Vals = []int{1}
	}
	fmt.Println(arr[0].Vals == nil)
	for i := range arr {
		arr[i].Vals = []int{i}
	}
	fmt.Println(arr)
	ps := []Outer{{Name: "a"}, {Name: "b"}}
	for i := range ps {
		p := &ps[i]
		p.Name += "!"
	}
	fmt.Println(ps[0].Name, ps[1].Name)
	m := map[string]Inner{"x": {[]int{1}}}
	v := m["x"]
	v.Vals = append(v.Vals, 2)
	fmt.Println(m["x"].Vals, v.Vals)
	m["x"] = v
	fmt.Println(m["x"].Vals)
}
