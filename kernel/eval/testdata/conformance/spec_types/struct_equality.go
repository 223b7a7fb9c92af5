package main

import "fmt"

type Inner struct{ A, B int }
type Outer struct {
	Name string
	In   Inner
	Arr  [2]int
	Ptr  *int
}

func main() {
	x := 1
	o1 := Outer{"a", Inner{1, 2}, [2]int{3, 4}, &x}
	o2 := Outer{"a", Inner{1, 2}, [2]int{3, 4}, &x}
	o3 := o1
	o3.In.B = 9
	fmt.Println(o1 == o2, o1 == o3, o1.In == Inner{1, 2})
	y := 1
	o2.Ptr = &y
	fmt.Println(o1 == o2)
	anon1 := struct{ X, Y int }{1, 2}
	anon2 := struct{ X, Y int }{1, 2}
	fmt.Println(anon1 == anon2)
	m := map[Inner]string{{1, 2}: "one-two"}
	fmt.Println(m[Inner{1, 2}], len(m[Inner{2, 1}]))
}
