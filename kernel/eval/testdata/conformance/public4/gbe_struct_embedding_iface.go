package main

import "fmt"

type base struct{ num int }

func (b base) describe() string { return fmt.Sprintf("base with num=%v", b.num) }

type container struct {
	base
	str string
}

type describer interface{ describe() string }

type Animal interface {
	Sound() string
	Name() string
}

type named struct{ name string }

func (n named) Name() string { return n.name }

type Dog struct{ named }

func (Dog) Sound() string { return "woof" }

type Cat struct {
	named
	lives int
}

func (c *Cat) Sound() string { c.lives--; return "meow" }

func main() {
	co := container{base: base{num: 1}, str: "some name"}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	var d describer = co
	fmt.Println("describer:", d.describe())
	c := &Cat{named{"tom"}, 9}
	zoo := []Animal{Dog{named{"rex"}}, c}
	for _, a := range zoo {
		fmt.Printf("%s says %s (%T)\n", a.Name(), a.Sound(), a)
	}
	fmt.Println(c.lives)
	fmt.Printf("%+v\n", co)
	fmt.Printf("%#v\n", zoo[0])
}
