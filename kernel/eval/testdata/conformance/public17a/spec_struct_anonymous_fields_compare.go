package main

import "fmt"

func main() {
	a := struct {
		Name string
		Tags [2]string
	}{"x", [2]string{"a", "b"}}
	b := a
	b.Tags[1] = "c"
	fmt.Println(a == b, a, b)
	type point = struct{ X, Y int }
	pts := []point{{1, 2}, {3, 4}}
	var p struct{ X, Y int } = pts[1]
	fmt.Println(p, p == point{3, 4})
	set := map[struct{ a, b int }]bool{{1, 2}: true}
	fmt.Println(set[struct{ a, b int }{1, 2}], set[struct{ a, b int }{2, 1}])
	nested := struct {
		Inner struct{ V int }
	}{}
	nested.Inner.V = 5
	fmt.Printf("%+v %v\n", nested, nested)
}
