package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{}

func (Dog) Sound() string  { return "woof" }
func (*Cat) Sound() string { return "meow" }

func main() {
	animals := []Animal{Dog{}, &Cat{}}
	for _, a := range animals {
		fmt.Println(a.Sound())
	}
	d := animals[1].(Dog)
	fmt.Println(d)
}
