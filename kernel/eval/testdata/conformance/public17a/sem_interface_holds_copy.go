package main

import "fmt"

type S struct {
	X   int
	Arr [2]int
}

func (s S) Get() int   { return s.X }
func (s *S) Set(x int) { s.X = x }

type Getter interface{ Get() int }

func main() {
	s := S{X: 1, Arr: [2]int{1, 2}}
	var i any = s
	var g Getter = s
	s.X = 2
	s.Arr[0] = 100
	fmt.Println(i.(S).X, i.(S).Arr, g.Get(), s.X)
	var gp Getter = &s
	s.X = 3
	fmt.Println(gp.Get())
	gp.(*S).Set(4)
	fmt.Println(s.X)
	arr := [3]int{1, 2, 3}
	var ia any = arr
	arr[0] = 9
	fmt.Println(ia, arr)
	m := map[string]S{"a": {X: 1}}
	v := m["a"]
	v.X = 50
	fmt.Println(m["a"].X, v.X)
	m["a"] = v
	fmt.Println(m["a"].X)
	defer fmt.Println("deferred value receiver sees", s.Get())
	s.X = 1000
	sl := []S{{X: 1}}
	for _, e := range sl {
		e.Set(7)
	}
	fmt.Println(sl[0].X)
	for i := range sl {
		sl[i].Set(8)
	}
	fmt.Println(sl[0].X)
}
