package main

func main() {
	import "fmt"
	fmt.Println("x")
}
