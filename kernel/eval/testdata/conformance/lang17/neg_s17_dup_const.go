package main

import "fmt"

const Pi = 3.14
const Pi = 3.14159

func main() {
	fmt.Println(Pi)
}
