package main

import "fmt"

type T struct {
	name string
	age  int
	_    float64
}

type Key struct {
	a [2]int
	s string
	p *int
	i interface{}
}

func main() {
	fmt.Println(T{name: "a", age: 1} == T{name: "a", age: 1})
	one := 1
	k1 := Key{[2]int{1, 2}, "s", &one, 3}
	k2 := Key{[2]int{1, 2}, "s", &one, 3}
	k3 := Key{[2]int{1, 2}, "s", &one, int64(3)}
	fmt.Println(k1 == k2, k1 == k3)
	m := map[Key]bool{k1: true}
	fmt.Println(m[k2], m[k3])
	var x interface{} = [2]int{1, 2}
	var y interface{} = [2]int{1, 2}
	fmt.Println(x == y)
	c1 := make(chan int)
	c2 := c1
	fmt.Println(c1 == c2, c1 == make(chan int))
	var f func()
	fmt.Println(f == nil)
	var s []int
	fmt.Println(s == nil)
	type Named int
	var n Named = 3
	var ni interface{} = n
	fmt.Println(ni == 3, ni == Named(3), ni == interface{}(3))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		a := Key{i: []int{}}
		b := Key{i: []int{}}
		fmt.Println(a == b)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var u, v interface{} = [1]interface{}{func() {}}, [1]interface{}{func() {}}
		fmt.Println(u == v)
	}()
}
