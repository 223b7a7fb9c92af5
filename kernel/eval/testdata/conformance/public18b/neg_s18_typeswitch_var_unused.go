package main

import "fmt"

func main() {
	var y any = 1
	switch x := y.(type) {
	case int:
		fmt.Println("int")
	}
}
