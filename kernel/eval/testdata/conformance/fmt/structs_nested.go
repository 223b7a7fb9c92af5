package main

import "fmt"

type inner struct {
	a int
	b string
}

type Outer struct {
	Name  string
	in    inner
	Ptr   *inner
	List  []inner
	M     map[string]int
	iface any
}

func main() {
	o := Outer{"o", inner{1, "x"}, &inner{2, "y"}, []inner{{3, "z"}}, map[string]int{"k": 1}, 5}
	fmt.Printf("%v\n", o.in)
	fmt.Printf("%+v\n", o.in)
	fmt.Printf("%+v\n", o.List)
	fmt.Printf("%v\n", *o.Ptr)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%+v\n", struct {
		A int
		b []string
	}{1, []string{"q"}})
	var np *inner
	fmt.Printf("%v %+v\n", np, np)
}
