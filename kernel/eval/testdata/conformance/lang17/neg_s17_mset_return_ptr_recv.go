package main

type Speaker interface{ Speak() string }

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

func get() Speaker { return Dog{} }

func main() {
	get()
}
