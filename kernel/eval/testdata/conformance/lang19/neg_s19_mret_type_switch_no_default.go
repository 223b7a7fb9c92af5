package main

import "fmt"

func kind(x any) string {
	switch x.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
}

func main() {
	fmt.Println(kind(1))
}
