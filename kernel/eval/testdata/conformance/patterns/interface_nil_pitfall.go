package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type Speaker interface{ Speak() string }
type Dog struct{ name string }

func (d *Dog) Speak() string {
	if d == nil {
		return "<nil dog>"
	}
	return d.name + " woof"
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1 != nil)
	fmt.Printf("%T %v\n", e1, e1 == (*MyErr)(nil))
	e2 := correct(false)
	fmt.Println(e2 == nil)
	var d *Dog
	var s Speaker = d
	fmt.Println(s == nil, s.Speak())
	s = &Dog{"rex"}
	fmt.Println(s.Speak())
	var empty any
	fmt.Println(empty == nil, fmt.Sprint(empty))
	empty = (*int)(nil)
	fmt.Println(empty == nil, empty)
	var m map[string]int
	fmt.Println(m == nil, m["x"], len(m))
	var sl []int
	fmt.Println(sl == nil, len(sl), fmt.Sprint(sl))
	var f func()
	fmt.Println(f == nil)
}
