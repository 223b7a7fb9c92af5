package main

import "fmt"

type User struct{ Name string }

func NameOf[T any](u T) string { return u.Name }

func main() {
	fmt.Println(NameOf(User{"a"}))
}
