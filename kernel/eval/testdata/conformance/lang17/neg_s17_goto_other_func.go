package main

import "fmt"

func a() {
here:
	fmt.Println("a")
	goto here
}

func b() {
	goto here
}

func main() {
	b()
}
