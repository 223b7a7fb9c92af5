package main

import "fmt"

type base struct {
	num int
}

func (b base) describe() string {
	return fmt.Sprintf("base with num=%v", b.num)
}

type container struct {
	base
	str string
}

type describer interface {
	describe() string
}

type loud struct {
	container
}

func (l loud) describe() string { return "LOUD " + l.container.describe() }

func main() {
	co := container{base: base{num: 1}, str: "some name"}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	var d describer = co
	fmt.Println("describer:", d.describe())
	l := loud{co}
	d = l
	fmt.Println(d.describe(), l.num)
	ds := []describer{co, l, base{9}, &co}
	for _, x := range ds {
		fmt.Printf("%T: %s\n", x, x.describe())
	}
}
