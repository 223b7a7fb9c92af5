package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    *Address
	Tags    []string
	Meta    map[string]int
	private bool
}

func main() {
	p := Person{"Ann", 30, &Address{"Oslo", 150}, []string{"a", "b"}, map[string]int{"k": 1}, true}
	fmt.Printf("%v\n", p.Addr == nil)
	fmt.Printf("%v\n", *p.Addr)
	fmt.Printf("%+v\n", *p.Addr)
	fmt.Printf("%v %+v\n", p.Tags, p.Meta)
	fmt.Printf("%T %T %T\n", p, p.Addr, p.Meta)
	q := p
	q.Addr = nil
	fmt.Printf("%v\n", q)
	fmt.Printf("%+v\n", q)
	var np *Person
	fmt.Printf("%v %+v\n", np, np)
	fmt.Printf("%s|%10s|%-10s|%q\n", p.Name, p.Name, p.Name, p.Name)
	fmt.Printf("%v\n", []Address{{"A", 1}, {"B", 2}})
	fmt.Printf("%+v\n", map[string]Address{"x": {"C", 3}})
	fmt.Println(struct {
		A int
		B string
	}{1, "x"})
}
