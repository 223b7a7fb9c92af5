package main

type myInt int

func main() {
	panic(myInt(5))
}
