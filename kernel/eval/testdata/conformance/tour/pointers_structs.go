package main

import "fmt"

type Vertex struct {
	X, Y int
}

var (
	v1 = Vertex{1, 2}
	v2 = Vertex{X: 1}
	v3 = Vertex{}
	p  = &Vertex{1, 2}
)

func main() {
	i, j := 42, 2701
	p1 := &i
	fmt.Println(*p1)
	*p1 = 21
	fmt.Println(i)
	p1 = &j
	*p1 = *p1 / 37
	fmt.Println(j)
	fmt.Println(Vertex{1, 2})
	v := Vertex{1, 2}
	v.X = 4
	fmt.Println(v.X)
	pv := &v
	pv.X = 1e9
	fmt.Println(v)
	fmt.Println(v1, p, v2, v3)
}
