// conformance: compile error (init cannot be referred to)
package main

import "fmt"

func init() { fmt.Println("init") }

func main() {
	init()
}
