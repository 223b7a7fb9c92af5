package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " woof" }

type Cat struct{ name string }

func (c *Cat) Speak() string { return c.name + " meow" }

func main() {
	var s Speaker = Dog{"rex"}
	fmt.Println(s.Speak())
	s = &Dog{"ptr rex"}
	fmt.Println(s.Speak())
	s = &Cat{"tom"}
	fmt.Println(s.Speak())
	var x any = Cat{"val"}
	_, ok := x.(Speaker)
	var y any = &Cat{"ptr"}
	_, ok2 := y.(Speaker)
	var z any = Dog{"d"}
	_, ok3 := z.(Speaker)
	fmt.Println(ok, ok2, ok3)
}
