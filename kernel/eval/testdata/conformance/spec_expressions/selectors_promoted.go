package main

import "fmt"

type Inner struct{ V int }

func (i Inner) Show() string { return fmt.Sprint("inner ", i.V) }

type Mid struct {
	Inner
	M int
}

type Outer struct {
	*Mid
	V string
}

func main() {
	o := Outer{&Mid{Inner{1}, 2}, "outer"}
	fmt.Println(o.V, o.Mid.V, o.Inner.V, o.M, o.Show())
	o.Inner.V = 10
	fmt.Println(o.Mid.Inner.V, o.Show())
}
