package main

import "fmt"

func logLine(s string) { fmt.Println("log:", s) }

func main() {
	fmt.Printf("%v\n", logLine("x"))
}
