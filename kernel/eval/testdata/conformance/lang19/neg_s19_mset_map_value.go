package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

func main() {
	m := map[string]Speaker{"rex": Dog{}}
	fmt.Println(m["rex"].Speak())
}
