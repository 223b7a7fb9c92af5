package main

import "fmt"

func main() {
	println := fmt.Sprintln("x", 1)
	print := len(println)
	fmt.Print(println, print, "\n")
}
